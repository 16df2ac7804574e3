// The audit log's words (renderer/src/db/audit-vocabulary.ts): every action and entity has a
// Chinese label, every table written with an audit entry is an entity, and an unknown stored key
// is shown as it is rather than hidden.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  auditActionLabel,
  auditEntityLabel,
  auditEntityOf,
} from '@renderer/db/audit-vocabulary'
import { derivedTables } from '@renderer/backup/export'
import { freshDb } from './helpers'

const chinese = /[\u4e00-\u9fff]/

describe('audit vocabulary', () => {
  it.each(Object.entries({ ...AUDIT_ACTION_LABELS, ...AUDIT_ENTITY_LABELS }))(
    '%s has a Chinese label',
    (_key, label) => expect(label).toMatch(chinese),
  )

  it('every table of the database except the log itself and the derived ones is an audited entity', () => {
    const db = freshDb()
    // Derived tables (the statistics digests) are written with their case's entries, never alone.
    const tables = db.tables
      .map((t) => t.name)
      .filter((n) => n !== 'audit' && !derivedTables.has(n))
    for (const name of tables) expect(auditEntityOf(name), name).toBe(name)
  })

  it('a case import shows 导入案件, not its key; an unknown key is shown as stored', () => {
    expect(auditActionLabel('importCase')).toBe('导入案件')
    expect(auditEntityLabel('documents')).toBe('文书')
    expect(auditActionLabel('laterAction')).toBe('laterAction')
    expect(() => auditEntityOf('nosuchtable')).toThrow(/未登记的审计对象/)
  })
})
