// 送达回证 from a 决定书送达 act: the 受送达人 is the party, the person who signs for it is named in
// its box and anyone else who signed is printed as 代收人 (《民事诉讼法》第八十八条;
// docs/domain/visit-and-service.md).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument } from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import {
  addresseeOf,
  signatoryOf,
  signedBySignatory,
} from '../../../../shared/documents/templates/service-receipt'
import type { CaseFacts, Party } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { officers, pathB } from './paths'

const company: Party = {
  kind: 'organisation',
  name: '武汉市汉阳区鹦鹉食品店有限公司',
  uscc: '91420105MA4K3ABC1E',
  legalRepresentative: '陈明',
  address: '武汉市汉阳区鹦鹉大道18号',
}
const branch: Party = {
  ...company,
  name: '武汉某连锁超市有限公司汉阳分店',
  legalRepresentative: '周红',
  representativeTitle: '负责人',
}
const shop: Party = {
  kind: 'soleTrader',
  name: '汉阳区晴川副食店',
  operatorName: '王小平',
  operatorIdNo: '420105198805060012',
  address: '武汉市汉阳区晴川大道6号',
}
const noTradeName: Party = { ...shop, name: '王小平' }
const person: Party = {
  kind: 'naturalPerson',
  name: '李秀英',
  idType: 'residentId',
  idNo: '420105197603150028',
  address: '武汉市汉阳区琴台路9号',
}

/** pathB (a penalty decision served directly) with another party and signer. */
function served(party: Party, recipient: string): CaseFacts {
  const facts = pathB()
  facts.party = party
  for (const a of facts.acts) {
    if (a.type === 'decisionServed') a.payload = { ...a.payload, recipient }
  }
  return facts
}

function receiptInput(facts: CaseFacts): Record<string, unknown> {
  const src = { facts, officerUnits: { [officers[0]!.officerId]: '食品安全监管科' }, issued: [] }
  const due = documentsDue(src).find(
    (d) => d.kind === 'serviceReceipt' && d.act.type === 'decisionServed',
  )
  if (!due) throw new Error('serviceReceipt not due')
  const doc = mapDocument(src, 'serviceReceipt', due.act.id)
  if (!doc) throw new Error('serviceReceipt not mapped')
  return doc.input
}

describe('送达回证 受送达人 and signatory (《民事诉讼法》第八十八条)', () => {
  it.each<[string, Party, string, string, { title: string; name: string }]>([
    [
      'organisation: 法定代表人',
      company,
      '陈明',
      '武汉市汉阳区鹦鹉食品店有限公司',
      { title: '法定代表人', name: '陈明' },
    ],
    [
      'other organisation: 负责人',
      branch,
      '周红',
      '武汉某连锁超市有限公司汉阳分店',
      { title: '负责人', name: '周红' },
    ],
    [
      '个体工商户: 经营者',
      shop,
      '王小平',
      '汉阳区晴川副食店（经营者：王小平）',
      { title: '经营者', name: '王小平' },
    ],
    [
      '个体工商户 without 字号',
      noTradeName,
      '王小平',
      '王小平',
      { title: '经营者', name: '王小平' },
    ],
    ['natural person: 本人', person, '李秀英', '李秀英', { title: '本人', name: '李秀英' }],
  ])('%s', (_name, party, recipient, addressee, signatory) => {
    const input = receiptInput(served(party, recipient))
    expect(input.addressee).toBe(addressee)
    expect(input.signatory).toEqual(signatory)
    expect(input.signedBy).toBe(recipient)
  })

  it.each<[string, string, string, boolean]>([
    ['the signatory signed', '陈明', '陈明', true],
    ['the signatory with a note', '陈明', '陈明（法定代表人）', true],
    ['spaces typed in the name', '陈明', ' 陈 明 ', true],
    ['nobody recorded yet (blank form)', '陈明', '', true],
    ['the office clerk signed (负责收件的人)', '陈明', '张华', false],
    ['a family member signed (同住成年家属)', '李秀英', '王强（丈夫）', false],
  ])('signedBySignatory: %s', (_name, signatory, signedBy, own) => {
    expect(signedBySignatory({ title: '法定代表人', name: signatory }, signedBy)).toBe(own)
  })

  it('the mapped input builds for every kind of party', () => {
    for (const [party, recipient] of [
      [company, '陈明'],
      [shop, '王小平'],
      [person, '李秀英'],
      [company, '张华'],
    ] as const) {
      const built = buildDocument('serviceReceipt', receiptInput(served(party, recipient)), {
        ...hanyangContext,
        documentDate: '2026-05-13',
      })
      expect(built.ok, `${party.name}/${recipient}`).toBe(true)
    }
  })

  it('addresseeOf and signatoryOf read the document party', () => {
    const doc: Party = {
      kind: 'organisation',
      name: '某公司',
      address: '某地',
      legalRepresentative: '甲',
      representativeTitle: '法定代表人',
    }
    expect(addresseeOf(doc)).toBe('某公司')
    expect(signatoryOf(doc)).toEqual({ title: '法定代表人', name: '甲' })
  })
})
