/**
 * Renders every registered document type from the fixtures into DIR/<kind>.pdf, the assembled
 * case file into DIR/case-file.pdf, and writes DIR/index.json ([{ kind, title, partyFacing }]).
 *
 *   npm run documents:samples -- --out DIR      (script: tsx scripts/documents-samples.ts)
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DOCUMENT_KINDS } from '../shared/documents/kinds'
import { buildDocument, listDocumentKinds } from '../shared/documents/registry'
import { buildCaseFileDoc } from '../shared/documents/case-file'
import { SAMPLES } from '../tests/fixtures/documents/samples'
import { sampleCaseFile } from '../tests/fixtures/documents/case-file'
import { renderPdf } from '../tests/documents/render'

function outDir(argv: string[]): string {
  const i = argv.indexOf('--out')
  const value = i >= 0 ? argv[i + 1] : undefined
  if (!value) {
    console.error('用法：npm run documents:samples -- --out <输出目录>')
    process.exit(2)
  }
  return resolve(value)
}

async function main(): Promise<void> {
  const dir = outDir(process.argv.slice(2))
  mkdirSync(dir, { recursive: true })
  for (const kind of DOCUMENT_KINDS) {
    const sample = SAMPLES[kind]
    const built = buildDocument(kind, sample.input, sample.ctx)
    if (!built.ok) throw new Error(`${kind} 样例输入无效：${built.errors.join('；')}`)
    const started = performance.now()
    const pdf = await renderPdf(built.definition)
    writeFileSync(join(dir, `${kind}.pdf`), pdf)
    console.log(
      `${kind.padEnd(22)} ${String(Math.round(performance.now() - started)).padStart(5)} ms  ${pdf.length} B`,
    )
  }
  const caseFile = sampleCaseFile()
  const started = performance.now()
  const pdf = await renderPdf(buildCaseFileDoc(caseFile.input, caseFile.ctx))
  writeFileSync(join(dir, 'case-file.pdf'), pdf)
  console.log(
    `${'case-file'.padEnd(22)} ${String(Math.round(performance.now() - started)).padStart(5)} ms  ${pdf.length} B`,
  )
  const index = listDocumentKinds().map(({ kind, title, partyFacing }) => ({
    kind,
    title,
    partyFacing,
  }))
  writeFileSync(join(dir, 'index.json'), `${JSON.stringify(index, null, 2)}\n`)
  console.log(`已输出 ${index.length} 种文书样例到 ${dir}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
