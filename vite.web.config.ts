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
 * Vendor chunks of the renderer (web and Electron builds): the UI kit, Vue and the database
 * library each get their own chunk, loaded in parallel and cached across app updates that do not
 * change them. pdfmake and exceljs stay in their own lazily loaded chunks (imported on first use).
 */
export const rendererCodeSplitting = {
  groups: [
    {
      name: 'vendor-element-plus',
      test: /[\\/]node_modules[\\/](element-plus|@element-plus)[\\/]/,
      priority: 1,
    },
    {
      name: 'vendor-vue',
      test: /[\\/]node_modules[\\/](vue|@vue|vue-router|pinia)[\\/]/,
      priority: 3,
    },
    { name: 'vendor-dexie', test: /[\\/]node_modules[\\/]dexie[\\/]/, priority: 2 },
  ],
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
    rollupOptions: { output: { codeSplitting: rendererCodeSplitting } },
  },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
})
