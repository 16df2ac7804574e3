/**
 * The new-case form: its model, how it becomes a Party, and its field errors — all from the
 * shared validators (PartySchema, validateUscc, validateResidentId with today's date), so the
 * form shows exactly the domain's Chinese messages.
 */
import {
  PartySchema,
  type CASE_SOURCES,
  type ID_DOCUMENT_TYPES,
  type Party,
  type RepresentativeTitle,
} from '@shared/domain/case'
import { formatProvision } from '@shared/discretion'
import type { ViolationEntry } from '@shared/discretion/types'
import { phonePattern, type FieldErrors } from '@shared/domain/settings'
import { validateResidentId, validateUscc } from '@shared/validation'

export type PartyKind = Party['kind']
type IdType = keyof typeof ID_DOCUMENT_TYPES

/** Everything the form holds. Fields of other party kinds are kept when the kind switches. */
export interface NewCaseForm {
  source: keyof typeof CASE_SOURCES | ''
  sourceDate: string
  kind: PartyKind
  name: string
  uscc: string
  legalRepresentative: string
  representativeTitle: RepresentativeTitle
  operatorName: string
  operatorIdNo: string
  idType: IdType
  idNo: string
  phone: string
  address: string
  cause: string
  /** 违法行为库 entries chosen for the case. */
  violationIds: string[]
  officerIds: string[]
}

export function blankForm(today: string): NewCaseForm {
  return {
    source: '',
    sourceDate: today,
    kind: 'organisation',
    name: '',
    uscc: '',
    legalRepresentative: '',
    representativeTitle: '法定代表人',
    operatorName: '',
    operatorIdNo: '',
    idType: 'residentId',
    idNo: '',
    phone: '',
    address: '',
    cause: '',
    violationIds: [],
    officerIds: [],
  }
}

/**
 * The 案由 after the chosen violations changed: the generated 涉嫌……案 when the officer has not
 * typed his own (the field is empty or still holds the last generated text), his text otherwise.
 */
export function nextCause(current: string, lastGenerated: string, generated: string): string {
  const cur = current.trim()
  return cur === '' || cur === lastGenerated.trim() ? generated : current
}

/**
 * The text a violation is found by: name, field, id and the laws it cites, with the article both
 * in Chinese numerals and in Arabic (食品安全法124 finds 第一百二十四条).
 */
function violationSearchText(e: ViolationEntry): string {
  const laws = [e.basis, ...e.violates].flatMap((p) => [formatProvision(p), `${p.law}${p.article}`])
  return [e.name, e.field, e.id, ...laws].join(' ')
}

/** Whether an entry matches what was typed (every space-separated word, case-insensitive). */
export function violationMatches(e: ViolationEntry, query: string): boolean {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const text = violationSearchText(e).toLowerCase()
  return words.every((w) => text.includes(w))
}

/** Upper-case and without spaces: how codes are printed on licences and ID cards. */
export function normaliseCode(v: string): string {
  return v.replace(/[\s\u3000]/g, '').toUpperCase()
}

const opt = (v: string) => (v.trim() === '' ? undefined : v.trim())

/** The party the form describes (not yet validated). */
export function partyFromForm(f: NewCaseForm): Party {
  const contact = { address: f.address.trim(), phone: opt(f.phone) }
  if (f.kind === 'organisation') {
    return {
      kind: 'organisation',
      name: f.name.trim(),
      uscc: opt(f.uscc),
      legalRepresentative: f.legalRepresentative.trim(),
      representativeTitle: f.representativeTitle,
      ...contact,
    }
  }
  if (f.kind === 'soleTrader') {
    return {
      kind: 'soleTrader',
      name: f.name.trim(),
      uscc: opt(f.uscc),
      operatorName: f.operatorName.trim(),
      operatorIdNo: f.operatorIdNo,
      ...contact,
    }
  }
  return { kind: 'naturalPerson', name: f.name.trim(), idType: f.idType, idNo: f.idNo, ...contact }
}

/** Put a stored party's details into the form (kind included). */
export function fillParty(f: NewCaseForm, p: Party): void {
  f.kind = p.kind
  f.name = p.name
  f.address = p.address
  f.phone = p.phone ?? ''
  if (p.kind === 'organisation') {
    f.uscc = p.uscc ?? ''
    f.legalRepresentative = p.legalRepresentative
    f.representativeTitle = p.representativeTitle ?? '法定代表人'
  } else if (p.kind === 'soleTrader') {
    f.uscc = p.uscc ?? ''
    f.operatorName = p.operatorName
    f.operatorIdNo = p.operatorIdNo
  } else {
    f.idType = p.idType
    f.idNo = p.idNo
  }
}

/** The identity number the party is found by, when it is complete and valid ('' otherwise). */
export function identityForLookup(f: NewCaseForm, today: string): string {
  if (f.kind !== 'naturalPerson' && f.uscc && validateUscc(f.uscc).ok) return f.uscc
  if (f.kind === 'soleTrader' && validateResidentId(f.operatorIdNo, today).ok) return f.operatorIdNo
  if (f.kind === 'naturalPerson') {
    if (f.idType === 'residentId') return validateResidentId(f.idNo, today).ok ? f.idNo : ''
    return f.idNo.trim().length >= 5 ? f.idNo.trim() : ''
  }
  return ''
}

/** Field errors of the party part, keyed by form field. */
export function partyErrors(f: NewCaseForm, today: string): FieldErrors {
  const errors: FieldErrors = {}
  const parsed = PartySchema.safeParse(partyFromForm(f))
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'name')
      errors[key] ??= issue.message
    }
  }
  // The schema cannot know today's date: future birth dates are caught here.
  const id = f.kind === 'soleTrader' ? 'operatorIdNo' : f.kind === 'naturalPerson' ? 'idNo' : ''
  if (id && (f.kind === 'soleTrader' || f.idType === 'residentId') && !errors[id]) {
    const r = validateResidentId(f[id as 'idNo' | 'operatorIdNo'], today)
    if (!r.ok) errors[id] = r.message
  }
  if (f.phone.trim() && !phonePattern.test(f.phone.replace(/[\s\u3000]/g, ''))) {
    errors.phone = '联系电话格式不正确，请填写如 027-84851234 或 13812345678'
  }
  return errors
}

/** Field errors of the case part (source, date, cause, officers). */
export function caseErrors(f: NewCaseForm, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (!f.source) errors.source = '请选择案件来源'
  if (!f.sourceDate) errors.sourceDate = '请选择来源日期（发现线索或收到材料的日期）'
  else if (f.sourceDate > today) errors.sourceDate = '来源日期不能晚于今天'
  if (!f.cause.trim()) errors.cause = '请填写案由，如“涉嫌销售过期食品案”'
  if (f.officerIds.length < 2) {
    errors.officerIds = '请选择至少两名持有执法证件的办案人员（行政处罚法第四十二条）'
  }
  return errors
}

/** The differences between stored and entered contact details, as Chinese lines. */
export function contactChanges(stored: Party, entered: Party): string[] {
  const out: string[] = []
  const show = (v: string | undefined) => (v && v.trim() ? v : '（空）')
  if ((stored.phone ?? '') !== (entered.phone ?? '')) {
    out.push(`联系电话：${show(stored.phone)} → ${show(entered.phone)}`)
  }
  if (stored.address !== entered.address) {
    out.push(`住所/住址：${show(stored.address)} → ${show(entered.address)}`)
  }
  if (stored.name !== entered.name) out.push(`名称：${stored.name} → ${entered.name}`)
  if (stored.kind === 'organisation' && entered.kind === 'organisation') {
    const was = `${stored.representativeTitle ?? '法定代表人'} ${stored.legalRepresentative}`
    const now = `${entered.representativeTitle ?? '法定代表人'} ${entered.legalRepresentative}`
    if (was !== now) out.push(`法定代表人/负责人：${was} → ${now}`)
  }
  return out
}
