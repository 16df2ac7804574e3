import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { documentFontsPlugin } from './scripts/vite-fonts-plugin.mjs'
import pkg from './package.json'

/** Build-time facts the renderer shows in its title bar and About dialog. */
const buildDefines = {
  __APP_NAME__: JSON.stringify(pkg.productName),
  __APP_VERSION__: JSON.stringify(pkg.version),
}

/**
 * The browser host (DESIGN §6): the same renderer, built as a plain web app.
 * Used by `npm run web`, the e2e suite and the benchmarks.
 */
export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  publicDir: resolve(__dirname, 'renderer/public'),
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'shared'),
      '@renderer': resolve(__dirname, 'renderer/src'),
    },
  },
  plugins: [vue(), documentFontsPlugin({ root: __dirname })],
  define: buildDefines,
  build: {
    outDir: resolve(__dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
})
