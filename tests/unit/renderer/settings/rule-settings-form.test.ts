import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { defaultRuleSettings } from '@shared/domain/case'
import { db, useDatabase } from '@renderer/db/db'
import { useRuleSettingsStore } from '@renderer/stores/rule-settings'
import {
  fromRuleSettingsForm,
  generalPercent,
  toRuleSettingsForm,
  type RuleSettingsFormModel,
} from '@renderer/features/settings/components/rule-settings-form'

const form = (over: (m: RuleSettingsFormModel) => void = () => {}) => {
  const m = toRuleSettingsForm(defaultRuleSettings)
  over(m)
  return m
}

describe('期限与裁量 form model (amounts in 元 → 分; docs/domain/deadlines.md)', () => {
  it('shows the defaults: amounts in 元, follow-up days from DEADLINE_RULES, 30/30 bands', () => {
    expect(toRuleSettingsForm(defaultRuleSettings)).toEqual({
      hearingThresholdNaturalPersonFen: '10,000.00',
      hearingThresholdOrganisationFen: '100,000.00',
      soleTraderAs: 'naturalPerson',
      dueSoonLeadWorkingDays: '3',
      collectiveByAmount: false,
      collectiveDiscussionFineFen: '',
      periodOverrides: { FOLLOW_UP: '30' },
      discretionBands: { lighterPercent: '30', heavierPercent: '30' },
    })
  })

  it('the unchanged defaults give back exactly the default settings (no override stored)', () => {
    expect(fromRuleSettingsForm(form())).toEqual({ ok: true, settings: defaultRuleSettings })
  })

  it('元 with separators and decimals become 分; a changed follow-up length becomes an override', () => {
    const r = fromRuleSettingsForm(
      form((m) => {
        m.hearingThresholdNaturalPersonFen = '30,000'
        m.hearingThresholdOrganisationFen = '30000.5'
        m.collectiveByAmount = true
        m.collectiveDiscussionFineFen = '50000'
        m.periodOverrides.FOLLOW_UP = ' 45 '
        m.discretionBands.heavierPercent = '35'
      }),
    )
    expect(r).toEqual({
      ok: true,
      settings: {
        ...defaultRuleSettings,
        hearingThresholdNaturalPersonFen: 3_000_000,
        hearingThresholdOrganisationFen: 3_000_050,
        collectiveDiscussionFineFen: 5_000_000,
        periodOverrides: { FOLLOW_UP: 45 },
        discretionBands: { lighterPercent: 30, heavierPercent: 35 },
      },
    })
  })

  it.each([
    [
      'hearingThresholdNaturalPersonFen',
      '一万',
      '自然人标准应为金额（元），最多两位小数，如 10000',
    ],
    [
      'hearingThresholdNaturalPersonFen',
      '10.123',
      '自然人标准应为金额（元），最多两位小数，如 10000',
    ],
    ['hearingThresholdOrganisationFen', '0', '法人或其他组织标准须大于 0 元'],
    ['hearingThresholdOrganisationFen', '', '请填写法人或其他组织标准（元）'],
    ['dueSoonLeadWorkingDays', '31', '提前提醒天数不能超过 30 个工作日'],
    ['dueSoonLeadWorkingDays', '2.5', '提前提醒天数应为不带小数的整数'],
    ['periodOverrides.FOLLOW_UP', '0', '期限长度至少为 1'],
    ['periodOverrides.FOLLOW_UP', '', '请填写执法回访天数'],
    ['periodOverrides.FOLLOW_UP', '400', '期限长度不能超过 365'],
    ['discretionBands.heavierPercent', '80', '从轻与从重所占比例之和不能超过100%'],
    ['discretionBands.lighterPercent', '-5', '从轻比例应为不带小数的整数'],
  ])('%s = %j → %s', (prop, value, message) => {
    const m = form((x) => {
      const [head, tail] = prop.split('.') as [keyof RuleSettingsFormModel, string?]
      if (tail) (x[head] as Record<string, string>)[tail] = value
      else (x as unknown as Record<string, string>)[head] = value
    })
    const r = fromRuleSettingsForm(m)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors[prop]).toBe(message)
  })

  it('collective-discussion amount is required only when switched on', () => {
    const off = fromRuleSettingsForm(form((m) => (m.collectiveDiscussionFineFen = 'x')))
    expect(off.ok && off.settings.collectiveDiscussionFineFen).toBeNull()
    const on = fromRuleSettingsForm(form((m) => (m.collectiveByAmount = true)))
    expect(!on.ok && on.errors.collectiveDiscussionFineFen).toBe('请填写集体讨论金额标准（元）')
  })

  it('一般 share is what 从轻 and 从重 leave', () => {
    expect(generalPercent(form())).toBe(40)
    expect(generalPercent(form((m) => (m.discretionBands.heavierPercent = '80')))).toBeUndefined()
    expect(generalPercent(form((m) => (m.discretionBands.lighterPercent = 'a')))).toBeUndefined()
  })
})

describe('rule-settings store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useDatabase(`rule-settings-store-${Math.random().toString(36).slice(2)}`)
  })
  afterEach(async () => {
    await db.delete()
  })

  it('loads the defaults, saves (audited) and holds what was stored', async () => {
    const store = useRuleSettingsStore()
    await store.load()
    expect(store.loaded).toBe(true)
    expect(store.settings).toEqual(defaultRuleSettings)
    const r = await store.save({ ...defaultRuleSettings, periodOverrides: { FOLLOW_UP: 21 } })
    expect(r.ok).toBe(true)
    expect(store.settings.periodOverrides).toEqual({ FOLLOW_UP: 21 })
    expect(store.saving).toBe(false)
    expect(await db.audit.count()).toBe(1)
    setActivePinia(createPinia())
    const again = useRuleSettingsStore()
    await again.load()
    expect(again.settings.periodOverrides).toEqual({ FOLLOW_UP: 21 })
  })

  it('a refused save keeps the stored settings and returns Chinese field errors', async () => {
    const store = useRuleSettingsStore()
    await store.load()
    const r = await store.save({ ...defaultRuleSettings, dueSoonLeadWorkingDays: -1 })
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors?.dueSoonLeadWorkingDays).toBe('提前提醒天数不能小于 0')
    expect(store.settings).toEqual(defaultRuleSettings)
    expect(await db.audit.count()).toBe(0)
  })
})
