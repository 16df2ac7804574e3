import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import pkg from './package.json'

/** Build-time facts the renderer shows in its title bar and About dialog. */
const buildDefines = {
  __APP_NAME__: JSON.stringify(pkg.productName),
  __APP_VERSION__: JSON.stringify(pkg.version),
}

export default defineConfig({
  plugins: [vue()],
  define: buildDefines,
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'shared'),
      '@renderer': resolve(__dirname, 'renderer/src'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/documents/**/*.test.ts'],
    environment: 'node',
    // Renderer tests opt into a DOM with `// @vitest-environment happy-dom` at the top of the file.
    testTimeout: 30_000,
    // Seeding hooks (fake-indexeddb) are slow on a loaded 2-core machine.
    hookTimeout: 120_000,
    pool: 'forks',
  },
})
