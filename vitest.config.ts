import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

export default defineConfig({
  plugins: [vue()],
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
    pool: 'forks',
  },
})
