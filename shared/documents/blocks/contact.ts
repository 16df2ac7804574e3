/**
 * The contact block on every party-facing document: 联系人, 联系电话, 联系地址, 投诉举报电话
 * (鄂市监法〔2022〕42号 item 十五; 12315 by default).
 */
import type { ContentObject } from '../pdf-types'
import type { ContactBlock } from '../context'
import { runs } from './text'

/** The four contact lines. */
export function contactLines(contact: ContactBlock): Array<[string, string]> {
  return [
    ['联系人', contact.contactPerson],
    ['联系电话', contact.contactPhone],
    ['联系地址', contact.contactAddress],
    ['投诉举报电话', contact.complaintHotline],
  ]
}

/**
 * The contact block as content, kept together on one page: 联系人 and 联系电话 share the first
 * line, then 联系地址, then 投诉举报电话.
 */
export function contactBlock(contact: ContactBlock): ContentObject {
  const [person, phone, address, hotline] = contactLines(contact).map(
    ([label, value]) => `${label}：${value}`,
  )
  return {
    stack: [
      { text: runs(`${person ?? ''}\u3000\u3000${phone ?? ''}`), style: 'plain' },
      { text: runs(address ?? ''), style: 'plain' },
      { text: runs(hotline ?? ''), style: 'plain' },
    ],
    unbreakable: true,
  }
}
