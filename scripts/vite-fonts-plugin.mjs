// Vite plugin: serves the bundled document fonts (and their OFL licence) at `fonts/<file>` in dev
// and copies them into the build, so the renderer can fetch the bytes once per session
// (renderer/src/documents/pdf-renderer.ts) instead of shipping a base64 bundle.
// Plain ESM with a .d.mts beside it: tsconfig.node.json does not list scripts/*.ts.
import { createReadStream, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { resolve } from 'node:path'
import {
  BUNDLED_FONT_SET,
  BUNDLED_FONT_SOURCES,
  fontFilesOf,
} from '../shared/documents/fonts/font-set'

/**
 * @param {{ root: string }} options `root` is the project root (where node_modules lives).
 * @returns {import('vite').Plugin}
 */
export function documentFontsPlugin(options) {
  const require = createRequire(resolve(options.root, 'package.json'))
  const files = [...fontFilesOf(BUNDLED_FONT_SET), ...BUNDLED_FONT_SET.licenseFiles]
  /** @param {string} file */
  const pathOf = (file) => {
    const source = BUNDLED_FONT_SOURCES[file]
    if (!source) throw new Error(`未知的内置字体文件：${file}`)
    return require.resolve(source)
  }
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
        res.setHeader(
          'Content-Type',
          file.endsWith('.ttf') ? 'font/ttf' : 'text/plain; charset=utf-8',
        )
        res.setHeader('Cache-Control', 'max-age=31536000, immutable')
        createReadStream(pathOf(file)).pipe(res)
      })
    },
    generateBundle() {
      for (const file of files) {
        this.emitFile({
          type: 'asset',
          fileName: `fonts/${file}`,
          source: readFileSync(pathOf(file)),
        })
      }
    },
  }
}
