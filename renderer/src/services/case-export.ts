/** The columns of the case-list export (.xlsx) and how a case becomes a row. */
import { CASE_SOURCES } from '@shared/domain/case'
import type { CaseRecord } from '@renderer/db/cases-records'
import type { SheetColumn } from '@renderer/services/xlsx-export'
import { partyIdentityDisplay } from './party-display'

type Key = 'caseNo' | 'party' | 'identity' | 'cause' | 'source' | 'stage' | 'nextDue' | 'officers'

export const caseExportColumns: SheetColumn<Key>[] = [
  { header: '案件编号', key: 'caseNo', width: 28 },
  { header: '当事人', key: 'party', width: 30 },
  { header: '统一社会信用代码/证件号码', key: 'identity', width: 30 },
  { header: '案由', key: 'cause', width: 36 },
  { header: '来源', key: 'source', width: 14 },
  { header: '阶段', key: 'stage', width: 12 },
  { header: '下一期限', key: 'nextDue', width: 14 },
  { header: '办案人员', key: 'officers', width: 20 },
]

/** One export row; personal ID numbers are masked exactly as in the list. */
export function caseExportRow(c: CaseRecord): Record<Key, string> {
  return {
    caseNo: c.caseNo,
    party: c.partySnapshot.name,
    identity: partyIdentityDisplay(c.partySnapshot),
    cause: c.cause,
    source: CASE_SOURCES[c.source],
    stage: c.closed ? '已结案' : c.stageLabel,
    nextDue: c.closed ? '' : c.nextDueOn,
    officers: c.officers.map((o) => o.name).join('、'),
  }
}
