// Same records as tests/unit/shared/backup/fixtures.ts (the two tsconfigs cannot share a test file).
// Valid records of every table, for the shared backup tests (deterministic ids and dates).
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest } from '@shared/backup'

export const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
export const T0 = '2026-03-01T08:00:00.000Z'
export const T1 = '2026-03-02T08:00:00.000Z'

export const party = {
  kind: 'organisation' as const,
  name: '武汉市汉阳区鹦鹉商贸有限公司',
  uscc: '91110000600037341L',
  legalRepresentative: '张三',
  address: '武汉市汉阳区鹦鹉大道 1 号',
}

export function partyRecord(n = 1, over: Record<string, unknown> = {}) {
  return {
    ...party,
    id: uuid(n),
    identityKey: `organisation:${party.uscc}`,
    searchTokens: ['武汉'],
    createdAt: T0,
    updatedAt: T1,
    ...over,
  }
}

export function caseRecord(n: number, partyId: string, over: Record<string, unknown> = {}) {
  return {
    id: uuid(n),
    caseNo: `鄂汉阳市监案〔2026〕${n}号`,
    caseNoKey: 2026_000_000 + n,
    year: 2026,
    registeredOn: '2026-03-01',
    partyId,
    partySnapshot: party,
    partyName: party.name,
    cause: '涉嫌销售过期食品案',
    source: 'inspection',
    sourceDate: '2026-02-27',
    officers: [{ officerId: uuid(9001), name: '执法人员1', certificateNo: 'HB-0001' }],
    officerIds: [uuid(9001)],
    createdAt: T0,
    updatedAt: T1,
    closed: false,
    stage: 'filed',
    stageLabel: '立案',
    nextDueOn: '',
    nextDueKey: '9999-12-31',
    nextDueRule: '',
    awaitingLegalReview: false,
    decisionOn: '',
    lenient: false,
    actCount: 1,
    searchTokens: ['武汉'],
    ...over,
  }
}

export function actRecord(n: number, caseId: string, over: Record<string, unknown> = {}) {
  return {
    id: uuid(n),
    caseId,
    seq: 1,
    type: 'administrativeGuidance',
    occurredOn: '2026-03-01',
    recordedAt: T0,
    recordedBy: 'test-user',
    payload: { method: 'onSite', content: '指导规范经营' },
    ...over,
  }
}

export const officer = {
  id: uuid(9001),
  name: '执法人员1',
  certificateNo: 'HB-0001',
  unit: '汉阳市场监管所',
  mobile: '13812340001',
  roles: ['handler'],
  active: true,
  createdAt: T0,
  updatedAt: T0,
}

/** A manifest for `bytes`/`sha256` of a body. */
export function manifest(over: Partial<BackupManifest> = {}): BackupManifest {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    kind: 'full',
    createdAt: T0,
    appVersion: '0.1.0',
    schemaVersion: 2,
    reason: 'manual',
    tables: { cases: 2, acts: 3 },
    totalRecords: 5,
    body: { encoding: 'dexie-export-import', bytes: 10, sha256: 'a'.repeat(64) },
    ...over,
  }
}
