/** Penalty items as printed on notices and decisions (APL Art. 9 types). */
import type { PenaltyItem } from '../schemas'
import { formatAmountForDecision } from '../format/money'

/** One penalty item: 罚款人民币壹万贰仟元整（12,000.00元）, 警告, 没收…. */
export function penaltyItemText(item: PenaltyItem): string {
  const detail = item.detail ? item.detail : ''
  if (item.amountFen !== undefined && (item.type === '罚款' || item.type === '没收违法所得')) {
    return `${item.type}${formatAmountForDecision(item.amountFen)}${detail ? `，${detail}` : ''}`
  }
  return `${item.type}${detail ? `：${detail}` : ''}`
}

/** Total of the amounts the party must pay (fines and confiscated gains), in 分. */
export function amountDueFen(items: PenaltyItem[]): number {
  return items.reduce(
    (sum, item) =>
      sum + (item.type === '罚款' || item.type === '没收违法所得' ? (item.amountFen ?? 0) : 0),
    0,
  )
}

/** Whether a decision is published (PubRule Art. 2: everything except warning-only decisions). */
export function isPublishedDecision(items: PenaltyItem[]): boolean {
  return items.some((item) => item.type !== '警告')
}
