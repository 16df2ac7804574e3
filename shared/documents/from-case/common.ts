/**
 * Conversions shared by the mappers: the domain party and officers to the document DTOs, penalty
 * items, and the narrative sentences that are derived from the acts (case course, the notice and
 * the party's statements). Dates are printed like 2026年3月5日.
 */
import {
  CASE_SOURCES,
  effectiveActs,
  type Act,
  type ActOf,
  type ActType,
  type CaseFacts,
  type CaseOfficer,
  type Party,
  type Penalty,
} from '../../domain/case'
import { formatChineseDate } from '../../util/date'
import { formatYuan } from '../format/money'
import type { PenaltyLine, PrintedOfficer } from '../schemas'
import type { DocumentKind } from '../kinds'
import type { CaseSource } from './types'

/**
 * The case's party for a document's party block: the domain's own party, copied field by field
 * (a snapshot holds what is printed and nothing else).
 */
export function documentParty(p: Party): Party {
  switch (p.kind) {
    case 'organisation':
      return {
        kind: 'organisation',
        name: p.name,
        uscc: p.uscc,
        licenceName: p.licenceName,
        address: p.address,
        legalRepresentative: p.legalRepresentative,
        representativeTitle: p.representativeTitle ?? '法定代表人',
        phone: p.phone,
      }
    case 'soleTrader':
      return {
        kind: 'soleTrader',
        name: p.name,
        uscc: p.uscc,
        address: p.address,
        operatorName: p.operatorName,
        operatorIdNo: p.operatorIdNo,
        phone: p.phone,
      }
    case 'naturalPerson':
      return {
        kind: 'naturalPerson',
        name: p.name,
        idType: p.idType,
        idNo: p.idNo,
        address: p.address,
        phone: p.phone,
      }
  }
}

/** Case officers as printed (name and certificate number). */
export function documentOfficers(officers: readonly CaseOfficer[]): PrintedOfficer[] {
  return officers.map((o) => ({ name: o.name, certificateNo: o.certificateNo }))
}

/** The case officers with the given ids, in the order given (unknown ids are skipped). */
export function officersById(facts: CaseFacts, ids: readonly string[]): CaseOfficer[] {
  return ids.flatMap((id) => facts.officers.filter((o) => o.officerId === id))
}

/** The effective acts of the case (voided acts and voiding acts left out), in legal order. */
export function actsOf(facts: CaseFacts): Act[] {
  return effectiveActs(facts.acts)
}

/** The last effective act of a type on or before `until` (legal date), if any. */
export function lastAct<K extends ActType>(
  facts: CaseFacts,
  type: K,
  until = '9999-12-31',
): ActOf<K> | undefined {
  const found = actsOf(facts).filter((a) => a.type === type && a.occurredOn <= until)
  return found.at(-1) as ActOf<K> | undefined
}

/** All effective acts of a type. */
export function allActs<K extends ActType>(facts: CaseFacts, type: K): Array<ActOf<K>> {
  return actsOf(facts).filter((a) => a.type === type) as Array<ActOf<K>>
}

/**
 * The case's 证据清单 on `until`: every item of the standing 证据登记 acts up to that date, in the
 * order entered (docs/domain/capture-once.md). Empty when none was registered.
 */
export function caseEvidence(facts: CaseFacts, until = '9999-12-31'): string[] {
  return allActs(facts, 'evidenceRecorded')
    .filter((a) => a.occurredOn <= until)
    .flatMap((a) => a.payload.items.map((i) => i.trim()).filter(Boolean))
}

/** The 证据清单 as one sentence for documents that print evidence as text; undefined when empty. */
export function evidenceSummary(items: readonly string[]): string | undefined {
  return items.length ? `${items.join('；')}。`.replace(/。。$/, '。') : undefined
}

/**
 * The 文号 of the latest issued (not voided) document of `kind`; otherwise the number typed on
 * the act (`documentNo`), otherwise undefined.
 */
export function issuedNumber(
  src: CaseSource,
  kind: DocumentKind,
  typed?: string,
): string | undefined {
  const doc = src.issued.filter((d) => d.kind === kind && d.status === 'issued' && d.docNo).at(-1)
  return doc?.docNo ?? (typed?.trim() ? typed.trim() : undefined)
}

/**
 * Text entered on an act as a printed sentence: trimmed, ending with 。 unless it already ends
 * with a closing punctuation mark. Undefined/blank stays undefined (reported as missing).
 */
export function sentence(text: string | undefined | null): string | undefined {
  const t = (text ?? '').trim()
  if (!t) return undefined
  return /[。！？；…）」』”]$/.test(t) ? t : `${t.replace(/[，,;；:：]$/, '')}。`
}

/** A domain penalty as printed items (APL Art. 9 types). */
export function penaltyItems(p: Penalty): PenaltyLine[] {
  const items: PenaltyLine[] = []
  if (p.warning) items.push({ type: '警告' })
  if (p.circulatedCriticism) items.push({ type: '通报批评' })
  if (p.fineFen > 0) items.push({ type: '罚款', amountFen: p.fineFen })
  if (p.confiscatedGainsFen > 0)
    items.push({ type: '没收违法所得', amountFen: p.confiscatedGainsFen })
  if (p.confiscatedPropertyValueFen > 0)
    items.push({
      type: '没收非法财物',
      detail: `价值人民币${formatYuan(p.confiscatedPropertyValueFen)}元`,
    })
  if (p.licenceAction === 'suspendLicence') items.push({ type: '暂扣许可证件' })
  if (p.licenceAction === 'downgrade') items.push({ type: '降低资质等级' })
  if (p.licenceAction === 'revokeLicence') items.push({ type: '吊销许可证件' })
  if (p.licenceAction === 'revokeBusinessLicence')
    items.push({ type: '吊销许可证件', detail: '吊销营业执照' })
  if (p.businessRestriction === 'restrictOperations') items.push({ type: '限制开展生产经营活动' })
  if (p.businessRestriction === 'suspendBusiness') items.push({ type: '责令停产停业' })
  if (p.businessRestriction === 'close') items.push({ type: '责令关闭' })
  if (p.businessRestriction === 'restrictPractice') items.push({ type: '限制从业' })
  if (p.other?.trim()) items.push({ type: '其他', detail: p.other.trim() })
  return items
}

/** 案件来源及调查经过, from the source, the filing and the investigation acts. */
export function caseCourse(facts: CaseFacts, until = '9999-12-31'): string {
  const d = formatChineseDate
  const parts = [`本案来源为${CASE_SOURCES[facts.source]}，案源日期为${d(facts.sourceDate)}。`]
  const filed = lastAct(facts, 'caseFiled', until)
  if (filed) parts.push(`${d(filed.occurredOn)}经${filed.payload.approver}批准立案调查。`)
  for (const t of allActs(facts, 'testingStarted').filter((a) => a.occurredOn <= until))
    parts.push(
      `${d(t.occurredOn)}委托${t.payload.institution}对${t.payload.items}进行检测（检验、鉴定）。`,
    )
  const concluded = lastAct(facts, 'investigationConcluded', until)
  if (concluded) parts.push(`${d(concluded.occurredOn)}调查终结。`)
  return parts.join('')
}

/** 告知及陈述申辩（听证）情况, from the notice, statements, rechecks, waivers and hearings. */
export function statementsAndResponse(src: CaseSource, until: string): string | undefined {
  const facts = src.facts
  const d = formatChineseDate
  const notice = lastAct(facts, 'penaltyNoticeServed', until)
  if (!notice) return undefined
  const no = issuedNumber(src, 'penaltyNotice', notice.payload.documentNo)
  const rights = notice.payload.hearingRightsTold ? '陈述、申辩和要求听证' : '陈述、申辩'
  const parts = [
    `本局于${d(notice.occurredOn)}向当事人送达了《行政处罚告知书》${no ? `（${no}）` : ''}，告知当事人拟作出行政处罚的事实、理由、依据及处罚内容，并告知当事人依法享有${rights}的权利。`,
  ]
  const later = actsOf(facts).filter(
    (a) => a.occurredOn >= notice.occurredOn && a.occurredOn <= until,
  )
  let answered = false
  for (const a of later) {
    if (a.type === 'statementDefence') {
      answered = true
      parts.push(
        `当事人于${d(a.occurredOn)}提出${a.payload.form === 'written' ? '书面' : '口头'}陈述、申辩：${a.payload.content.replace(/[。；]$/, '')}。`,
      )
    } else if (a.type === 'defenceRechecked') {
      const outcome = { adopted: '予以采纳', partlyAdopted: '部分予以采纳', notAdopted: '不予采纳' }
      parts.push(
        `经复核，本局对当事人的陈述、申辩意见${outcome[a.payload.outcome]}，理由是：${a.payload.reason.replace(/[。；]$/, '')}。`,
      )
    } else if (a.type === 'rightsWaived') {
      answered = true
      const what = [a.payload.waivesStatement && '陈述、申辩', a.payload.waivesHearing && '听证']
        .filter(Boolean)
        .join('和')
      parts.push(`当事人于${d(a.occurredOn)}书面表示放弃${what}的权利。`)
    } else if (a.type === 'hearingRequested') {
      answered = true
      parts.push(`当事人于${d(a.occurredOn)}提出听证申请。`)
    } else if (a.type === 'hearingHeld') {
      parts.push(
        a.payload.partyAppeared
          ? `本局于${d(a.occurredOn)}依法举行听证，${a.payload.summary.replace(/[。；]$/, '')}。`
          : `本局于${d(a.occurredOn)}依法举行听证，当事人无正当理由未出席，视为放弃听证权利。`,
      )
    }
  }
  if (!answered) parts.push(`当事人在法定期限内未提出${rights}。`)
  return parts.join('')
}
