/**
 * The server rules (shared/sync/design-doc.ts, docs/sync.md "Server rules"): one table of writes,
 * answered by the TypeScript function and by the ES5 `validate_doc_update` CouchDB runs — both
 * must give the same answer, and the expected one.
 */
import { describe, expect, it } from 'vitest'
import {
  checkSyncWrite,
  designDocument,
  validateDocUpdateSource,
  type AnyDoc,
  type UserCtx,
} from '@shared/sync/design-doc'
import { auditDocId, mayWriteActType, parseSyncDocId, syncDocId } from '@shared/sync/docs'

type Validate = (n: AnyDoc, o: AnyDoc | null, u: UserCtx, s: unknown) => void
const serverValidate = new Function(`return (${validateDocUpdateSource})`)() as Validate

/** The refusal of the ES5 function, or null when it lets the write through. */
function serverAnswer(n: AnyDoc, o: AnyDoc | null, u: UserCtx): string | null {
  try {
    serverValidate(n, o, u, {})
    return null
  } catch (e) {
    const forbidden = (e as { forbidden?: unknown }).forbidden
    if (typeof forbidden !== 'string') throw e
    return forbidden
  }
}

const handler: UserCtx = { name: 'o-handler', roles: ['handler'] }
const reviewer: UserCtx = { name: 'o-reviewer', roles: ['legalReviewer'] }
const head: UserCtx = { name: 'o-head', roles: ['head', 'handler'] }
const admin: UserCtx = { name: 'root', roles: ['_admin'] }
const noRole: UserCtx = { name: 'o-x', roles: [] }

const act = (type: string, writer = 'o-handler', id = 'a1'): AnyDoc => ({
  _id: `act:${id}`,
  kind: 'act',
  writer,
  pc: 'pc1',
  caseId: 'c1',
  act: { id, type, occurredOn: '2026-03-01', recordedAt: '2026-03-01T08:00:00.000Z', payload: {} },
})
const party = (writer = 'o-handler', phone = '1'): AnyDoc => ({
  _id: 'party:p1',
  kind: 'party',
  writer,
  pc: 'pc1',
  record: { id: 'p1', name: '甲', phone },
})
const caseDoc = (caseNo: string, writer = 'o-handler'): AnyDoc => ({
  _id: 'case:c1',
  kind: 'case',
  writer,
  pc: 'pc1',
  record: { id: 'c1', caseNo },
})

const setting = (key: string, writer = 'o-handler'): AnyDoc => ({
  _id: `setting:${key}`,
  kind: 'setting',
  writer,
  pc: 'pc1',
  record: { key, updatedAt: '2026-03-01T08:00:00.000Z' },
})

const table: {
  name: string
  n: AnyDoc
  o: AnyDoc | null
  u: UserCtx
  refused: RegExp | null
}[] = [
  {
    name: 'a handler records an ordinary act',
    n: act('educationGiven'),
    o: null,
    u: handler,
    refused: null,
  },
  {
    name: 'an act cannot be edited',
    n: { ...act('educationGiven'), _rev: '1-x' },
    o: act('educationGiven'),
    u: handler,
    refused: /不能修改/,
  },
  {
    name: 'an act cannot be edited even by a server admin',
    n: act('educationGiven'),
    o: act('educationGiven'),
    u: admin,
    refused: /不能修改/,
  },
  {
    name: 'an act cannot be deleted',
    n: { _id: 'act:a1', _deleted: true, writer: 'o-handler', resolvesConflict: true },
    o: act('educationGiven'),
    u: handler,
    refused: /不能删除/,
  },
  {
    name: 'an issued document cannot be deleted',
    n: { _id: 'document:d1', _deleted: true },
    o: null,
    u: admin,
    refused: /不能删除/,
  },
  {
    name: 'an issued document cannot be edited',
    n: {
      _id: 'document:d1',
      kind: 'document',
      writer: 'o-handler',
      pc: 'pc1',
      record: { id: 'd1', sha256: 'b' },
    },
    o: { _id: 'document:d1', record: { id: 'd1', sha256: 'a' } },
    u: handler,
    refused: /已出具的文书不能修改/,
  },
  {
    name: 'a new issued document is accepted',
    n: {
      _id: 'document:d1',
      kind: 'document',
      writer: 'o-handler',
      pc: 'pc1',
      record: { id: 'd1' },
    },
    o: null,
    u: handler,
    refused: null,
  },
  {
    name: '法制审核 opinion by a handler is refused',
    n: act('caseReviewed'),
    o: null,
    u: handler,
    refused: /案件审核\/法制审核.*法制审核人员/,
  },
  {
    name: '法制审核 opinion by a legal reviewer',
    n: act('caseReviewed', 'o-reviewer'),
    o: null,
    u: reviewer,
    refused: null,
  },
  {
    name: '集体讨论 by a legal reviewer is refused',
    n: act('collectiveDiscussion', 'o-reviewer'),
    o: null,
    u: reviewer,
    refused: /集体讨论.*负责人/,
  },
  {
    name: '集体讨论 by a head',
    n: act('collectiveDiscussion', 'o-head'),
    o: null,
    u: head,
    refused: null,
  },
  {
    name: '结案 by a handler is refused',
    n: act('caseClosed'),
    o: null,
    u: handler,
    refused: /结案/,
  },
  {
    name: 'writer must be the logged-in officer',
    n: act('educationGiven', 'o-head'),
    o: null,
    u: handler,
    refused: /写入人/,
  },
  {
    name: 'a user without an office role',
    n: act('educationGiven', 'o-x'),
    o: null,
    u: noRole,
    refused: /没有执法人员角色/,
  },
  {
    name: 'an act id must match its act',
    n: { ...act('educationGiven'), _id: 'act:other' },
    o: null,
    u: handler,
    refused: /不一致/,
  },
  {
    name: 'an act without its act is incomplete',
    n: { _id: 'act:a1', kind: 'act', writer: 'o-handler', pc: 'pc1' },
    o: null,
    u: handler,
    refused: /不完整/,
  },
  {
    name: 'unknown ids are refused',
    n: { _id: 'hack:1', kind: 'hack', writer: 'o-handler', pc: 'pc1' },
    o: null,
    u: handler,
    refused: /无法识别/,
  },
  {
    name: 'kind must match the id',
    n: { ...party(), kind: 'case' },
    o: null,
    u: handler,
    refused: /不一致/,
  },
  {
    name: 'a design document only by an admin',
    n: { _id: '_design/x' },
    o: null,
    u: handler,
    refused: /管理员/,
  },
  {
    name: 'an admin installs the design document',
    n: { _id: '_design/casedesk' },
    o: null,
    u: admin,
    refused: null,
  },
  {
    name: 'a party can be changed (new revision)',
    n: party('o-handler', '2'),
    o: party(),
    u: handler,
    refused: null,
  },
  {
    name: 'a party cannot be deleted plainly',
    n: { _id: 'party:p1', _deleted: true, writer: 'o-handler' },
    o: party(),
    u: handler,
    refused: /冲突/,
  },
  {
    name: 'a conflict loser is deleted as a resolution',
    n: { _id: 'party:p1', _deleted: true, writer: 'o-handler', resolvesConflict: true },
    o: party(),
    u: handler,
    refused: null,
  },
  {
    name: 'a resolution tombstone names its writer',
    n: { _id: 'party:p1', _deleted: true, writer: 'o-head', resolvesConflict: true },
    o: party(),
    u: handler,
    refused: /写入人/,
  },
  {
    name: 'the officer register is for heads',
    n: { _id: 'officer:o1', kind: 'officer', writer: 'o-handler', pc: 'pc1', record: { id: 'o1' } },
    o: null,
    u: handler,
    refused: /执法人员只能由负责人/,
  },
  {
    name: 'a head changes the officer register',
    n: { _id: 'officer:o1', kind: 'officer', writer: 'o-head', pc: 'pc1', record: { id: 'o1' } },
    o: null,
    u: head,
    refused: null,
  },
  {
    name: 'the office profile id is fixed',
    n: { _id: 'office:x', kind: 'office', writer: 'o-head', pc: 'pc1', record: { id: 'office' } },
    o: null,
    u: head,
    refused: /不一致/,
  },
  {
    name: 'the office profile by a head',
    n: {
      _id: 'office:profile',
      kind: 'office',
      writer: 'o-head',
      pc: 'pc1',
      record: { id: 'office' },
    },
    o: null,
    u: head,
    refused: null,
  },
  {
    name: 'a case number never changes',
    n: caseDoc('二号'),
    o: caseDoc('一号'),
    u: handler,
    refused: /案号/,
  },
  {
    name: 'other case fields change',
    n: { ...caseDoc('一号'), record: { id: 'c1', caseNo: '一号', cause: 'x' } },
    o: caseDoc('一号'),
    u: handler,
    refused: null,
  },
  {
    name: 'audit entries are append-only',
    n: {
      _id: auditDocId('pc1', 3),
      kind: 'audit',
      writer: 'o-handler',
      pc: 'pc1',
      entry: { seq: 3 },
    },
    o: { _id: auditDocId('pc1', 3) },
    u: handler,
    refused: /审计日志不能修改/,
  },
  {
    name: 'an audit entry id names its PC and seq',
    n: {
      _id: auditDocId('pc2', 3),
      kind: 'audit',
      writer: 'o-handler',
      pc: 'pc1',
      entry: { seq: 3 },
    },
    o: null,
    u: handler,
    refused: /不一致/,
  },
  {
    name: 'a new audit entry',
    n: {
      _id: auditDocId('pc1', 3),
      kind: 'audit',
      writer: 'o-handler',
      pc: 'pc1',
      entry: { seq: 3 },
    },
    o: null,
    u: handler,
    refused: null,
  },
  {
    name: 'a number claim is taken once',
    n: {
      _id: 'number:caseNo:2026:5',
      kind: 'number',
      writer: 'o-handler',
      pc: 'pc2',
      claimedBy: 'case:c2',
    },
    o: { _id: 'number:caseNo:2026:5' },
    u: handler,
    refused: /该编号已被本单位其他电脑使用（caseNo:2026:5）/,
  },
  {
    name: 'a document is voided by its own record',
    n: {
      _id: 'documentVoid:d1',
      kind: 'documentVoid',
      writer: 'o-handler',
      pc: 'pc1',
      documentId: 'd1',
      voided: { reason: 'x' },
    },
    o: null,
    u: handler,
    refused: null,
  },
  {
    name: 'a missing pc is incomplete',
    n: { ...party(), pc: '' },
    o: null,
    u: handler,
    refused: /缺少 pc/,
  },
  {
    name: 'rules version 2: any office role shares the rule settings (setting:ruleSettings)',
    n: setting('ruleSettings'),
    o: setting('ruleSettings'),
    u: handler,
    refused: null,
  },
  {
    name: 'rules version 2: the office 违法行为库 is a setting document too',
    n: setting('officeViolations'),
    o: null,
    u: handler,
    refused: null,
  },
  {
    name: 'rules version 2: only the synced settings (no other meta record) and the key agrees',
    n: setting('syncSettings'),
    o: null,
    u: head,
    refused: /不一致/,
  },
  {
    name: 'rules version 2: a setting whose record names another key is refused',
    n: { ...setting('ruleSettings'), record: { key: 'officeViolations' } },
    o: null,
    u: head,
    refused: /不一致/,
  },
  {
    name: 'rules version 2: a setting is deleted only as a conflict resolution',
    n: { _id: 'setting:ruleSettings', _deleted: true, writer: 'o-handler' },
    o: setting('ruleSettings'),
    u: handler,
    refused: /冲突/,
  },
]

describe('server rules: TypeScript and validate_doc_update agree', () => {
  for (const c of table) {
    it(c.name, () => {
      const ts = checkSyncWrite(c.n, c.o, c.u)
      const es5 = serverAnswer(c.n, c.o, c.u)
      expect(es5).toBe(ts)
      if (c.refused) expect(ts).toMatch(c.refused)
      else expect(ts).toBeNull()
    })
  }
})

describe('design document', () => {
  it('is ES5: no arrow functions, let/const, template strings or spread', () => {
    const src = validateDocUpdateSource
    expect(src).not.toMatch(/=>|\blet\b|\bconst\b|`|\.\.\./)
    expect(designDocument().validate_doc_update).toBe(src)
    expect(designDocument()._id).toBe('_design/casedesk')
  })

  it('ids round-trip and roles are checked per act type', () => {
    expect(parseSyncDocId(syncDocId('act', 'x:y'))).toEqual({ kind: 'act', key: 'x:y' })
    expect(parseSyncDocId('_design/casedesk')).toBeNull()
    expect(parseSyncDocId('bogus:1')).toBeNull()
    expect(auditDocId('pc', 42)).toBe('audit:pc:0000000042')
    expect(mayWriteActType('caseReviewed', ['handler'])).toBe(false)
    expect(mayWriteActType('caseReviewed', ['legalReviewer'])).toBe(true)
    expect(mayWriteActType('educationGiven', ['head'])).toBe(true)
    expect(mayWriteActType('educationGiven', [])).toBe(false)
  })
})
