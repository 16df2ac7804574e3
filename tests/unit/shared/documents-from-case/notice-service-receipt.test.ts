// 送达回证 of the notices served on a party besides the 告知书 and 听证通知书: 责令改正通知书, 行政约谈
// 通知书, 询问通知书, 限期提供材料通知书 and 行政提醒书. Each served notice has its receipt with the
// fields of 《民事诉讼法》第八十七条至第八十九条 (SAMR-PR 第八十二条 applies them), naming the notice
// and its 文号 (docs/domain/visit-and-service.md).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument, type CaseSource } from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { Act, ActType, CaseFacts } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, pathB } from './paths'

const SERVED: Array<[string, Act, string]> = [
  [
    '责令改正通知书 (APL Art. 28)',
    act('correctionOrderServed', '2026-03-03', {
      documentNo: '鄂汉阳市监责改〔2026〕3号',
      violation: '未建立食品进货查验记录制度',
      legalBasis: '《中华人民共和国食品安全法》第五十三条',
      requirement: '建立进货查验记录制度',
      mode: 'byDate',
      correctBy: '2026-03-13',
      serviceMethod: 'direct',
    }),
    '责令改正通知书',
  ],
  [
    '行政约谈通知书 (鄂市监法〔2022〕42号)',
    act('interviewNoticeServed', '2026-03-04', {
      scheduledOn: '2026-03-09',
      place: '汉阳区市场监管局三楼会议室',
      attendeeName: '陈明',
      attendeeRole: '法定代表人',
      reason: '食品进货查验记录不全',
      legalBasis: '《湖北省市场监督管理局关于全面推行服务型监管的实施意见》',
      serviceMethod: 'mail',
    }),
    '行政约谈通知书',
  ],
  [
    '询问通知书 (SAMR-PR Art. 30)',
    act('inquiryNoticeServed', '2026-03-05', {
      documentNo: '鄂汉阳市监询〔2026〕5号',
      scheduledOn: '2026-03-10',
      place: '汉阳区市场监管局二楼询问室',
      matters: '你单位经营超过保质期食品的有关情况',
      serviceMethod: 'direct',
    }),
    '询问通知书',
  ],
  [
    '限期提供材料通知书 (SAMR-PR Art. 30 para 1)',
    act('materialsRequested', '2026-03-06', {
      documentNo: '鄂汉阳市监限〔2026〕6号',
      materials: ['近三个月的进货票据'],
      provideBy: '2026-03-16',
      serviceMethod: 'direct',
    }),
    '限期提供材料通知书',
  ],
  [
    '行政提醒书 (鄂市监法〔2022〕42号 item 九)',
    act('administrativeReminder', '2026-03-07', {
      method: 'written',
      content: '请规范食品进货查验记录',
      documentNo: '鄂汉阳市监提〔2026〕7号',
      serviceMethod: 'direct',
    }),
    '行政提醒书',
  ],
]

function withActs(...extra: Act[]): CaseFacts {
  const facts = pathB()
  facts.acts = [...facts.acts, ...extra].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
  return facts
}

function source(facts: CaseFacts, issued: CaseSource['issued'] = []): CaseSource {
  return { facts, officerUnits: {}, issued }
}

function receiptOf(src: CaseSource, type: ActType) {
  const due = documentsDue(src).filter((d) => d.kind === 'serviceReceipt' && d.act.type === type)
  expect(due, type).toHaveLength(1)
  const doc = mapDocument(src, 'serviceReceipt', due[0]!.act.id)
  if (!doc) throw new Error(`${type}: not mapped`)
  return doc
}

describe('送达回证 of the served notices (《民事诉讼法》第八十七条至第八十九条)', () => {
  it.each(SERVED)(
    '%s: due after the notice, nothing asked, names the notice, builds',
    (_n, served, title) => {
      const src = source(withActs(served))
      const kinds = documentsDue(src)
        .filter((d) => d.act.id === served.id)
        .map((d) => d.kind)
      expect(kinds.at(-1)).toBe('serviceReceipt')
      expect(kinds.length).toBeGreaterThan(1)
      const doc = receiptOf(src, served.type)
      expect(doc.missing).toEqual([])
      const typed = 'documentNo' in served.payload ? served.payload.documentNo : undefined
      expect(doc.input.documents).toEqual([{ title, number: typed ?? '' }])
      expect(doc.input).toMatchObject({
        addressee: '武汉市汉阳区鹦鹉食品店有限公司',
        signatory: { title: '法定代表人', name: '陈明' },
        place: '武汉市汉阳区鹦鹉大道18号',
        method: 'serviceMethod' in served.payload ? served.payload.serviceMethod : undefined,
        servedOn: served.occurredOn,
      })
      const built = buildDocument('serviceReceipt', doc.input, {
        ...hanyangContext,
        documentDate: doc.documentDate,
      })
      expect(built.ok ? [] : built.errors).toEqual([])
    },
  )

  it('each of two 询问通知书 names its own issued number', () => {
    const first = SERVED[2]![1]
    const second = act('inquiryNoticeServed', '2026-03-12', {
      scheduledOn: '2026-03-15',
      place: '汉阳区市场监管局二楼询问室',
      matters: '补充询问',
      serviceMethod: 'direct',
    })
    const noTyped = { ...first, payload: { ...first.payload, documentNo: undefined } } as Act
    const src = source(withActs(noTyped, second), [
      {
        kind: 'inquiryNotice',
        docNo: '询〔2026〕1号',
        status: 'issued',
        sourceActIds: [noTyped.id],
      },
      {
        kind: 'inquiryNotice',
        docNo: '询〔2026〕2号',
        status: 'issued',
        sourceActIds: [second.id],
      },
    ])
    const numbers = documentsDue(src)
      .filter((d) => d.kind === 'serviceReceipt' && d.act.type === 'inquiryNoticeServed')
      .map(
        (d) =>
          (
            mapDocument(src, 'serviceReceipt', d.act.id)!.input.documents as { number: string }[]
          )[0]!.number,
      )
    expect(numbers).toEqual(['询〔2026〕1号', '询〔2026〕2号'])
  })

  it('a 限期提供材料通知书 to another unit (SAMR-PR Art. 30 para 1): that unit is 受送达人, place asked', () => {
    const toOther = act('materialsRequested', '2026-03-06', {
      addressee: '武汉某冷链物流有限公司',
      materials: ['2026年2月的出入库记录'],
      provideBy: '2026-03-16',
      serviceMethod: 'mail',
    })
    const doc = receiptOf(source(withActs(toOther)), 'materialsRequested')
    expect(doc.input.addressee).toBe('武汉某冷链物流有限公司')
    expect(doc.input.signatory).toBeUndefined()
    expect(doc.missing.map((m) => m.path)).toEqual(['place'])
  })

  it('an older 行政提醒 without a service method asks for it; the typed label is accepted', () => {
    const older = act('administrativeReminder', '2026-03-07', {
      method: 'written',
      content: '请规范食品进货查验记录',
    })
    const doc = receiptOf(source(withActs(older)), 'administrativeReminder')
    expect(doc.missing.map((m) => m.path)).toEqual(['method'])
    const built = buildDocument(
      'serviceReceipt',
      { ...doc.input, method: '邮寄送达' },
      { ...hanyangContext, documentDate: doc.documentDate },
    )
    expect(built.ok).toBe(true)
  })
})

describe('公告送达 of a served notice (SAMR-PR Art. 82(五): every 执法文书)', () => {
  it('a 询问通知书 served by public notice gets the 行政处罚文书送达公告 naming it; the reason is asked', () => {
    const notice = act('inquiryNoticeServed', '2026-03-05', {
      documentNo: '鄂汉阳市监询〔2026〕5号',
      scheduledOn: '2026-04-20',
      place: '汉阳区市场监管局二楼询问室',
      matters: '你单位经营超过保质期食品的有关情况',
      serviceMethod: 'publicNotice',
    })
    const src = source(withActs(notice))
    const due = documentsDue(src)
      .filter((d) => d.act.id === notice.id)
      .map((d) => d.kind)
    expect(due).toContain('servicePublicNotice')
    const doc = mapDocument(src, 'servicePublicNotice', notice.id)!
    expect(doc.input).toMatchObject({
      documentTitle: '询问通知书',
      documentNumber: '鄂汉阳市监询〔2026〕5号',
      isDecision: false,
    })
    expect(doc.missing.map((m) => m.path)).toEqual(['reason'])
    const built = buildDocument(
      'servicePublicNotice',
      { ...doc.input, reason: '当事人下落不明，邮寄送达被退回' },
      { ...hanyangContext, documentDate: doc.documentDate },
    )
    expect(built.ok ? [] : built.errors).toEqual([])
  })

  it('a notice served directly gets no 送达公告', () => {
    const src = source(withActs(SERVED[2]![1]))
    expect(documentsDue(src).some((d) => d.kind === 'servicePublicNotice')).toBe(false)
  })
})
