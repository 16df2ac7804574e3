// 信用公示: clocks (市场监督管理行政处罚信息公示规定 Art. 2, Arts. 9–12), 信息摘要 (Art. 4) and the
// masking of natural persons' personal data (Art. 7); docs/domain/statistics.md.
import { describe, expect, it } from 'vitest'
import { checkAct, type ActOf, type Party } from '@shared/domain/case'
import {
  definitionText,
  publicationClock,
  publicationSummary,
  redactPersonalData,
  summariesCsv,
  summaryText,
} from '@shared/publication'
import { act, makeCase, P, penalty, uid } from '../domain/case/builders'

const decisionId = uid(7001)
const decided = (over = {}) =>
  act(
    'penaltyDecision',
    '2026-03-05',
    P.decision({ documentNo: '鄂汉阳市监处罚〔2026〕3号', ...over }),
    decisionId,
  )
const published = (on: string, link?: string) =>
  act('publicised', on, { platform: '国家企业信用信息公示系统', ...(link ? { link } : {}) })

describe('publication clock (PubRule Arts. 9–12: publish within 20 working days, withdraw within 3)', () => {
  it('decided Thu 2026-03-05: publish by 2026-04-02 (20 WD); published 03-20 = met, link kept', () => {
    const c = makeCase([decided(), published('2026-03-20', 'https://www.gsxt.gov.cn/x')])
    expect(publicationClock(c, '2026-05-01')).toMatchObject({
      status: 'met',
      publishBy: '2026-04-02',
      publishedOn: '2026-03-20',
      link: 'https://www.gsxt.gov.cn/x',
    })
  })
  it('not published by 2026-04-02: running on 04-02, overdue on 04-03', () => {
    const c = makeCase([decided()])
    expect(publicationClock(c, '2026-04-02')?.status).toBe('running')
    expect(publicationClock(c, '2026-04-03')?.status).toBe('overdue')
  })
  it('warning only is not published (PubRule Art. 2 para 2)', () => {
    const c = makeCase([decided({ penalty: penalty({ warning: true, fineFen: 0 }) })])
    expect(publicationClock(c, '2026-05-01')).toMatchObject({ status: 'notRequired' })
    expect(publicationClock(c, '2026-05-01')?.publishBy).toBeUndefined()
  })
  it('revoked (撤销) on Tue 2026-03-10 after publication: take down by Fri 03-13', () => {
    const c = makeCase([
      decided(),
      published('2026-03-06'),
      act('actVoided', '2026-03-10', {
        targetActId: decisionId,
        kind: 'revoked',
        reason: '事实不清',
      }),
    ])
    const clock = publicationClock(c, '2026-03-16')
    expect(clock?.status).toBe('revoked')
    expect(clock?.withdrawal).toEqual({
      reason: '处罚决定已撤销：事实不清',
      from: '2026-03-10',
      withdrawBy: '2026-03-13',
      overdue: true,
    })
  })
  it('annulled on review Thu 2026-04-30: take down by 05-08 (劳动节 1–5 May off)', () => {
    const c = makeCase([
      decided(),
      published('2026-03-06'),
      act('remedyFiled', '2026-03-20', { kind: 'review', body: '某区人民政府' }),
      act('remedyConcluded', '2026-04-30', { result: 'annulled' }),
    ])
    expect(publicationClock(c, '2026-05-08')?.withdrawal).toMatchObject({
      from: '2026-04-30',
      withdrawBy: '2026-05-08',
      overdue: false,
    })
  })
  it('a 撤下公示 recorded on 03-12 meets the take-down clock (PubRule Art. 12)', () => {
    const c = makeCase([
      decided(),
      published('2026-03-06'),
      act('actVoided', '2026-03-10', {
        targetActId: decisionId,
        kind: 'revoked',
        reason: '事实不清',
      }),
      act('publicationWithdrawn', '2026-03-12', { platform: '国家企业信用信息公示系统' }),
    ])
    expect(publicationClock(c, '2026-03-16')?.withdrawal).toMatchObject({
      withdrawBy: '2026-03-13',
      withdrawnOn: '2026-03-12',
      overdue: false,
    })
  })
  it('撤下公示 is recorded only when published information must come down, and only once', () => {
    const annulled = [
      decided(),
      published('2026-03-06'),
      act('remedyFiled', '2026-03-20', { kind: 'review', body: '某区人民政府' }),
      act('remedyConcluded', '2026-04-30', { result: 'annulled' }),
    ]
    const withdraw = (on: string) =>
      act('publicationWithdrawn', on, { platform: '国家企业信用信息公示系统' })
    expect(checkAct(makeCase(annulled), withdraw('2026-05-06'))).toEqual({ ok: true })
    const upheld = [
      ...annulled.slice(0, 3),
      act('remedyConcluded', '2026-04-30', { result: 'upheld' }),
    ]
    const refused = checkAct(makeCase(upheld), withdraw('2026-05-06'))
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.message).toContain('没有需要撤下的公示信息')
    expect(
      checkAct(makeCase([...annulled, withdraw('2026-05-06')]), withdraw('2026-05-07')).ok,
    ).toBe(false)
  })
  it('a case without an ordinary penalty decision has no clock', () => {
    expect(
      publicationClock(makeCase([act('caseFiled', '2026-03-01', P.filed())]), '2026-05-01'),
    ).toBe(undefined)
  })
})

const person: Party = {
  kind: 'naturalPerson',
  name: '李娜',
  idType: 'residentId',
  idNo: '420105198503120021',
  address: '武汉市汉阳区钟家村12号',
  phone: '13907100002',
}
const trader: Party = {
  kind: 'soleTrader',
  name: '汉阳区老王烟酒店',
  operatorName: '王强',
  operatorIdNo: '42010519790605001X',
  address: '武汉市汉阳区四新大道6号',
  phone: '13607100003',
}
const org: Party = {
  kind: 'organisation',
  name: '武汉市汉阳区鑫源商贸有限公司',
  uscc: '91420105MA4K00011X',
  legalRepresentative: '张伟',
  address: '武汉市汉阳区龙阳大道88号',
}

describe("masking natural persons' data in published text (PubRule Art. 7)", () => {
  it.each([
    [
      'natural person: ID, address and phone masked, name kept',
      person,
      '当事人：李娜，身份证号码：420105198503120021，住址：武汉市汉阳区钟家村12号，电话：13907100002。',
      '当事人：李娜，身份证号码：4201**********0021，住址：（住址已隐去），电话：139****0002。',
    ],
    [
      '个体工商户: operator ID and phone masked; trade name and 经营场所 kept',
      trader,
      '当事人：汉阳区老王烟酒店，经营者：王强，身份证号码：42010519790605001X，经营场所：武汉市汉阳区四新大道6号，电话：13607100003。',
      '当事人：汉阳区老王烟酒店，经营者：王强，身份证号码：4201**********001X，经营场所：武汉市汉阳区四新大道6号，电话：136****0003。',
    ],
    [
      'organisation: name, USCC, legal representative and address kept',
      org,
      '当事人：武汉市汉阳区鑫源商贸有限公司，统一社会信用代码：91420105MA4K00011X，法定代表人：张伟，住所：武汉市汉阳区龙阳大道88号。',
      '当事人：武汉市汉阳区鑫源商贸有限公司，统一社会信用代码：91420105MA4K00011X，法定代表人：张伟，住所：武汉市汉阳区龙阳大道88号。',
    ],
    [
      'other persons named in the text: any resident ID or mobile number masked',
      org,
      '证人赵六（身份证号码110105194912310021，电话18612345678）证实。',
      '证人赵六（身份证号码1101**********0021，电话186****5678）证实。',
    ],
  ])('%s', (_name, party, text, expected) => {
    expect(redactPersonalData(text, party)).toBe(expected)
  })
})

describe('行政处罚信息摘要 (PubRule Art. 4 para 3)', () => {
  const decision = decided({
    penalty: penalty({ warning: true, fineFen: 500_000, confiscatedGainsFen: 20_000 }),
  }) as ActOf<'penaltyDecision'>
  it('natural person: masked ID, hidden address; every required item present', () => {
    const s = publicationSummary(
      makeCase([decision], { party: person }),
      decision,
      '武汉市汉阳区市场监督管理局',
    )
    expect(summaryText(s)).toBe(
      [
        '行政处罚信息摘要',
        '行政处罚决定书文号：鄂汉阳市监处罚〔2026〕3号',
        '当事人基本情况：姓名：李娜；身份证件号码：4201**********0021；住址：（住址已隐去）',
        '违法行为类型：销售过期食品',
        '行政处罚内容：警告；罚款人民币5,000.00元；没收违法所得人民币200.00元',
        '作出行政处罚决定的机关名称：武汉市汉阳区市场监督管理局',
        '作出行政处罚决定的日期：2026年3月5日',
      ].join('\n'),
    )
    expect(summaryText(s)).not.toContain('420105198503120021')
  })
  it('batch CSV: BOM, header, quoted cells', () => {
    const s = publicationSummary(makeCase([decision], { party: org }), decision, '某局')
    const csv = summariesCsv([s, { ...s, violationType: '含"引号",逗号' }])
    expect(csv.startsWith('\uFEFF行政处罚决定书文号,')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(4)
    expect(csv).toContain('"含""引号"",逗号"')
    expect(csv).toContain('统一社会信用代码：91420105MA4K00011X')
  })
})

describe('decision text from a document definition', () => {
  it('inline runs joined, blocks and table rows on their own lines', () => {
    const def = {
      header: 'ignored',
      content: [
        { text: '行政处罚决定书', style: 'title' },
        { text: ['当事人：', { text: '李娜', bold: true }] },
        { stack: ['第一段', { text: '第二段' }] },
        {
          table: {
            body: [
              ['项目', '金额'],
              ['罚款', { text: '5000元' }],
            ],
          },
        },
      ],
    }
    expect(definitionText(def)).toBe(
      '行政处罚决定书\n当事人：李娜\n第一段\n第二段\n项目  金额\n罚款  5000元',
    )
  })
})
