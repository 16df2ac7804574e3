// The clocks of the investigation's requests: 限期提供材料 (MATERIALS_DUE, the day set in the notice,
// SAMR-PR Art. 30 para 1) and 协助调查 (ASSISTANCE_REPLY, 15 working days, SAMR-PR Art. 45 para 2);
// docs/domain/deadlines.md. The statistics derive the same duties (countedDeadlines).
import { describe, expect, it } from 'vitest'
import { activeCalendar } from '@shared/calendar'
import {
  computeDeadlines,
  defaultRuleSettings,
  viewCase,
  type Act,
  type ActPayload,
  type CaseFacts,
  type Deadline,
} from '@shared/domain/case'
import { COUNTED_DEADLINE_RULES, countedDeadlines, dayArithmetic } from '@shared/statistics'
import { act, makeCase, P } from './builders'

const request = (provideBy: string): ActPayload<'materialsRequested'> => ({
  materials: ['近三个月的进货票据'],
  provideBy,
  serviceMethod: 'direct',
})
const letter = (): ActPayload<'assistanceRequested'> => ({
  recipient: '武汉市江岸区市场监督管理局',
  matters: '核实供货单位的经营资质',
})
const evidence = (): ActPayload<'evidenceRecorded'> => ({ items: ['进货票据复印件12张'] })
const filed = (extra: Act[] = []): CaseFacts =>
  makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    ...extra,
  ])
const clock = (ds: Deadline[], id: string, trigger: string) => {
  const d = ds.find((x) => x.ruleId === id && x.triggerActId === trigger)
  if (!d) throw new Error(`deadline ${id} missing`)
  return d
}

describe('MATERIALS_DUE — SAMR-PR Art. 30 para 1: materials by the day set in the notice', () => {
  it.each([
    ['due on the day set (a working day)', '2026-06-08', '2026-06-15', '2026-06-15'],
    // 2026-06-20 is a Saturday: the last day rolls to Monday (SAMR-PR Art. 80).
    [
      'a day set on a Saturday rolls to Monday (SAMR-PR Art. 80)',
      '2026-06-08',
      '2026-06-20',
      '2026-06-22',
    ],
  ])('%s', (_name, on, by, due) => {
    const r = act('materialsRequested', on, request(by))
    const d = clock(computeDeadlines(filed([r]), on), 'MATERIALS_DUE', r.id)
    expect(d).toMatchObject({ dueDate: due, status: 'running', kind: 'duty' })
    expect(d.basis).toContain('第三十条')
  })

  it('one clock per request; met by the next 证据登记 (the materials registered)', () => {
    const a = act('materialsRequested', '2026-06-08', request('2026-06-12'))
    const e = act('evidenceRecorded', '2026-06-11', evidence())
    const b = act('materialsRequested', '2026-06-15', request('2026-06-19'))
    const ds = computeDeadlines(filed([a, e, b]), '2026-06-25')
    expect(clock(ds, 'MATERIALS_DUE', a.id)).toMatchObject({ status: 'met', metOn: '2026-06-11' })
    expect(clock(ds, 'MATERIALS_DUE', b.id)).toMatchObject({ status: 'overdue' })
  })

  it('a request during 核查 is closed by 不予立案 (SAMR-PR Art. 20)', () => {
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('materialsRequested', '2026-06-02', request('2026-06-09')),
      act('filingDeclined', '2026-06-12', {
        ground: 'minorCorrected',
        reason: '违法行为轻微并及时改正，没有造成危害后果',
        approver: '局长',
      }),
    ])
    const r = c.acts[1]!
    const d = clock(computeDeadlines(c, '2026-07-01'), 'MATERIALS_DUE', r.id)
    expect(d).toMatchObject({ status: 'met', metOn: '2026-06-12' })
  })

  it('the end of the investigation (调查终结) closes it', () => {
    const a = act('materialsRequested', '2026-06-08', request('2026-06-12'))
    const c = act('investigationConcluded', '2026-06-30', P.concluded())
    const d = clock(computeDeadlines(filed([a, c]), '2026-07-10'), 'MATERIALS_DUE', a.id)
    expect(d).toMatchObject({ status: 'met', metOn: '2026-06-30', metLate: true })
  })
})

describe('ASSISTANCE_REPLY — SAMR-PR Art. 45 para 2: done within 15 working days', () => {
  it.each([
    // Mon 2026-06-08 + 15 working days: 06-19 端午 (Fri) not counted → Tue 06-30.
    ['letter Mon 2026-06-08 → 端午 not counted → due Tue 06-30', '2026-06-08', '2026-06-30'],
  ])('%s', (_name, on, due) => {
    const l = act('assistanceRequested', on, letter())
    const d = clock(computeDeadlines(filed([l]), on), 'ASSISTANCE_REPLY', l.id)
    expect(d).toMatchObject({ dueDate: due, status: 'running', kind: 'duty' })
    expect(d.basis).toContain('第四十五条')
  })

  it('met by the 证据登记 of the answer', () => {
    const l = act('assistanceRequested', '2026-06-08', letter())
    const e = act('evidenceRecorded', '2026-06-22', evidence())
    const d = clock(computeDeadlines(filed([l, e]), '2026-07-10'), 'ASSISTANCE_REPLY', l.id)
    expect(d).toMatchObject({ status: 'met', metOn: '2026-06-22', metLate: false })
  })
})

describe('the statistics derive the same duties (countedDeadlines = computeDeadlines)', () => {
  it('with preservation, seizure, materials and assistance clocks', () => {
    const items = [{ name: '纯牛奶', quantity: '24', unit: '盒' }]
    const c = filed([
      act('evidencePreserved', '2026-06-08', {
        items,
        storage: 'onSite',
        place: '某仓库',
        approver: '局长',
      }),
      act('materialsRequested', '2026-06-08', request('2026-06-15')),
      act('assistanceRequested', '2026-06-09', letter()),
      act('coerciveMeasureTaken', '2026-06-10', {
        measure: 'seize',
        items,
        place: '本局涉案物品仓库',
        reason: '涉嫌经营超过保质期的食品',
        legalBasis: '《中华人民共和国食品安全法》第一百一十条第四项',
        days: 30,
        approver: '局长',
      }),
      act('evidenceRecorded', '2026-06-12', evidence()),
    ])
    for (const asOf of ['2026-06-10', '2026-06-20', '2026-08-30']) {
      const cal = activeCalendar()
      const expected = computeDeadlines(c, asOf, defaultRuleSettings, cal)
        .filter((d) => COUNTED_DEADLINE_RULES.includes(d.ruleId))
        .map((d) => ({
          ruleId: d.ruleId,
          dueDate: d.dueDate,
          status: d.status,
          metLate: d.metLate,
          mandatory: d.mandatory,
        }))
      expect(expected.map((d) => d.ruleId)).toEqual(
        expect.arrayContaining([
          'PRESERVE_DECISION',
          'SEIZURE_END',
          'MATERIALS_DUE',
          'ASSISTANCE_REPLY',
        ]),
      )
      expect(countedDeadlines(viewCase(c), asOf, defaultRuleSettings, dayArithmetic(cal))).toEqual(
        expected,
      )
    }
  })
})
