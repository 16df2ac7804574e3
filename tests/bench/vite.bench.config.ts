/**
 * The web build used by `npm run bench`: exactly the browser mode of vite.web.config.ts, plus one
 * extra entry, renderer/src/bench/entry.ts, emitted as `assets/casedesk-bench.js`. The harness
 * imports it into an app page (page.evaluate → import()) so timings run the app's real modules:
 * chunks shared with the app (the `db` singleton, repositories, pdfmake renderer) are the same
 * module instances. Output goes to .bench-cache/dist-web so a bench build never replaces the
 * dist-web that the e2e suite is serving.
 */
import { resolve } from 'node:path'
import { mergeConfig, type UserConfig } from 'vite'
import webConfig from '../../vite.web.config'
import { benchDistDir, benchEntryFile } from './paths'

const root = resolve(__dirname, '..', '..')

export default mergeConfig(webConfig as UserConfig, {
  logLevel: 'warn',
  build: {
    outDir: benchDistDir,
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(root, 'renderer', 'index.html'),
        'casedesk-bench': resolve(root, 'renderer', 'src', 'bench', 'entry.ts'),
      },
      output: {
        entryFileNames: (chunk: { name: string }) =>
          chunk.name === 'casedesk-bench' ? benchEntryFile : 'assets/[name]-[hash].js',
      },
    },
  },
} satisfies UserConfig)
