import { describe, expect, it } from 'vitest'
import { computeDeadlines, defaultRuleSettings, type Act, type Deadline } from '@shared/domain/case'
import { act, makeCase, OFFICER_A, OFFICER_B, P, penalty } from './builders'

const find = (ds: Deadline[], id: string) => {
  const d = ds.find((x) => x.ruleId === id)
  if (!d) throw new Error(`deadline ${id} missing`)
  return d
}

function filedCase(extra: Act[] = []) {
  return makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    ...extra,
  ])
}

describe('CASE_LIMIT — APL Art. 60, SAMR-PR Art. 64: 90 natural days from filing', () => {
  it('filed 2026-06-05 → due 2026-09-03', () => {
    const d = find(computeDeadlines(filedCase(), '2026-07-01'), 'CASE_LIMIT')
    expect(d).toMatchObject({
      dueDate: '2026-09-03',
      status: 'running',
      dueSoon: false,
      daysLeft: 64,
    })
  })

  it('SAMR-PR Art. 64 para 2: hearing time (request 08-01 … held 08-10, 10 days) is excluded → 09-13 (Sun) rolls to 09-14', () => {
    const c = filedCase([
      act('hearingRequested', '2026-08-01', { form: 'written', agentNames: [] }),
      act('hearingHeld', '2026-08-10', { presider: '赵六', partyAppeared: true, summary: '听证' }),
    ])
    expect(find(computeDeadlines(c, '2026-08-20'), 'CASE_LIMIT')).toMatchObject({
      dueDate: '2026-09-14',
      pausedDays: 10,
    })
  })

  it('SAMR-PR Art. 64: an open suspension shows status paused with a provisional date', () => {
    const c = filedCase([
      act('investigationSuspended', '2026-07-01', {
        reason: 'partyMissing',
        explanation: '下落不明',
        approver: '局长',
      }),
    ])
    const d = find(computeDeadlines(c, '2026-07-10'), 'CASE_LIMIT')
    expect(d.status).toBe('paused')
    expect(d.pausedDays).toBe(10)
    expect(d.warnings.join()).toContain('暂定')
  })

  it('SAMR-PR Art. 64: +30 days with the head’s approval → 10-03 falls in National Day, rolls to 10-08 (CPL Art. 85)', () => {
    const c = filedCase([
      act('periodExtended', '2026-08-20', {
        rule: 'CASE_LIMIT',
        approval: 'head',
        days: 30,
        reason: '案情复杂',
      }),
    ])
    expect(find(computeDeadlines(c, '2026-09-10'), 'CASE_LIMIT')).toMatchObject({
      dueDate: '2026-10-08',
      extendedDays: 30,
    })
  })

  it('overdue when no decision by the due date; met by the decision', () => {
    expect(find(computeDeadlines(filedCase(), '2026-09-04'), 'CASE_LIMIT').status).toBe('overdue')
    const c = filedCase([
      act('investigationTerminated', '2026-08-01', { reason: '违法事实不成立', approver: '局长' }),
    ])
    expect(find(computeDeadlines(c, '2026-09-04'), 'CASE_LIMIT')).toMatchObject({
      status: 'met',
      metOn: '2026-08-01',
      metLate: false,
    })
  })
})

describe('NOTICE_REPLY — APL Arts. 44, 64, 85; SAMR-PR Art. 57: 5 working days', () => {
  const c = filedCase([act('penaltyNoticeServed', '2026-09-29', P.notice())])
  it.each([
    ['2026-09-30', 'running', false],
    ['2026-10-08', 'running', true], // within 3 working days of the end (10-08, 10-09, 10-10 make-up, 10-12)
    ['2026-10-12', 'running', true],
    ['2026-10-13', 'elapsed', false],
  ])('on %s the window is %s (due soon: %s), due 2026-10-12', (today, status, soon) => {
    expect(find(computeDeadlines(c, today), 'NOTICE_REPLY')).toMatchObject({
      dueDate: '2026-10-12',
      status,
      dueSoon: soon,
    })
  })

  it('the due-soon lead is an office setting', () => {
    const d = find(
      computeDeadlines(c, '2026-09-30', { ...defaultRuleSettings, dueSoonLeadWorkingDays: 5 }),
      'NOTICE_REPLY',
    )
    expect(d.dueSoon).toBe(true)
  })
})

describe('FINE_DUE — APL Arts. 66–67 + CPL Art. 85 roll-over', () => {
  const summary = act('summaryPenalty', '2026-09-16', {
    documentNo: 'A001',
    warning: false,
    fineFen: 20_000,
    place: '某市场',
    legalBasis: '某条',
    officerIds: [OFFICER_A, OFFICER_B],
  })
  it('on-the-spot decision 2026-09-16 → 15 days ends 10-01 (holiday) → 2026-10-08', () => {
    const c = makeCase([summary])
    expect(find(computeDeadlines(c, '2026-10-09'), 'FINE_DUE')).toMatchObject({
      dueDate: '2026-10-08',
      status: 'overdue',
    })
  })
  it('paid one day late: met, flagged late', () => {
    const c = makeCase([
      summary,
      act('paymentMade', '2026-10-09', { kind: 'fine', amountFen: 20_000 }),
    ])
    expect(find(computeDeadlines(c, '2026-10-20'), 'FINE_DUE')).toMatchObject({
      status: 'met',
      metLate: true,
    })
  })
  it('APL Art. 66 para 2: an approved instalment plan sets the due date of the next unpaid instalment', () => {
    const c = makeCase([
      summary,
      act('paymentArrangementApproved', '2026-09-20', {
        kind: 'instalments',
        approver: '局长',
        schedule: [
          { dueOn: '2026-10-20', amountFen: 10_000 },
          { dueOn: '2026-11-20', amountFen: 10_000 },
        ],
      }),
      act('paymentMade', '2026-10-19', { kind: 'fine', amountFen: 10_000 }),
    ])
    expect(find(computeDeadlines(c, '2026-10-21'), 'FINE_DUE').dueDate).toBe('2026-11-20')
  })
  it('SAMR-PR Art. 70: summary materials archived within 7 working days (Sun 09-20 is a make-up day) → 09-24', () => {
    expect(
      find(computeDeadlines(makeCase([summary]), '2026-09-17'), 'SUMMARY_ARCHIVE').dueDate,
    ).toBe('2026-09-24')
  })
})

describe('decision follow-ups', () => {
  const decision = act('penaltyDecision', '2026-09-21', P.decision())
  const c = filedCase([decision])
  it('PubRule Art. 9: publication within 20 working days of 2026-09-21 → 2026-10-26', () => {
    expect(find(computeDeadlines(c, '2026-09-22'), 'PUBLISH').dueDate).toBe('2026-10-26')
  })
  it('PubRule Art. 2: a warning-only penalty has no publication deadline', () => {
    const w = filedCase([
      act(
        'penaltyDecision',
        '2026-09-21',
        P.decision({ penalty: penalty({ warning: true, fineFen: 0 }) }),
      ),
    ])
    expect(computeDeadlines(w, '2026-09-22').some((d) => d.ruleId === 'PUBLISH')).toBe(false)
  })
  it('APL Art. 61: service within 7 working days when the party is absent (Mid-Autumn 25–27 Sep, National Day) → 10-08', () => {
    expect(find(computeDeadlines(c, '2026-09-22'), 'DECISION_SERVICE').dueDate).toBe('2026-10-08')
  })
  it('鄂市监法〔2022〕42号 十五: follow-up due 30 days after a decision (setting), mandatory only when lenient', () => {
    const f = find(computeDeadlines(c, '2026-09-22'), 'FOLLOW_UP')
    expect(f).toMatchObject({ dueDate: '2026-10-21', mandatory: false })
    const lenient = filedCase([
      act('noPenaltyDecision', '2026-09-21', { ground: 'art33_1_s2', reason: '首违' }),
    ])
    expect(find(computeDeadlines(lenient, '2026-09-22'), 'FOLLOW_UP').mandatory).toBe(true)
    const custom = find(
      computeDeadlines(c, '2026-09-22', {
        ...defaultRuleSettings,
        periodOverrides: { FOLLOW_UP: 60 },
      }),
      'FOLLOW_UP',
    )
    expect(custom.dueDate).toBe('2026-11-20')
  })
  it('ARL Art. 20 / ALL Art. 46: review 60 days, suit 6 months from service; CPL Art. 95 public notice +30 days', () => {
    const served = filedCase([
      decision,
      act('decisionServed', '2026-09-22', P.served(decision.id, 'publicNotice')),
    ])
    const ds = computeDeadlines(served, '2026-10-01')
    expect(find(ds, 'REVIEW_WINDOW').triggerDate).toBe('2026-10-22')
    expect(find(ds, 'REVIEW_WINDOW').dueDate).toBe('2026-12-21')
    expect(find(ds, 'SUIT_WINDOW').dueDate).toBe('2027-04-22')
  })
  it('SAMR-PR Art. 77: closing due 15 working days after the fine is paid (09-30 → 10-27, 10-10 make-up counted)', () => {
    const paid = filedCase([
      decision,
      act('decisionServed', '2026-09-22', P.served(decision.id)),
      act('paymentMade', '2026-09-30', { kind: 'fine', amountFen: 500_000 }),
    ])
    expect(find(computeDeadlines(paid, '2026-10-08'), 'CLOSE_CASE').dueDate).toBe('2026-10-27')
  })
})

describe('calendar coverage warnings (docs/architecture/overview.md §2)', () => {
  it('a deadline that runs into 2027 (not covered by chinese-days 1.5.7) carries a warning', () => {
    const c = makeCase([act('clueRegistered', '2026-12-20', P.clue())])
    const d = find(computeDeadlines(c, '2026-12-21'), 'FILING_DECISION')
    expect(d.dueDate > '2026-12-31').toBe(true)
    expect(d.warnings.join()).toContain('2027年节假日安排尚未录入')
  })
  it('SAMR-PR Art. 18: a deadline inside 2026 has no warning (06-01 +15 WD over Dragon Boat 19 Jun → 06-23)', () => {
    const c = makeCase([act('clueRegistered', '2026-06-01', P.clue())])
    expect(find(computeDeadlines(c, '2026-06-02'), 'FILING_DECISION')).toMatchObject({
      dueDate: '2026-06-23',
      warnings: [],
    })
  })
})
