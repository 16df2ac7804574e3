import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import vue from '@vitejs/plugin-vue'
import { documentFontsPlugin } from './scripts/vite-fonts-plugin.mjs'
import pkg from './package.json'
import { rendererCodeSplitting } from './vite.web.config'

/** Build-time facts the renderer shows in its title bar and About dialog. */
const buildDefines = {
  __APP_NAME__: JSON.stringify(pkg.productName),
  __APP_VERSION__: JSON.stringify(pkg.version),
}

const alias = {
  '@shared': resolve(__dirname, 'shared'),
  '@renderer': resolve(__dirname, 'renderer/src'),
}

// Explicit entries: our folders are electron/ and renderer/, not the template's src/.
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // Bundle main's runtime dependencies (zod, and chinese-days via shared/) so the packaged
      // app ships no node_modules; electron and node:* stay external.
      externalizeDeps: false,
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias },
    plugins: [vue(), documentFontsPlugin({ root: __dirname })],
    define: buildDefines,
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        output: { codeSplitting: rendererCodeSplitting },
      },
    },
  },
})
