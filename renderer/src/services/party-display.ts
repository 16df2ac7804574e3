/**
 * How a party is shown in lists: name, kind, and its identity number — personal ID numbers
 * masked (个人信息保护法: minimum necessary display), USCCs in full (they are public).
 */
import { PARTY_KIND_LABELS, type Party } from '@shared/domain/case'
import { maskIdNo } from '@shared/domain/settings'

/** The identity line of a party for lists, e.g. '统一社会信用代码 9142…' or '身份证 4201****1234'. */
export function partyIdentityDisplay(p: Party): string {
  if (p.kind === 'organisation') return p.uscc ? p.uscc : ''
  if (p.kind === 'soleTrader') {
    if (p.uscc) return p.uscc
    return `经营者 ${p.operatorName} ${maskIdNo(p.operatorIdNo)}`
  }
  return maskIdNo(p.idNo)
}

/** Chinese label of the party kind; 单位 for organisations (the word officers use). */
export function partyKindLabel(p: Pick<Party, 'kind'>): string {
  return p.kind === 'organisation' ? '单位' : PARTY_KIND_LABELS[p.kind]
}
