/**
 * How acts read on the case page: the key payload fields of a timeline entry (from the field
 * table, with enum labels, 元 amounts and officer names), and the prefill of an act dialog from
 * what the case already says (case officers, the proposed penalty, the decision to serve, …).
 */
import {
  CLOSING_REASONS,
  itemsText,
  openMeasures,
  openPreservations,
  viewCase,
  type ItemRow,
  type Act,
  type ActType,
  type CaseFacts,
  type Party,
} from '@shared/domain/case'
import {
  ACT_FIELDS,
  INLINE_OPTIONS,
  nestedFields,
  type ActFieldSpec,
} from '@shared/domain/case/act-fields'
import { formatFenAsYuan } from '@shared/money'
import { formatChineseDate } from '@shared/util/date'
import {
  DISCRETION_KINDS,
  describeFineRule,
  formatProvision,
  type CorrectionInDecision,
  type FineRule,
  type PenaltyItem,
  type ViolationEntry,
} from '@shared/discretion'
import { blankValues, penaltyToForm, type FormValues } from './act-form-model'
import { rowFromEntry } from './penalty-items-model'

/** Names the display needs from outside the act. */
export interface DisplayContext {
  officerName: (id: string) => string
  actLabel: (id: string) => string
  /** Name of a 违法行为库 entry (the id when the catalogue no longer has it). */
  violationName?: (id: string) => string
}

/** One label/value line of an act. */
export interface PayloadLine {
  label: string
  value: string
}

const yuan = (fen: number) => `${formatFenAsYuan(fen)}元`

/** A penalty in one line, e.g. '警告；罚款 5,000.00元'. */
export function penaltyText(p: Record<string, unknown>): string {
  const parts: string[] = []
  for (const spec of nestedFields('penalty') ?? []) {
    const v = p[spec.key]
    if (spec.key === 'legalBasis') continue
    if (spec.widget === 'boolean' && v === true) parts.push(spec.label)
    if (spec.widget === 'money' && typeof v === 'number' && v > 0)
      parts.push(`${spec.label.replace('（元）', '')} ${yuan(v)}`)
    if (spec.widget === 'select' && typeof v === 'string' && v !== 'none')
      parts.push(spec.options?.[v] ?? v)
    if (spec.key === 'other' && typeof v === 'string' && v) parts.push(v)
  }
  return parts.join('；') || '（未选择处罚）'
}

/** One violation's penalty in words: 罚款 300,000.00元（一般）. */
function itemText(i: PenaltyItem): string {
  const parts: string[] = []
  if (i.warning) parts.push('警告')
  if (i.fineFen > 0) parts.push(`罚款 ${yuan(i.fineFen)}`)
  if (i.confiscatedGainsFen > 0) parts.push(`没收违法所得 ${yuan(i.confiscatedGainsFen)}`)
  if (i.confiscatedPropertyValueFen > 0)
    parts.push(`没收非法财物 ${yuan(i.confiscatedPropertyValueFen)}`)
  return `${parts.join('、') || '不予罚款'}（${DISCRETION_KINDS[i.discretion]}）`
}

function valueText(spec: ActFieldSpec, v: unknown, ctx: DisplayContext): string {
  if (v === undefined || v === null || v === '') return ''
  switch (spec.widget) {
    case 'money':
      return typeof v === 'number' ? yuan(v) : ''
    case 'boolean':
      return v === true ? '是' : '否'
    case 'date':
      return formatChineseDate(String(v))
    case 'select':
      return spec.options?.[String(v)] ?? String(v)
    case 'multiselect':
      return (v as string[]).map((x) => spec.options?.[x] ?? x).join('；')
    case 'officers':
      return (v as string[]).map(ctx.officerName).join('、')
    case 'textList':
    case 'registerOfficers':
      return (v as string[]).join('、')
    case 'actRef':
      return ctx.actLabel(String(v))
    case 'exemptionItem': {
      const item = v as { id: string; title: string; legalBasis: string }
      return `${item.id} ${item.title}（${item.legalBasis}）`
    }
    case 'penalty': {
      const p = v as Record<string, unknown>
      const items = (p.items as PenaltyItem[] | undefined) ?? []
      const each = items.length
        ? `（逐项：${items.map((i) => `${i.violationName} ${itemText(i)}`).join('；')}）`
        : ''
      return `${penaltyText(p)}${each}；依据：${String(p.legalBasis ?? '')}`
    }
    case 'correction': {
      const c = v as CorrectionInDecision
      const when =
        c.mode === 'byDate' && c.dueOn ? `限期${formatChineseDate(c.dueOn)}前改正` : '立即改正'
      return `${when}：${c.requirement}`
    }
    case 'violation':
      return ctx.violationName ? ctx.violationName(String(v)) : String(v)
    case 'fineRule':
      return describeFineRule(v as FineRule)
    case 'leniency': {
      const l = v as { kind: keyof typeof INLINE_OPTIONS.leniencyKind; grounds: string[] }
      const grounds = nestedFields('leniency')?.find((s) => s.key === 'grounds')?.options ?? {}
      return `${INLINE_OPTIONS.leniencyKind[l.kind]}：${l.grounds.map((g) => grounds[g] ?? g).join('；')}`
    }
    case 'undertakings':
      return (v as { content: string; dueOn?: string }[])
        .map((u) => (u.dueOn ? `${u.content}（${formatChineseDate(u.dueOn)}前）` : u.content))
        .join('；')
    case 'schedule':
      return (v as { dueOn: string; amountFen: number }[])
        .map((s) => `${formatChineseDate(s.dueOn)} ${yuan(s.amountFen)}`)
        .join('；')
    case 'rows': {
      // An item list reads as 名称（规格）数量单位（批号); a select column adds its label (处理方式).
      const selects = (spec.columns ?? []).filter((c) => c.widget === 'select')
      return (v as (ItemRow & Record<string, string>)[])
        .map((row) => {
          const extra = selects.map((c) => c.options?.[row[c.key] ?? ''] ?? '').filter(Boolean)
          return `${itemsText([row])}${extra.length ? `：${extra.join('，')}` : ''}`
        })
        .join('；')
    }
    default:
      return String(v)
  }
}

/** The payload of an act as label/value lines, in form order, empty values left out. */
export function payloadLines(act: Act, ctx: DisplayContext): PayloadLine[] {
  const payload = act.payload as Record<string, unknown>
  const out: PayloadLine[] = []
  for (const spec of ACT_FIELDS[act.type]) {
    // The ids of the 转办/接手 records a handover replaced say nothing to a reader.
    if (act.type === 'caseHandover' && spec.key === 'supersedes') continue
    const value = valueText(spec, payload[spec.key], ctx)
    if (value === '' || (spec.widget === 'boolean' && value === '否' && !spec.required)) continue
    out.push({ label: spec.label.replace('（元）', ''), value })
  }
  return out
}

/** The person a party is reached through (legal representative, operator, or the person). */
export function partyContact(p: Party): string {
  if (p.kind === 'organisation') return p.legalRepresentative
  if (p.kind === 'soleTrader') return p.operatorName
  return p.name
}

/** The capacity in which the party's contact person speaks or signs (陈述申辩人身份). */
export function partyCapacity(p: Party): string {
  if (p.kind === 'organisation') return p.representativeTitle ?? '法定代表人'
  if (p.kind === 'soleTrader') return '经营者'
  return '当事人'
}

/** The identity-document number of the party's contact person, when the register holds it. */
function partyContactId(p: Party): string | undefined {
  if (p.kind === 'soleTrader') return p.operatorIdNo
  if (p.kind === 'naturalPerson') return p.idNo
  return undefined
}

/**
 * The 责令改正 part of a decision form, from the case's earlier 责令改正通知书 (mode, date,
 * requirement) or 约谈 (整改要求). Ticked when a violation's basis requires correction and no
 * earlier 责令改正通知书 covers it (APL Art. 28 para 1; checkAct refuses the decision otherwise).
 */
export function prefillCorrection(
  facts: CaseFacts,
  current: FormValues | undefined,
  rows: readonly { correctionRequired?: boolean }[] | undefined,
): FormValues {
  const v = viewCase(facts)
  const out: FormValues = { ...(current ?? blankValues(nestedFields('correction') ?? [])) }
  const order = v.last('correctionOrderServed')
  const interview = v.last('interviewHeld')
  if (String(out.requirement ?? '').trim() === '') {
    out.requirement = order?.payload.requirement ?? interview?.payload.requirements ?? ''
  }
  if (order) {
    out.mode = order.payload.mode
    if (order.payload.correctBy) out.dueOn = order.payload.correctBy
  }
  const needed = (rows ?? []).some((r) => r.correctionRequired === true)
  out.apply = out.apply === true || (needed && !order)
  return out
}

/**
 * Fill a blank act form from the case: officers default to the case's officers, a decision
 * starts from the notified penalty, service names the decision, a payment the amount still owed,
 * 结案 the closing reason the record supports (an unfiled matter whose last 复查 found it 已整改:
 * correctedWithoutFiling).
 * Only empty values are filled; the user can change everything.
 */
export function prefillActForm(
  type: ActType,
  form: FormValues,
  facts: CaseFacts,
  catalogue: readonly ViolationEntry[] = [],
): FormValues {
  const v = viewCase(facts)
  const caseEntries = (facts.violationIds ?? [])
    .map((id) => catalogue.find((e) => e.id === id))
    .filter((e): e is ViolationEntry => e !== undefined)
  /** The penalty form with one row per violation of the case when it has no rows yet. */
  const withCaseRows = (p: FormValues | undefined): FormValues => {
    const out = { ...(p ?? blankValues(nestedFields('penalty') ?? [])) }
    const rows = out.items
    if ((!Array.isArray(rows) || rows.length === 0) && caseEntries.length > 0) {
      out.items = caseEntries.map(rowFromEntry)
      if (String(out.legalBasis ?? '').trim() === '')
        out.legalBasis = [...new Set(caseEntries.map((e) => formatProvision(e.basis)))].join('；')
    }
    return out
  }
  const set = (key: string, value: unknown) => {
    const cur = form[key]
    const empty = cur === '' || cur === undefined || (Array.isArray(cur) && cur.length === 0)
    if (empty && value !== undefined) form[key] = value
  }
  for (const spec of ACT_FIELDS[type]) {
    if (spec.widget === 'officers')
      set(
        spec.key,
        facts.officers.map((o) => o.officerId),
      )
  }
  const concl = v.last('investigationConcluded')
  const notice = v.last('penaltyNoticeServed')
  const clue = v.last('clueRegistered')
  const interview = v.last('interviewHeld')
  const basisText = [...new Set(caseEntries.map((e) => formatProvision(e.basis)))].join('；')
  switch (type) {
    case 'investigationConcluded':
      form.proposedPenalty = withCaseRows(form.proposedPenalty as FormValues | undefined)
      set(
        'summary',
        v.last('correctionOrderServed')?.payload.violation ??
          interview?.payload.problems ??
          clue?.payload.summary,
      )
      break
    case 'correctionOrderServed':
      set('violation', interview?.payload.problems ?? clue?.payload.summary)
      set('requirement', interview?.payload.requirements)
      if (basisText) set('legalBasis', basisText)
      break
    case 'correctionReviewed':
      set('place', facts.party.address)
      break
    // 送达地址确认书: the party's address and contact until the party gives others (SAMR-PR Art. 83).
    case 'serviceAddressConfirmed':
      set('signedBy', partyContact(facts.party))
      set('address', facts.party.address)
      set('recipient', partyContact(facts.party))
      set('phone', facts.party.phone)
      break
    // 责令退还多收价款 and 责令退款通知书: the basis is the case's violation until changed.
    case 'refundOrdered':
      if (basisText) set('legalBasis', basisText)
      break
    // 案件移送: the facts so far (the investigation report's summary, else the lead).
    case 'caseTransferred':
      set('facts', concl?.payload.summary ?? clue?.payload.summary)
      break
    // 先行登记保存, 查封/扣押: kept where found until changed; 延长/解除 name the measure in force.
    case 'evidencePreserved':
      set('place', facts.party.address)
      break
    case 'coerciveMeasureTaken':
      set('place', facts.party.address)
      if (basisText) set('legalBasis', basisText)
      break
    case 'evidencePreservationLifted':
      set('preservedActId', openPreservations(v)[0]?.id)
      break
    case 'coerciveMeasureExtended':
    case 'coerciveMeasureLifted':
      set('measureActId', openMeasures(v)[0]?.id)
      break
    // 涉案物品处理: the items of the latest 查封/扣押 (else 先行登记保存), one row each, to be
    // given a 处理方式 (docs/domain/capture-once.md).
    // 证据登记: its 证据提取单 names the provider and place; they start as the party's.
    case 'evidenceRecorded':
      set('provider', `${partyContact(facts.party)}（${partyCapacity(facts.party)}）`)
      set('place', facts.party.address)
      break
    case 'electronicDataExtracted':
      set('place', facts.party.address)
      set('presentName', `${partyContact(facts.party)}（${partyCapacity(facts.party)}）`)
      break
    case 'samplingDone':
      set('place', facts.party.address)
      set('presentName', `${partyContact(facts.party)}（${partyCapacity(facts.party)}）`)
      break
    // 先行处置: the items of the 查封/扣押 in force, to be cut down to those disposed of.
    case 'advanceDisposal': {
      const measure = openMeasures(v)[0]
      if (measure && String(form.sourceActId ?? '') === '') {
        form.sourceActId = measure.id
        form.items = measure.payload.items.map((i) => ({ ...i }))
      }
      break
    }
    case 'seizedItemsHandled': {
      const source = v.last('coerciveMeasureTaken') ?? v.last('evidencePreserved')
      if (source && String(form.sourceActId ?? '') === '') {
        form.sourceActId = source.id
        form.items = source.payload.items.map((i) => ({
          name: i.name,
          quantity: i.quantity,
          unit: i.unit,
          disposition: '',
          note: '',
        }))
      }
      set('place', source?.payload.place)
      break
    }
    // 现场检查 and 询问: the person present / asked is the party's contact until changed
    // (docs/domain/capture-once.md).
    case 'onSiteInspection':
      set('place', facts.party.address)
      set('presentName', partyContact(facts.party))
      set('presentCapacity', partyCapacity(facts.party))
      set('presentIdNumber', partyContactId(facts.party))
      set('presentPhone', facts.party.phone)
      break
    case 'inquiryHeld': {
      const asked = v.last('inquiryNoticeServed')
      set('place', asked?.payload.place)
      set('startTime', asked?.payload.time)
      set('intervieweeName', partyContact(facts.party))
      set('intervieweeRelation', partyCapacity(facts.party))
      set('intervieweeIdNumber', partyContactId(facts.party))
      set('intervieweePhone', facts.party.phone)
      break
    }
    case 'statementDefence':
      set('speakerName', partyContact(facts.party))
      set('speakerCapacity', partyCapacity(facts.party))
      set('speakerIdNumber', partyContactId(facts.party))
      break
    case 'penaltyNoticeServed':
      form.proposedPenalty = withCaseRows(
        concl?.payload.proposedPenalty ? penaltyToForm(concl.payload.proposedPenalty) : undefined,
      )
      break
    case 'penaltyDecision': {
      const p = notice?.payload.proposedPenalty ?? concl?.payload.proposedPenalty
      form.penalty = withCaseRows(p ? penaltyToForm(p) : undefined)
      form.correction = prefillCorrection(
        facts,
        form.correction as FormValues | undefined,
        (form.penalty as FormValues).items as { correctionRequired?: boolean }[] | undefined,
      )
      break
    }
    case 'summaryPenalty': {
      const first = caseEntries[0]
      if (first) {
        set('violationId', first.id)
        if (first.fine) form.fineRule = first.fine
        set('legalBasis', formatProvision(first.basis))
      }
      break
    }
    case 'caseReviewed':
      set('reviewKind', v.last('reviewSubmitted')?.payload.reviewKind)
      set('opinion', 'agree')
      break
    case 'decisionServed':
      set('decisionActId', v.decision?.id)
      set('recipient', partyContact(facts.party))
      set('address', facts.party.address)
      break
    case 'paymentMade':
      if (v.fineFen > v.finePaidFen)
        set('amountFen', formatFenAsYuan(v.fineFen - v.finePaidFen).replace(/,/g, ''))
      break
    case 'defenceRechecked': {
      const done = new Set(v.all('defenceRechecked').map((x) => x.payload.statementActId))
      set('statementActId', v.all('statementDefence').find((s) => !done.has(s.id))?.id)
      break
    }
    case 'hearingHeld': {
      // The presider named in the notice, with their register id when it was picked.
      const notice = v.last('hearingNoticeServed')?.payload
      if (notice?.presiderId) set('presiderId', notice.presiderId)
      set('presider', notice?.presider)
      set('place', notice?.place)
      set('startTime', notice?.time)
      if (notice?.recorderId) set('recorderId', notice.recorderId)
      set('recorder', notice?.recorder)
      break
    }
    case 'interviewHeld': {
      const n = v.last('interviewNoticeServed')
      set('place', n?.payload.place)
      set('attendees', n?.payload.attendeeName)
      set('problems', n?.payload.reason)
      set('startTime', n?.payload.time)
      break
    }
    case 'interviewNoticeServed':
      set('attendeeName', partyContact(facts.party))
      set('attendeeRole', partyCapacity(facts.party))
      set('reason', clue?.payload.summary)
      break
    case 'caseClosed':
      set(
        'reason',
        v.decision?.type === 'penaltyDecision'
          ? 'executed'
          : v.decision?.type === 'noPenaltyDecision' || v.has('caseTransferred')
            ? 'decidedWithoutPenalty'
            : v.has('investigationTerminated')
              ? 'investigationTerminated'
              : !v.has('caseFiled') && v.last('correctionReviewed')?.payload.result === 'corrected'
                ? 'correctedWithoutFiling'
                : undefined,
      )
      if (typeof form.reason === 'string' && form.reason in CLOSING_REASONS)
        set(
          'officerOpinion',
          `${CLOSING_REASONS[form.reason as keyof typeof CLOSING_REASONS]}，建议结案。`,
        )
      break
    case 'followUpVisit':
      set('contactPerson', partyContact(facts.party))
      set('contactPhone', facts.party.phone)
      break
    case 'rightsWaived':
      set('signedBy', partyContact(facts.party))
      break
  }
  return form
}
