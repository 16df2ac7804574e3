// Vite plugin: serves the bundled document fonts (and their OFL licence) at `fonts/<file>` in dev
// and copies them into the build, so the renderer can fetch the bytes once per session
// (renderer/src/documents/pdf-renderer.ts) instead of shipping a base64 bundle. Besides the four
// full Noto files it ships their common subsets (`*.common.ttf`, made by hb-subset at build time
// and cached under node_modules/.cache/casedesk-fonts; see scripts/font-subset.mjs).
// Plain ESM with a .d.mts beside it: tsconfig.node.json does not list scripts/*.ts.
import {
  BUNDLED_FONT_SET,
  BUNDLED_FONT_SOURCES,
  fontFilesOf,
} from '../shared/documents/fonts/font-set'
import { bundledFontBytes } from './font-subset.mjs'

/**
 * @param {{ root: string }} options `root` is the project root (where node_modules lives).
 * @returns {import('vite').Plugin}
 */
export function documentFontsPlugin(options) {
  const subsets = BUNDLED_FONT_SET.commonSubset?.files ?? {}
  const files = [
    ...fontFilesOf(BUNDLED_FONT_SET),
    ...Object.values(subsets),
    ...BUNDLED_FONT_SET.licenseFiles,
  ]
  /** @param {string} file */
  const bytesOf = (file) =>
    bundledFontBytes({ root: options.root, file, sources: BUNDLED_FONT_SOURCES, subsets })
  return {
    name: 'casedesk-document-fonts',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const match = /\/fonts\/([^/?#]+)(?:[?#].*)?$/.exec(req.url ?? '')
        const file = match?.[1] ? decodeURIComponent(match[1]) : undefined
        if (!file || !files.includes(file)) {
          next()
          return
        }
        bytesOf(file).then(
          (bytes) => {
            res.setHeader(
              'Content-Type',
              file.endsWith('.ttf') ? 'font/ttf' : 'text/plain; charset=utf-8',
            )
            res.setHeader('Cache-Control', 'max-age=31536000, immutable')
            res.end(bytes)
          },
          (error) => next(error),
        )
      })
    },
    async generateBundle() {
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `fonts/${file}`, source: await bytesOf(file) })
      }
    },
  }
}
