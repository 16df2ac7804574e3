import { describe, expect, it } from 'vitest'
import {
  chineseCount,
  computeDeadlines,
  CONFIGURABLE_RULE_IDS,
  DEADLINE_RULES,
  defaultRuleSettings,
  lengthText,
  migrateRuleSettings,
  periodText,
  ruleLength,
  RuleSettingsSchema,
  type Deadline,
  type DeadlineRuleId,
  type RuleSettings,
} from '@shared/domain/case'
import { act, makeCase, P } from './builders'

const find = (ds: Deadline[], id: DeadlineRuleId) => {
  const d = ds.find((x) => x.ruleId === id)
  if (!d) throw new Error(`deadline ${id} missing`)
  return d
}
const withOverrides = (o: Partial<Record<DeadlineRuleId, number>>): RuleSettings => ({
  ...defaultRuleSettings,
  periodOverrides: o,
})

describe('chineseCount: counts as statutes write them', () => {
  it.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [15, '十五'],
    [20, '二十'],
    [30, '三十'],
    [60, '六十'],
    [90, '九十'],
    [100, '一百'],
    [105, '一百零五'],
    [110, '一百一十'],
    [365, '三百六十五'],
    [1005, '一千零五'],
  ])('%i → %s', (n, text) => expect(chineseCount(n)).toBe(text))

  it.each([0, -1, 1.5, 10_000])('%s is refused with a Chinese message', (n) =>
    expect(() => chineseCount(n)).toThrow('期限长度应为'),
  )
})

describe('lengthText: unit words of the model forms', () => {
  it.each([
    [5, 'working', '五个工作日'],
    [2, 'working', '两个工作日'],
    [15, 'natural', '十五日'],
    [2, 'natural', '二日'],
    [6, 'months', '六个月'],
    [2, 'months', '两个月'],
  ] as const)('%i %s → %s', (n, unit, text) => expect(lengthText(n, unit)).toBe(text))
})

describe('periodText: the printed period of each rule comes from DEADLINE_RULES', () => {
  it.each<[DeadlineRuleId, string, string]>([
    ['NOTICE_REPLY', '五个工作日', 'APL Arts. 44, 85; SAMR-PR Art. 57'],
    ['FINE_DUE', '十五日', 'APL Art. 67'],
    ['REVIEW_WINDOW', '六十日', 'ARL Art. 20'],
    ['SUIT_WINDOW', '六个月', 'ALL Art. 46'],
    ['REMINDER_WAIT', '十个工作日', 'AEL Arts. 54, 69'],
    ['PUBLISH', '二十个工作日', 'PubRule Art. 9'],
    ['CASE_LIMIT', '九十日', 'APL Art. 60; SAMR-PR Art. 64'],
    ['COURT_ENFORCE', '三个月', 'AEL Art. 53'],
    ['CLOSE_CASE', '十五个工作日', 'SAMR-PR Art. 77'],
    ['SUMMARY_ARCHIVE', '七个工作日', 'SAMR-PR Art. 70'],
    ['FOLLOW_UP', '三十日', '鄂市监法〔2022〕42号 十五 (office default)'],
    ['CORRECTION_DUE', '按通知书载明的期限', 'APL Art. 28 (period set in the order)'],
  ])('%s → %s (%s)', (id, text) => expect(periodText(id)).toBe(text))

  it('鄂市监法〔2022〕42号 十五: the office follow-up days are printed when overridden', () => {
    expect(periodText('FOLLOW_UP', withOverrides({ FOLLOW_UP: 45 }))).toBe('四十五日')
  })

  it('APL Art. 85: an override of a confirmed rule is never printed (NOTICE_REPLY stays 五个工作日)', () => {
    expect(periodText('NOTICE_REPLY', withOverrides({ NOTICE_REPLY: 10 }))).toBe('五个工作日')
  })
})

describe('configurable rules (docs/domain/deadlines.md)', () => {
  it('only FOLLOW_UP (local practice, 鄂市监法〔2022〕42号 十五) is office-configurable; every statutory length is fixed', () => {
    expect(CONFIGURABLE_RULE_IDS).toEqual(['FOLLOW_UP'])
  })
  it('every rule with a length has a positive whole length', () => {
    for (const r of DEADLINE_RULES) {
      if (r.unit === 'fixed') expect(r.length).toBeNull()
      else expect(Number.isInteger(r.length) && (r.length ?? 0) > 0).toBe(true)
    }
  })
  it('ruleLength: the override of a configurable rule, else the rule length', () => {
    expect(ruleLength('FOLLOW_UP')).toBe(30)
    expect(ruleLength('FOLLOW_UP', withOverrides({ FOLLOW_UP: 14 }))).toBe(14)
    expect(ruleLength('CLOSE_CASE', withOverrides({ CLOSE_CASE: 30 }))).toBe(15)
    expect(ruleLength('CORRECTION_DUE')).toBeNull()
  })
})

describe('computeDeadlines uses the office override', () => {
  const decision = act('penaltyDecision', '2026-09-21', P.decision())
  const c = makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    decision,
  ])

  it.each([
    [undefined, '2026-10-21'],
    [14, '2026-10-08'],
    [45, '2026-11-05'],
    [60, '2026-11-20'],
  ])(
    'FOLLOW_UP (鄂市监法〔2022〕42号 十五) after a decision of 2026-09-21 with override %s → %s (rolled past National Day)',
    (days, due) => {
      const s = days === undefined ? defaultRuleSettings : withOverrides({ FOLLOW_UP: days })
      expect(find(computeDeadlines(c, '2026-09-22', s), 'FOLLOW_UP').dueDate).toBe(due)
    },
  )

  it('PubRule Art. 9 / SAMR-PR Art. 77: an override smuggled in for a confirmed rule is ignored', () => {
    const smuggled = withOverrides({ PUBLISH: 5, DECISION_SERVICE: 1 })
    const plain = computeDeadlines(c, '2026-09-22')
    const got = computeDeadlines(c, '2026-09-22', smuggled)
    expect(find(got, 'PUBLISH').dueDate).toBe(find(plain, 'PUBLISH').dueDate)
    expect(find(got, 'DECISION_SERVICE').dueDate).toBe(find(plain, 'DECISION_SERVICE').dueDate)
  })
})

describe('RuleSettingsSchema: defaults, validation, old records', () => {
  it('the defaults parse and carry no overrides and the 30/30 band split (SAMR 裁量权指导意见)', () => {
    const s = RuleSettingsSchema.parse(defaultRuleSettings)
    expect(s.periodOverrides).toEqual({})
    expect(s.discretionBands).toEqual({ lighterPercent: 30, heavierPercent: 30 })
  })

  it('refuses an override of a confirmed rule, naming its legal basis', () => {
    const r = RuleSettingsSchema.safeParse(withOverrides({ NOTICE_REPLY: 10 }))
    expect(r.success).toBe(false)
    expect(r.error?.issues[0]?.message).toBe(
      '陈述申辩及听证申请期的期限由《行政处罚法》第四十四条、第六十四条、第八十五条；《市场监督管理行政处罚程序规定》第五十七条规定，不能由本局修改',
    )
    expect(r.error?.issues[0]?.path).toEqual(['periodOverrides', 'NOTICE_REPLY'])
  })

  it.each([
    [{ FOLLOW_UP: 0 }, '期限长度至少为 1'],
    [{ FOLLOW_UP: 2.5 }, '期限长度须为整数'],
    [{ FOLLOW_UP: 400 }, '期限长度不能超过 365'],
  ])('override %o → %s', (o, message) => {
    const r = RuleSettingsSchema.safeParse(withOverrides(o))
    expect(r.error?.issues[0]?.message).toBe(message)
  })

  it('refuses bands whose 从轻 and 从重 shares exceed 100 %', () => {
    const r = RuleSettingsSchema.safeParse({
      ...defaultRuleSettings,
      discretionBands: { lighterPercent: 60, heavierPercent: 50 },
    })
    expect(r.error?.issues[0]?.message).toBe('从轻与从重所占比例之和不能超过100%')
  })

  it('an old record (before periodOverrides / discretionBands, with followUpDueDays 45) loads with the days kept', () => {
    const old = {
      hearingThresholdNaturalPersonFen: 1_000_000,
      hearingThresholdOrganisationFen: 3_000_000,
      soleTraderAs: 'organisation',
      dueSoonLeadWorkingDays: 5,
      followUpDueDays: 45,
      collectiveDiscussionFineFen: null,
    }
    const s = RuleSettingsSchema.parse(migrateRuleSettings(old))
    expect(s).toEqual({
      hearingThresholdNaturalPersonFen: 1_000_000,
      hearingThresholdOrganisationFen: 3_000_000,
      soleTraderAs: 'organisation',
      dueSoonLeadWorkingDays: 5,
      periodOverrides: { FOLLOW_UP: 45 },
      collectiveDiscussionFineFen: null,
      discretionBands: { lighterPercent: 30, heavierPercent: 30 },
    })
  })

  it('an old record with the default 30 follow-up days needs no override; a set override wins over it', () => {
    expect(migrateRuleSettings({ followUpDueDays: 30 }).periodOverrides).toEqual({})
    expect(
      migrateRuleSettings({ followUpDueDays: 45, periodOverrides: { FOLLOW_UP: 20 } })
        .periodOverrides,
    ).toEqual({ FOLLOW_UP: 20 })
    expect(RuleSettingsSchema.parse(migrateRuleSettings(undefined))).toEqual(defaultRuleSettings)
  })
})
