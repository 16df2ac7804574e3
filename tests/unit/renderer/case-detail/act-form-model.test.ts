// The act dialog's pure model (renderer/src/features/cases/detail/act-form-model.ts): blank forms,
// 元 → 分 conversion without floats, and zod issues mapped to fields in Chinese.
import { describe, expect, it } from 'vitest'
import { ACT_TYPES } from '@shared/domain/case'
import {
  blankActForm,
  formToPayload,
  normaliseTime,
  parseActForm,
  penaltyToForm,
} from '@renderer/features/cases/detail/act-form-model'

const officer1 = '6f1d7a52-3c1b-4c8e-9a55-0c2f6a1e8b01'
const officer2 = '0b7e3f1a-2d4c-4b6a-8e9f-1a2b3c4d5e6f'

describe('act form model', () => {
  it.each(ACT_TYPES)('%s: a blank form gives Chinese messages only', (type) => {
    const r = parseActForm(type, blankActForm(type))
    if (r.ok) return // e.g. 退还完毕 has only optional fields
    for (const m of [...Object.values(r.errors.fields), ...r.errors.form]) {
      expect(m).toMatch(/[\u4e00-\u9fa5]/)
      expect(m).not.toMatch(/Invalid|expected/i)
    }
  })

  it.each([
    ['5000', 500000],
    ['1234.5', 123450],
    ['0.07', 7],
    ['1,234.56', 123456],
    ['19.99', 1999],
  ])('money %s 元 → %i 分 (parsed as text, APL fines in integer fen)', (yuan, fen) => {
    const form = blankActForm('paymentMade')
    form.amountFen = yuan
    const r = parseActForm('paymentMade', form)
    expect(r.ok && r.payload.amountFen).toBe(fen)
  })

  it.each(['12.345', '-5', 'abc', '1e3'])('money %s is refused with a Chinese message', (yuan) => {
    const form = blankActForm('paymentMade')
    form.amountFen = yuan
    const r = parseActForm('paymentMade', form)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields.amountFen).toMatch(/最多两位小数/)
  })

  it('blank selects and texts say 请选择/请填写 with the label', () => {
    const r = parseActForm('caseClosed', blankActForm('caseClosed'))
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields.reason).toBe('请选择结案情形')
    // The approver is picked from the register, not typed.
    expect(r.errors.fields.approver).toBe('请选择批准结案的负责人')
  })

  it('a register picker sends the name and the register id (signers are picked, not typed)', () => {
    const form = blankActForm('caseReviewed')
    expect(form).toMatchObject({ reviewer: '', reviewerId: '' })
    Object.assign(form, { reviewKind: 'legalReview', opinion: 'agree' })
    Object.assign(form, { reviewer: '李娜', reviewerId: officer1 })
    const r = parseActForm('caseReviewed', form)
    expect(r.ok && r.payload).toMatchObject({ reviewer: '李娜', reviewerId: officer1 })
    // A name alone (not picked from the register) does not count: it must be picked.
    const typed = parseActForm('caseReviewed', { ...form, reviewerId: '' })
    expect(typed.ok).toBe(false)
    if (!typed.ok) expect(typed.errors.fields.reviewer).toBe('请选择审核人员')
  })

  it('集体讨论 participants: names and ids; fewer than two is refused on the field (SAMR-PR Art. 60)', () => {
    const form = blankActForm('collectiveDiscussion')
    expect(form).toMatchObject({ participants: [], participantIds: [] })
    Object.assign(form, { conclusion: '同意处罚' })
    Object.assign(form, { participants: ['王建国'], participantIds: [officer1] })
    const one = parseActForm('collectiveDiscussion', form)
    expect(one.ok).toBe(false)
    if (!one.ok) expect(one.errors.fields.participants).toBe('集体讨论应有两名以上负责人参加')
    Object.assign(form, { participants: ['王建国', '刘芳'], participantIds: [officer1, officer2] })
    const two = parseActForm('collectiveDiscussion', form)
    expect(two.ok && two.payload).toMatchObject({
      participants: ['王建国', '刘芳'],
      participantIds: [officer1, officer2],
    })
  })

  it('nested penalty issues land on the nested field (APL Art. 9)', () => {
    const form = blankActForm('penaltyNoticeServed')
    const r = parseActForm('penaltyNoticeServed', form)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.errors.fields['proposedPenalty.legalBasis']).toMatch(/处罚依据/)
    // The "choose at least one penalty" refinement is on the penalty object itself (zod runs it
    // once the fields themselves are valid).
    form.proposedPenalty = { ...(form.proposedPenalty as object), legalBasis: '某法第十条' }
    const r2 = parseActForm('penaltyNoticeServed', form)
    expect(!r2.ok && r2.errors.fields.proposedPenalty).toMatch(/至少选择一种处罚/)
  })

  it('a full penalty decision with 从轻 (APL Art. 32) parses; leniency off sends nothing', () => {
    const form = blankActForm('penaltyDecision')
    form.penalty = {
      ...(form.penalty as object),
      fineFen: '3000',
      legalBasis: '《食品安全法》第一百二十四条',
    }
    let r = parseActForm('penaltyDecision', form)
    expect(r.ok && r.payload).toMatchObject({ penalty: { fineFen: 300000, warning: false } })
    expect(r.ok && 'leniency' in r.payload).toBe(false)
    form.leniency = { apply: true, kind: 'lighter', grounds: [], explanation: '' }
    r = parseActForm('penaltyDecision', form)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields['leniency.grounds']).toMatch(/第三十二条/)
    form.leniency = { apply: true, kind: 'lighter', grounds: ['art32_1'], explanation: '主动整改' }
    r = parseActForm('penaltyDecision', form)
    expect(r.ok && r.payload.leniency).toEqual({
      kind: 'lighter',
      grounds: ['art32_1'],
      explanation: '主动整改',
    })
  })

  it('hidden fields are not sent: 立即改正 drops the correction date', () => {
    const form = blankActForm('correctionOrderServed')
    Object.assign(form, {
      violation: '未公示营业执照',
      legalBasis: '《市场主体登记管理条例》第二十六条',
      requirement: '立即公示',
      mode: 'immediate',
      correctBy: '2026-10-01',
    })
    const r = parseActForm('correctionOrderServed', form)
    expect(r.ok && r.payload).toMatchObject({ mode: 'immediate', serviceMethod: 'direct' })
    expect(r.ok && 'correctBy' in r.payload).toBe(false)
    form.mode = 'byDate'
    form.correctBy = ''
    const r2 = parseActForm('correctionOrderServed', form)
    expect(!r2.ok && r2.errors.fields.correctBy).toBe('限期改正须填写改正期限')
  })

  it('lists: one line per person; officers need two (APL Art. 42 via the schema)', () => {
    const form = blankActForm('interviewHeld')
    Object.assign(form, {
      place: '汉阳所会议室',
      interviewerIds: [officer1],
      attendees: '王某\n\n 李某 ',
      problems: '进货查验记录不全',
      requirements: '十日内补齐',
      undertakings: [
        { content: '补齐台账', dueOn: '2026-10-20' },
        { content: '', dueOn: '' },
      ],
    })
    let r = parseActForm('interviewHeld', form)
    expect(!r.ok && r.errors.fields.interviewerIds).toBe('约谈应有两名以上执法人员参加')
    form.interviewerIds = [officer1, officer2]
    r = parseActForm('interviewHeld', form)
    expect(r.ok && r.payload).toMatchObject({
      attendees: ['王某', '李某'],
      undertakings: [{ content: '补齐台账', dueOn: '2026-10-20' }],
      recordSigned: false,
    })
  })

  it('payment plan rows convert 元 per row and report the row field', () => {
    const form = blankActForm('paymentArrangementApproved')
    Object.assign(form, {
      kind: 'instalments',
      approver: '局长',
      schedule: [
        { dueOn: '2026-12-01', amountFen: '1000' },
        { dueOn: '2027-01-01', amountFen: '10.001' },
      ],
    })
    const { errors } = formToPayload('paymentArrangementApproved', form)
    expect(errors['schedule.1.amountFen']).toMatch(/最多两位小数/)
  })

  it('penaltyToForm shows fen as plain 元 text', () => {
    expect(penaltyToForm({ fineFen: 123456, warning: true })).toMatchObject({
      fineFen: '1234.56',
      warning: true,
    })
  })

  it.each([
    ['9:30', '09:30'],
    ['9：30', '09:30'],
    ['0930', '09:30'],
    ['9.05', '09:05'],
    ['14:00', '14:00'],
    ['下午两点', '下午两点'],
  ])('a typed time %s is stored as %s', (typed, stored) => {
    expect(normaliseTime(typed)).toBe(stored)
  })

  it('an impossible time is refused on its field in Chinese (24-hour HH:mm)', () => {
    const form = { ...blankActForm('followUpVisit'), time: '25:10' }
    const r = parseActForm('followUpVisit', form)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.errors.fields.time).toMatch(/有效时间/)
  })
})
