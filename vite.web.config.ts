import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'

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
  plugins: [vue()],
  build: {
    outDir: resolve(__dirname, 'dist-web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
})
