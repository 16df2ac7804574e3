/**
 * docs/glossary.md names every act type, document kind, deadline rule and stage with the Chinese
 * label the code gives it, so a newcomer can go from a word on screen or paper to the identifier
 * (and a new act or form without its glossary row fails here).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ACT_DEFINITIONS } from '@shared/domain/case/acts'
import { DEADLINE_RULES } from '@shared/domain/case/rules'
import { STAGE_LABELS } from '@shared/domain/case/lifecycle'
import { DOCUMENT_KIND_INFO } from '@shared/documents/kinds'

const glossary = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'glossary.md'), 'utf8')
function row(label: string, id: string): string {
  expect(label, id).toMatch(/[\u4e00-\u9fa5]/)
  return `| ${label} | \`${id}\` |`
}

describe('docs/glossary.md', () => {
  it.each(Object.entries(ACT_DEFINITIONS).map(([id, d]) => [d.label, id]))(
    'act %s (%s)',
    (label, id) => {
      expect(glossary).toContain(row(label, id))
    },
  )
  it.each(Object.entries(DOCUMENT_KIND_INFO).map(([id, d]) => [d.title, id]))(
    'document %s (%s)',
    (title, id) => {
      expect(glossary).toContain(row(title, id))
    },
  )
  it.each(DEADLINE_RULES.map((r) => [r.name, r.id]))('deadline %s (%s)', (label, id) => {
    expect(glossary).toContain(row(label, id))
  })
  it.each(Object.entries(STAGE_LABELS))('stage %s → %s', (id, label) => {
    expect(glossary).toContain(row(label, id))
  })
})
