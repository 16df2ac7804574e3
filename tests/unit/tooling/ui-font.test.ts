/**
 * The bundled UI font (docs/architecture/ui-font.md): renderer/src/styles/main.css declares
 * @font-face rules for Noto Sans SC Regular (common subset, then the full file) with
 * font-display: swap, served from the build's own fonts/ folder, after the system CJK fonts in
 * the stack; and the build (the fonts plugin both Vite configs use) emits exactly those files.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Plugin } from 'vite'
import { documentFontsPlugin } from '../../../scripts/vite-fonts-plugin.mjs'

const root = process.cwd()
const css = readFileSync(resolve(root, 'renderer/src/styles/main.css'), 'utf8')

/** The @font-face blocks of main.css: family → declarations. */
function fontFaces(text: string): Map<string, string> {
  const out = new Map<string, string>()
  for (const m of text.matchAll(/@font-face\s*{([^}]*)}/g)) {
    const body = m[1]!
    const family = /font-family:\s*'([^']+)'/.exec(body)?.[1]
    if (family) out.set(family, body)
  }
  return out
}

/** The file names the fonts plugin emits into the build (its generateBundle, bytes ignored). */
async function emittedFiles(): Promise<string[]> {
  const plugin = documentFontsPlugin({ root }) as Plugin & {
    generateBundle: (this: { emitFile: (f: { fileName: string }) => string }) => Promise<void>
  }
  const names: string[] = []
  await plugin.generateBundle.call({
    emitFile: (f) => {
      names.push(f.fileName)
      return f.fileName
    },
  })
  return names
}

describe('bundled UI font', () => {
  const faces = fontFaces(css)

  it.each([
    ['CaseDesk Noto Sans SC', 'NotoSansSC_400Regular.common.ttf'],
    ['CaseDesk Noto Sans SC Full', 'NotoSansSC_400Regular.ttf'],
  ])('%s: one weight, swap, served from ../fonts/%s', (family, file) => {
    const body = faces.get(family)
    expect(body, family).toBeDefined()
    expect(body).toMatch(/font-display:\s*swap/)
    expect(body).toMatch(/font-weight:\s*400;/)
    expect(body).toContain(`url('../fonts/${file}')`)
    // No remote origin (strict CSP: font-src 'self' data:).
    expect(body).not.toMatch(/https?:/)
  })

  it('the stack names the system CJK fonts first, then the subset, then the full file', () => {
    const stack = /--cd-font-family:([^;]*);/.exec(css)?.[1] ?? ''
    const at = (name: string) => stack.indexOf(`'${name}'`)
    for (const system of ['Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC']) {
      expect(at(system), system).toBeGreaterThanOrEqual(0)
      expect(at(system), system).toBeLessThan(at('CaseDesk Noto Sans SC'))
    }
    expect(at('CaseDesk Noto Sans SC')).toBeLessThan(at('CaseDesk Noto Sans SC Full'))
    expect(css).toMatch(/body\s*{[^}]*font-family:\s*var\(--cd-font-family\)/)
    expect(css).toMatch(/--el-font-family:\s*var\(--cd-font-family\)/)
  })

  it('the build emits the files the @font-face rules name (no extra font file for the UI)', async () => {
    const files = await emittedFiles()
    expect(files).toContain('fonts/NotoSansSC_400Regular.common.ttf')
    expect(files).toContain('fonts/NotoSansSC_400Regular.ttf')
    expect(files).toContain('fonts/OFL.txt')
  }, 120_000)
})
