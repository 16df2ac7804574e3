// 送达回证 filled from a case and read back with pdftotext: 受送达人 is the party; the signature box
// names its 法定代表人 (负责人), a 个体工商户's 经营者 or the person, and a different signer is printed
// as 代收人 (《民事诉讼法》第八十七条、第八十八条; docs/domain/visit-and-service.md).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument } from '../../shared/documents/from-case'
import { buildDocument } from '../../shared/documents/registry'
import type { CaseFacts, Party } from '../../shared/domain/case'
import { contextOn } from '../fixtures/documents/context'
import { SAMPLES } from '../fixtures/documents/samples'
import { officers, pathB } from '../unit/shared/documents-from-case/paths'
import { pdfPageCount, pdfText, renderPdf, squash } from './render'

const company: Party = {
  kind: 'organisation',
  name: '武汉市汉阳区鹦鹉食品店有限公司',
  uscc: '91420105MA4K3ABC1E',
  legalRepresentative: '陈明',
  address: '武汉市汉阳区鹦鹉大道18号',
}
const shop: Party = {
  kind: 'soleTrader',
  name: '汉阳区晴川副食店',
  operatorName: '王小平',
  operatorIdNo: '420105198805060012',
  address: '武汉市汉阳区晴川大道6号',
}
const person: Party = {
  kind: 'naturalPerson',
  name: '李秀英',
  idType: 'residentId',
  idNo: '420105197603150028',
  address: '武汉市汉阳区琴台路9号',
}

async function printed(party: Party, recipient: string): Promise<string> {
  const facts: CaseFacts = pathB()
  facts.party = party
  for (const a of facts.acts) {
    if (a.type === 'decisionServed') a.payload = { ...a.payload, recipient }
  }
  const src = { facts, officerUnits: { [officers[0]!.officerId]: '食品安全监管科' }, issued: [] }
  const due = documentsDue(src).find(
    (d) => d.kind === 'serviceReceipt' && d.act.type === 'decisionServed',
  )
  const doc = due && mapDocument(src, 'serviceReceipt', due.act.id)
  if (!doc) throw new Error('serviceReceipt not mapped')
  const built = buildDocument('serviceReceipt', doc.input, contextOn(doc.documentDate))
  if (!built.ok) throw new Error(built.errors.join('; '))
  return squash(pdfText(await renderPdf(built.definition)))
}

describe('送达回证 printed (《民事诉讼法》第八十八条)', () => {
  it.each<[string, Party, string, string, string | null, string | null]>([
    [
      'company, signed by its 法定代表人',
      company,
      '陈明',
      '武汉市汉阳区鹦鹉食品店有限公司',
      '法定代表人：陈明（签名或者盖章）',
      null,
    ],
    [
      'company, signed by the clerk who receives its mail',
      company,
      '张华',
      '武汉市汉阳区鹦鹉食品店有限公司',
      null,
      '代收人：张华（签名）',
    ],
    [
      '个体工商户, signed by its 经营者',
      shop,
      '王小平',
      '汉阳区晴川副食店（经营者：王小平）',
      '经营者：王小平（签名或者盖章）',
      null,
    ],
    [
      'natural person, signed in person',
      person,
      '李秀英',
      '李秀英',
      '本人：李秀英（签名或者盖章）',
      null,
    ],
    [
      'natural person, signed by a family member',
      person,
      '王强',
      '李秀英',
      null,
      '代收人：王强（签名）',
    ],
  ])('%s', async (_name, party, recipient, addressee, own, proxy) => {
    const text = await printed(party, recipient)
    expect(text).toContain(squash(`受送达人${addressee}`))
    if (own) expect(text).toContain(squash(own))
    else expect(text).not.toMatch(/(法定代表人|负责人|经营者|本人)：\S*（签名或者盖章）/)
    if (proxy) {
      expect(text).toContain(squash(proxy))
      expect(text).toContain('代收人与受送达人关系：')
    } else expect(text).not.toContain('代收人：')
  })

  it('a snapshot frozen before the signatory was recorded still prints (boxes left blank)', async () => {
    const { signatory: _s, signedBy: _b, ...legacy } = SAMPLES.serviceReceipt.input
    const built = buildDocument('serviceReceipt', legacy, SAMPLES.serviceReceipt.ctx)
    if (!built.ok) throw new Error(built.errors.join('; '))
    const text = squash(pdfText(await renderPdf(built.definition)))
    expect(text).toContain('受送达人武汉市汉阳区鑫源副食品商行有限公司')
    expect(text).not.toContain('代收人：')
  })

  it('the sample names its 法定代表人 in the signature box', async () => {
    const built = buildDocument(
      'serviceReceipt',
      SAMPLES.serviceReceipt.input,
      SAMPLES.serviceReceipt.ctx,
    )
    if (!built.ok) throw new Error(built.errors.join('; '))
    const text = squash(pdfText(await renderPdf(built.definition)))
    expect(text).toContain('法定代表人：李建国（签名或者盖章）')
    expect(text).not.toContain('代收人：')
  })

  it('has the servers’ signatures, the proxy’s relationship and the refusal block on one page (CPL Arts. 87–89)', async () => {
    const built = buildDocument(
      'serviceReceipt',
      SAMPLES.serviceReceipt.input,
      SAMPLES.serviceReceipt.ctx,
    )
    if (!built.ok) throw new Error(built.errors.join('; '))
    const pdf = await renderPdf(built.definition)
    expect(pdfPageCount(pdf)).toBe(1)
    const text = squash(pdfText(pdf))
    for (const part of [
      '送达人签名：',
      '代收人与受送达人关系：',
      '拒收事由：',
      '见证人（签名或者盖章）：',
      '见证人单位或者身份：',
      '留置地点：',
      '□以拍照、录像等方式记录送达过程',
    ]) {
      expect(text).toContain(part)
    }
    // The servers sign twice: once as servers, once again on a refusal (CPL Art. 89).
    expect(text.match(/送达人签名：/g)).toHaveLength(2)
  })
})

describe('送达回证 of the notices (《民事诉讼法》第八十七条至第八十九条)', () => {
  it.each(['penaltyNoticeServed', 'hearingNoticeServed'] as const)(
    'the receipt of %s names the notice and its 文号 and keeps to one page',
    async (type) => {
      const issued = [
        {
          kind: 'penaltyNotice' as const,
          docNo: '鄂汉阳市监罚告〔2026〕2号',
          status: 'issued' as const,
          sourceActIds: [],
        },
        {
          kind: 'hearingNotice' as const,
          docNo: '鄂汉阳市监听通〔2026〕1号',
          status: 'issued' as const,
          sourceActIds: [],
        },
      ]
      const src = { facts: pathB(), officerUnits: {}, issued }
      const due = documentsDue(src).find((d) => d.kind === 'serviceReceipt' && d.act.type === type)
      const doc = due && mapDocument(src, 'serviceReceipt', due.act.id)
      if (!doc) throw new Error('notice receipt not mapped')
      const built = buildDocument('serviceReceipt', doc.input, contextOn(doc.documentDate))
      if (!built.ok) throw new Error(built.errors.join('; '))
      const pdf = await renderPdf(built.definition)
      const text = squash(pdfText(pdf))
      expect(text).toContain(
        type === 'penaltyNoticeServed' ? '鄂汉阳市监罚告〔2026〕2号' : '鄂汉阳市监听通〔2026〕1号',
      )
      expect(text).toContain('送达人签名')
      expect(pdfPageCount(pdf)).toBe(1)
    },
  )
})
