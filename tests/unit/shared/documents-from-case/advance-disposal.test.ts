// 先行处置 (《市场监督管理行政处罚程序规定》第四十一条第三款, consolidated text read 2026-12-06):
// goods under 查封/扣押 that may not be kept long are disposed of in advance with the rights
// holder's consent (先行处置物品确认书, form 27) or after a notice when the rights holder is not
// known (先行处置物品公告, form 28); the goods are ones the 查封/扣押 lists, in no larger quantity,
// before the decision. The forms' wording is [U] (docs/domain/documents.md).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument, type CaseSource } from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import {
  checkAct,
  deriveCaseState,
  type Act,
  type ActPayload,
  type CaseFacts,
} from '../../../../shared/domain/case'
import { itemReasons, quantityMilli } from '../../../../shared/domain/case/measure-checks'
import { contextOn } from '../../../fixtures/documents/context'
import { act, pathB } from './paths'

const items = [
  { name: '伊利纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20251002A' },
  { name: '散装桃酥', quantity: '2.5', unit: '千克' },
]
const seized: ActPayload<'coerciveMeasureTaken'> = {
  measure: 'seize',
  items,
  place: '本局涉案物品保管室',
  reason: '当事人涉嫌经营超过保质期的食品',
  legalBasis: '《中华人民共和国食品安全法》第一百一十条第四项',
  days: 30,
  approver: '刘局长',
}
const consent = (measureId: string): ActPayload<'advanceDisposal'> => ({
  sourceActId: measureId,
  items: [{ name: '伊利纯牛奶', quantity: '24', unit: '盒' }],
  reason: 'spoiling',
  ground: 'consent',
  rightsHolder: '武汉市汉阳区鹦鹉食品店有限公司（法定代表人：陈明）',
  evidenceKept: '拍照、录像并抽取样品',
  method: '依法变卖',
  approver: '刘局长',
})

/** pathB up to 立案, a 扣押 and `more` after it (dated from 2026-03-10). */
function seizedCase(more: (measureId: string) => Act[] = () => []): {
  facts: CaseFacts
  measure: Act
} {
  const base = pathB()
  const filed = base.acts.findIndex((a) => a.type === 'caseFiled')
  const s = act('coerciveMeasureTaken', '2026-03-10', seized)
  return {
    facts: { ...base, acts: [...base.acts.slice(0, filed + 1), s, ...more(s.id)] },
    measure: s,
  }
}
const source = (facts: CaseFacts): CaseSource => ({ facts, officerUnits: {}, issued: [] })
const check = (facts: CaseFacts, a: Act) => {
  const r = checkAct(facts, a)
  return r.ok ? [] : [r.message]
}

describe('先行处置 checks (SAMR-PR Art. 41 para 3)', () => {
  it.each<[string, Partial<ActPayload<'advanceDisposal'>>, string[]]>([
    ['the whole of one listed item, with consent', {}, []],
    [
      'part of a listed item (12 of 24 盒)',
      { items: [{ name: '伊利纯牛奶', quantity: '12', unit: '盒' }] },
      [],
    ],
    [
      'more than listed',
      { items: [{ name: '伊利纯牛奶', quantity: '25', unit: '盒' }] },
      ['“伊利纯牛奶”清单所列24盒，本次先行处置25盒超出清单数量'],
    ],
    [
      'an item the 扣押 does not list',
      { items: [{ name: '鲜鸡蛋', quantity: '10', unit: '千克' }] },
      ['“鲜鸡蛋”不在所选记录的物品清单中，请按清单填写名称和单位'],
    ],
    [
      'a notice whose claim day is not after the notice',
      { ground: 'publicNotice', rightsHolder: undefined, claimBy: '2026-03-12' },
      ['公告期满日期应晚于公告之日'],
    ],
  ])('%s', (_name, over, reasons) => {
    const { facts, measure } = seizedCase()
    const a = act('advanceDisposal', '2026-03-12', { ...consent(measure.id), ...over })
    const errors = check(facts, a)
    if (reasons.length === 0) expect(errors).toEqual([])
    for (const r of reasons) expect(errors.join('；')).toContain(r)
  })

  it('schema: consent needs the rights holder, a notice its claim day (Chinese messages)', () => {
    const { facts, measure } = seizedCase()
    const noHolder = act('advanceDisposal', '2026-03-12', {
      ...consent(measure.id),
      rightsHolder: '',
    })
    expect(check(facts, noHolder).join('；')).toContain('请填写权利人')
    const noDay = act('advanceDisposal', '2026-03-12', {
      ...consent(measure.id),
      ground: 'publicNotice',
    })
    expect(check(facts, noDay).join('；')).toContain('请填写公告期满日期')
  })

  it('a second 先行处置 counts what the first took (24 盒 listed: 20 then 5 is refused)', () => {
    const { facts, measure } = seizedCase((id) => [
      act('advanceDisposal', '2026-03-12', {
        ...consent(id),
        items: [{ name: '伊利纯牛奶', quantity: '20', unit: '盒' }],
      }),
    ])
    const again = act('advanceDisposal', '2026-03-13', {
      ...consent(measure.id),
      items: [{ name: '伊利纯牛奶', quantity: '5', unit: '盒' }],
    })
    expect(check(facts, again).join('；')).toContain(
      '此前已处理或先行处置20盒，本次先行处置5盒超出清单数量',
    )
  })

  it('涉案物品处理 after a 先行处置 counts the goods disposed of (24 盒: 24 sold, none left to return)', () => {
    const { facts, measure } = seizedCase((id) => [
      act('advanceDisposal', '2026-03-12', consent(id)),
      act('coerciveMeasureLifted', '2026-03-20', { measureActId: id, ground: 'notNeeded' }),
    ])
    const handled = act('seizedItemsHandled', '2026-03-20', {
      sourceActId: measure.id,
      items: [{ name: '伊利纯牛奶', quantity: '24', unit: '盒', disposition: 'returned' }],
      place: '本局涉案物品保管室',
      handlerIds: facts.officers.map((o) => o.officerId),
    })
    expect(check(facts, handled).join('；')).toContain(
      '此前已处理或先行处置24盒，本次处理24盒超出清单数量',
    )
    const biscuits = act('seizedItemsHandled', '2026-03-20', {
      ...(handled.payload as ActPayload<'seizedItemsHandled'>),
      items: [{ name: '散装桃酥', quantity: '2.5', unit: '千克', disposition: 'returned' }],
    })
    expect(check(facts, biscuits)).toEqual([])
  })

  it('gate: only while a 查封/扣押 is in force and before the decision (在确定为罚没财物前)', () => {
    const before = pathB()
    const filed = before.acts.findIndex((a) => a.type === 'caseFiled')
    const none = { ...before, acts: before.acts.slice(0, filed + 1) }
    const reasons = (c: CaseFacts) =>
      deriveCaseState(c, '2026-03-12').blockedActs.find((b) => b.type === 'advanceDisposal')
        ?.reasons ?? []
    expect(reasons(none)).toContain('没有未解除的查封、扣押，请先记录“查封/扣押”')
    expect(reasons(seizedCase().facts)).toEqual([])
    const all = pathB()
    const decision = all.acts.findIndex((a) => a.type === 'penaltyDecision')
    const decided = { ...all, acts: all.acts.slice(0, decision + 1) }
    const on = decided.acts.at(-1)!.occurredOn
    expect(
      deriveCaseState(decided, on).blockedActs.find((b) => b.type === 'advanceDisposal')?.reasons,
    ).toContain('本案已作出处理决定，涉案物品按决定处理，不再先行处置')
  })
})

describe('涉案物品处理 quantities against the list (item-by-item, SAMR-PR Art. 42 para 2)', () => {
  it.each<[string, string[], string[]]>([
    ['as listed', ['24', '2.5'], []],
    ['less than listed', ['10', '1.25'], []],
    ['decimals compared exactly (2.5 listed, 2.501 handled)', ['24', '2.501'], ['散装桃酥']],
    ['more than listed', ['30', '2.5'], ['伊利纯牛奶']],
  ])('%s', (_name, [milk = '', biscuits = ''], over) => {
    const taken = [
      { name: '伊利纯牛奶', quantity: milk, unit: '盒' },
      { name: '散装桃酥', quantity: biscuits, unit: '千克' },
    ]
    const reasons = itemReasons(items, taken, [], '处理')
    expect(reasons).toHaveLength(over.length)
    over.forEach((name, i) => expect(reasons[i]).toContain(`“${name}”`))
  })

  it('quantityMilli reads typed quantities without floating point', () => {
    expect([quantityMilli('24'), quantityMilli('2.5'), quantityMilli('0.125')]).toEqual([
      24000, 2500, 125,
    ])
  })

  it('checkAct refuses handling more 伊利纯牛奶 than the 扣押 lists', () => {
    const { facts, measure } = seizedCase()
    const handled = act('seizedItemsHandled', '2026-03-20', {
      sourceActId: measure.id,
      items: [{ name: '伊利纯牛奶', quantity: '48', unit: '盒', disposition: 'returned' }],
      place: '本局涉案物品保管室',
      handlerIds: facts.officers.map((o) => o.officerId),
    })
    expect(check(facts, handled).join('；')).toContain(
      '“伊利纯牛奶”清单所列24盒，本次处理48盒超出清单数量',
    )
  })
})

describe('forms 27 and 28 from the 先行处置 act', () => {
  it.each([
    ['consent → 先行处置物品确认书 (form 27)', 'consent', 'advanceDisposalConfirmation'],
    ['rights holder unknown → 先行处置物品公告 (form 28)', 'publicNotice', 'advanceDisposalNotice'],
  ] as const)('%s: due once, nothing asked, builds', (_name, ground, kind) => {
    const { facts } = seizedCase((id) => [
      act('advanceDisposal', '2026-03-12', {
        ...consent(id),
        ground,
        ...(ground === 'publicNotice' ? { rightsHolder: undefined, claimBy: '2026-03-22' } : {}),
      }),
    ])
    const src = source(facts)
    const due = documentsDue(src).filter((d) => d.act.type === 'advanceDisposal')
    expect(due.map((d) => d.kind)).toEqual([kind])
    expect(due[0]!.title).toBe(
      kind === 'advanceDisposalNotice' ? '先行处置物品公告' : '先行处置物品确认书',
    )
    const doc = mapDocument(src, kind, due[0]!.act.id)!
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      measure: '扣押',
      decisionDate: '2026-03-10',
      reason: '容易变质',
      goods: [{ name: '伊利纯牛奶', quantity: '24', unit: '盒' }],
      method: '依法变卖',
    })
    const built = buildDocument(kind, doc.input, contextOn(doc.documentDate))
    expect(built.ok ? [] : built.errors).toEqual([])
  })
})
