// 典型案例 (鄂市监法〔2022〕42号 十四、十八): names and personal data masked by rule; draft from a closed
// case; export refused while a part is empty (docs/domain/statistics.md).
import { describe, expect, it } from 'vitest'
import type { Party } from '@shared/domain/case'
import {
  isTypicalCaseCandidate,
  maskOrganisationName,
  maskPersonName,
  typicalCaseDraft,
  typicalCaseProblems,
  typicalCaseText,
} from '@shared/publication'
import { act, makeCase, P, penalty, uid } from '../domain/case/builders'

describe('names as published', () => {
  it.each([
    ['赵玥镕', '赵某'],
    ['李娜', '李某'],
    ['欧阳娜娜', '欧阳某'],
    ['司马', '司某'],
  ])('natural person %s → %s', (name, masked) => {
    expect(maskPersonName(name)).toBe(masked)
  })
  it.each([
    ['武汉市汉阳区鑫源商贸有限公司', '武汉市汉阳区某有限公司'],
    ['湖北省武汉市江汉区锦程加油站有限公司', '湖北省武汉市江汉区某有限公司'],
    ['汉阳区钟家村堃淼便利店', '汉阳区某便利店'],
    ['鑫源股份有限公司', '某股份有限公司'],
    ['老王烟酒', '某'],
  ])('organisation %s → %s', (name, masked) => {
    expect(maskOrganisationName(name)).toBe(masked)
  })
})

const person: Party = {
  kind: 'naturalPerson',
  name: '赵玥镕',
  idType: 'residentId',
  idNo: '42010519850505201X',
  address: '武汉市汉阳区四新北路66号',
  phone: '13607150003',
}
const org: Party = {
  kind: 'organisation',
  name: '武汉市汉阳区鑫源商贸有限公司',
  legalRepresentative: '李建国',
  address: '武汉市汉阳区汉阳大道588号',
}

const draft = (party: Party) => ({
  title: `${party.name}销售过期食品案`,
  facts: `${party.name}（身份证号码42010519850505201X，住址武汉市汉阳区四新北路66号，电话13607150003）销售过期食品。法定代表人李建国到场。`,
  handling: '罚款人民币5,000.00元。',
  basis: '《中华人民共和国食品安全法》第一百二十四条',
  lesson: '经营者应当定期检查库存食品。',
})

describe('典型案例 text: masking by rule', () => {
  it.each([
    [
      'natural person: name → 赵某, ID masked, address hidden, phone masked',
      person,
      false,
      [
        '典型案例：赵某销售过期食品案',
        '赵某（身份证号码4201**********201X，住址（住址已隐去），电话136****0003）',
      ],
      ['赵玥镕', '42010519850505201X', '四新北路66号', '13607150003'],
    ],
    [
      'organisation masked: distinctive name replaced, legal representative → 李某',
      org,
      false,
      ['典型案例：武汉市汉阳区某有限公司销售过期食品案', '法定代表人李某到场'],
      ['鑫源商贸', '李建国', '42010519850505201X', '13607150003'],
    ],
    [
      'organisation kept (处罚到人, item 十四): name stays, persons still masked',
      org,
      true,
      ['典型案例：武汉市汉阳区鑫源商贸有限公司销售过期食品案', '法定代表人李某到场'],
      ['李建国', '42010519850505201X'],
    ],
  ])('%s', (_n, party, keep, present, absent) => {
    const text = typicalCaseText(draft(party), party, { keepOrganisationName: keep })
    for (const s of present) expect(text).toContain(s)
    for (const s of absent) expect(text).not.toContain(s)
    expect(text).toMatch(/一、案情[\s\S]*二、处理[\s\S]*三、法律依据[\s\S]*四、以案释法/)
  })
})

describe('draft from a closed case', () => {
  const decisionId = uid(8801)
  const closed = makeCase([
    act('clueRegistered', '2026-03-02', P.clue()),
    act('caseFiled', '2026-03-03', P.filed()),
    act(
      'investigationConcluded',
      '2026-03-20',
      P.concluded({ summary: '经查，当事人销售过期食品10件。' }),
    ),
    act(
      'penaltyDecision',
      '2026-04-08',
      P.decision({ penalty: penalty({ fineFen: 500_000 }) }),
      decisionId,
    ),
    act('decisionServed', '2026-04-08', P.served(decisionId)),
    act('paymentMade', '2026-04-10', { kind: 'fine', amountFen: 500_000 }),
    act('caseClosed', '2026-04-20', { reason: 'executed', approver: '局长' }),
  ])
  it('only closed cases with a decision are candidates', () => {
    expect(isTypicalCaseCandidate(closed)).toBe(true)
    expect(isTypicalCaseCandidate(makeCase(closed.acts.slice(0, 5)))).toBe(false)
  })
  it('案情, 处理 and 法律依据 from the case; 以案释法 left to the officer and required', () => {
    const d = typicalCaseDraft(closed, '武汉市汉阳区市场监督管理局')
    expect(d.title).toBe('某某食品有限公司销售过期食品案')
    expect(d.facts).toBe(
      '2026年6月1日，武汉市汉阳区市场监督管理局在监督检查中发现，某某食品有限公司涉嫌销售过期食品。经查，当事人销售过期食品10件。',
    )
    expect(d.handling).toBe(
      '2026年4月8日，武汉市汉阳区市场监督管理局依法对当事人作出行政处罚：罚款人民币5,000.00元。',
    )
    expect(d.basis).toBe('《食品安全法》第一百二十四条')
    expect(typicalCaseProblems(d)).toEqual(['请填写以案释法'])
    expect(typicalCaseProblems({ ...d, lesson: '引导经营者自查。' })).toEqual([])
  })
})
