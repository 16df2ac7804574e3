import { describe, expect, it } from 'vitest'
import {
  checkAct,
  computeDeadlines,
  deriveCaseState,
  type Act,
  type ActPayload,
  type ActType,
  type CaseFacts,
  ACT_TYPES,
} from '@shared/domain/case'
import { act, makeCase, OFFICER_A, OFFICER_B, P, penalty, uid } from './builders'

const blocked = (c: CaseFacts, today: string, type: ActType) =>
  deriveCaseState(c, today).blockedActs.find((b) => b.type === type)?.reasons ?? []
const allowed = (c: CaseFacts, today: string, type: ActType) =>
  deriveCaseState(c, today).allowedActs.includes(type)

/** Filed, investigated, reviewed and noticed on 2026-09-29. */
function noticed(extra: Act[] = [], noticeOver = {}, concludedOver = {}): CaseFacts {
  return makeCase([
    act('clueRegistered', '2026-06-01', P.clue()),
    act('caseFiled', '2026-06-05', P.filed()),
    act('investigationConcluded', '2026-08-20', P.concluded(concludedOver)),
    act('reviewSubmitted', '2026-08-21', P.submitted()),
    act('caseReviewed', '2026-08-25', P.reviewed()),
    act('penaltyNoticeServed', '2026-09-29', P.notice(noticeOver)),
    ...extra,
  ])
}

describe('stage (docs/architecture/overview.md §2: derived, never hand-set)', () => {
  it.each([
    ['clue', [act('clueRegistered', '2026-06-01', P.clue())], 'clue'],
    [
      'filed',
      [act('clueRegistered', '2026-06-01', P.clue()), act('caseFiled', '2026-06-05', P.filed())],
      'investigation',
    ],
  ] as const)('%s → %s', (_n, acts, stage) => {
    expect(deriveCaseState(makeCase([...acts]), '2026-07-01').stage).toBe(stage)
  })
  it('notice served → 告知 until the window ends, then 待决定', () => {
    expect(deriveCaseState(noticed(), '2026-10-12')).toMatchObject({
      stage: 'notice',
      stageLabel: '告知',
    })
    expect(deriveCaseState(noticed(), '2026-10-13').stage).toBe('deciding')
  })
})

describe('gates of docs/domain/deadlines.md', () => {
  it('APL Arts. 44–45, SAMR-PR Art. 57: no decision before the 5-working-day window ends (reason names the date)', () => {
    expect(blocked(noticed(), '2026-10-12', 'penaltyDecision')).toContain(
      '告知书送达后5个工作日陈述申辩期未届满（截止2026年10月12日）',
    )
    expect(allowed(noticed(), '2026-10-13', 'penaltyDecision')).toBe(true)
  })

  it('SAMR-PR Art. 57 para 2: a written waiver of all rights allows an earlier decision', () => {
    const c = noticed([
      act('rightsWaived', '2026-09-30', {
        waivesStatement: true,
        waivesHearing: true,
        signedBy: '张三',
      }),
    ])
    expect(allowed(c, '2026-09-30', 'penaltyDecision')).toBe(true)
  })

  it('APL Art. 44: no penalty decision without a served notice', () => {
    const c = makeCase(noticed().acts.filter((a) => a.type !== 'penaltyNoticeServed'))
    expect(blocked(c, '2026-10-20', 'penaltyDecision').join()).toContain('请先送达行政处罚告知书')
  })

  it('APL Arts. 63–64: a requested hearing must be held (not earlier than 7 working days after its notice)', () => {
    const req = act('hearingRequested', '2026-09-30', { form: 'written', agentNames: [] })
    const c1 = noticed([req], {}, {})
    expect(blocked(c1, '2026-10-20', 'penaltyDecision').join()).toContain('听证尚未举行')
    const c2 = makeCase([
      ...c1.acts,
      act('hearingNoticeServed', '2026-10-08', {
        hearingOn: '2026-10-20',
        place: '听证室',
        presider: '赵六',
        isPublic: true,
        serviceMethod: 'direct',
      }),
    ])
    expect(blocked(c2, '2026-10-16', 'hearingHeld').join()).toContain('2026年10月16日之后')
    expect(allowed(c2, '2026-10-19', 'hearingHeld')).toBe(true)
    // …and held on the date its notice set, not earlier (APL Art. 64(2): the party is told when).
    const held = (on: string) =>
      act('hearingHeld', on, { presider: '赵六', partyAppeared: true, summary: '听证' })
    const early = checkAct(c2, held('2026-10-19'))
    expect(early.ok).toBe(false)
    if (!early.ok) expect(early.message).toContain('不能早于听证通知书确定的听证日期')
    expect(checkAct(c2, held('2026-10-20'))).toEqual({ ok: true })
  })

  it('APL Art. 64(1): a hearing request after the 5-working-day window is blocked', () => {
    const c = noticed(
      [],
      { fineFen: 20_000_000 },
      { proposedPenalty: penalty({ fineFen: 20_000_000 }) },
    )
    expect(allowed(c, '2026-10-12', 'hearingRequested')).toBe(true)
    expect(blocked(c, '2026-10-13', 'hearingRequested').join()).toContain('听证申请期已届满')
  })

  it('APL Art. 63 + SAMR hearing rules Art. 5: outside the hearing scope and not told → no hearing request', () => {
    expect(blocked(noticed(), '2026-09-30', 'hearingRequested').join()).toContain('不属于听证范围')
  })

  it('APL Art. 58(2): after a hearing, 法制审核 (after the hearing) and collective discussion are required', () => {
    const req = act('hearingRequested', '2026-09-30', { form: 'written', agentNames: [] })
    const held = act('hearingHeld', '2026-10-20', {
      presider: '赵六',
      partyAppeared: true,
      summary: '听证',
    })
    const c = noticed([
      req,
      act('hearingNoticeServed', '2026-10-08', {
        hearingOn: '2026-10-20',
        place: '听证室',
        presider: '赵六',
        isPublic: true,
        serviceMethod: 'direct',
      }),
      held,
    ])
    const reasons = blocked(c, '2026-10-21', 'penaltyDecision').join()
    expect(reasons).toContain('法制审核')
    expect(reasons).toContain('集体讨论')
    const done = makeCase([
      ...c.acts,
      act('reviewSubmitted', '2026-10-21', P.submitted('legalReview')),
      act('caseReviewed', '2026-10-22', P.reviewed('agree', 'legalReview')),
      act('collectiveDiscussion', '2026-10-23', {
        purpose: 'decision',
        participants: ['局长', '副局长'],
        conclusion: '同意',
      }),
    ])
    expect(blocked(done, '2026-10-23', 'penaltyDecision')).toEqual([])
  })

  it('APL Art. 57 para 2: a complex/major case needs a collective discussion', () => {
    const c = noticed([], {}, { complexOrMajor: true })
    expect(blocked(c, '2026-10-13', 'penaltyDecision').join()).toContain('集体讨论')
  })

  it('APL Art. 42, SAMR-PR Art. 19: filing needs two certified officers', () => {
    const c = makeCase([act('clueRegistered', '2026-06-01', P.clue())], {
      officers: [
        { officerId: OFFICER_A, name: '李四', certificateNo: 'HB-1' },
        { officerId: OFFICER_B, name: '王五', certificateNo: ' ' },
      ],
    })
    expect(blocked(c, '2026-06-02', 'caseFiled').join()).toContain('当前1名')
  })

  it('APL Art. 45: every statement/defence must be rechecked before the decision', () => {
    const st = act('statementDefence', '2026-10-08', { form: 'written', content: '已改正' })
    const c = noticed([st])
    expect(blocked(c, '2026-10-13', 'penaltyDecision').join()).toContain('尚未复核')
    const ok = makeCase([
      ...c.acts,
      act('defenceRechecked', '2026-10-09', {
        statementActId: st.id,
        outcome: 'notAdopted',
        reason: '理由不成立',
      }),
    ])
    expect(allowed(ok, '2026-10-13', 'penaltyDecision')).toBe(true)
  })

  it('SAMR-PR Art. 77 + 鄂市监法〔2022〕42号 十五: a lenient case cannot close before a follow-up visit', () => {
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
      act(
        'investigationConcluded',
        '2026-08-20',
        P.concluded({ proposal: 'noPenalty', proposedPenalty: undefined }),
      ),
      act('reviewSubmitted', '2026-08-21', P.submitted()),
      act('caseReviewed', '2026-08-25', P.reviewed()),
      act('educationGiven', '2026-08-26', P.soft()),
      act('noPenaltyDecision', '2026-08-27', { ground: 'art33_1_s2', reason: '首违且及时改正' }),
    ])
    expect(blocked(c, '2026-09-01', 'caseClosed').join()).toContain('须回访')
    const visited = makeCase([
      ...c.acts,
      act('followUpVisit', '2026-09-10', {
        method: 'phone',
        visitorIds: [OFFICER_A],
        contactPerson: '张三',
        rectification: 'rectified',
        conductProper: true,
        rightsExplained: true,
        integrityIssue: false,
        needsGuidance: false,
        satisfaction: 'satisfied',
        findings: '已整改',
      }),
    ])
    expect(allowed(visited, '2026-09-11', 'caseClosed')).toBe(true)
  })

  it('APL Art. 33 para 3: no-penalty decision needs an education act first', () => {
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
      act(
        'investigationConcluded',
        '2026-08-20',
        P.concluded({ proposal: 'noPenalty', proposedPenalty: undefined }),
      ),
      act('reviewSubmitted', '2026-08-21', P.submitted()),
      act('caseReviewed', '2026-08-25', P.reviewed()),
    ])
    expect(blocked(c, '2026-08-26', 'noPenaltyDecision').join()).toContain('第三十三条第三款')
  })

  it('voided acts no longer count: voiding the notice blocks the decision again', () => {
    const c = noticed()
    const notice = c.acts.find((a) => a.type === 'penaltyNoticeServed') as Act
    const v = makeCase([
      ...c.acts,
      act('actVoided', '2026-10-13', {
        targetActId: notice.id,
        kind: 'revoked',
        reason: '送达地址错误',
      }),
    ])
    expect(blocked(v, '2026-10-14', 'penaltyDecision').join()).toContain('请先送达行政处罚告知书')
  })
})

describe('checkAct: payload rules', () => {
  it('APL Art. 45: after a defence the decision may not exceed the notice', () => {
    const st = act('statementDefence', '2026-10-08', { form: 'oral', content: '不服' })
    const c = noticed([
      st,
      act('defenceRechecked', '2026-10-09', {
        statementActId: st.id,
        outcome: 'notAdopted',
        reason: 'x',
      }),
    ])
    const higher = act(
      'penaltyDecision',
      '2026-10-13',
      P.decision({ penalty: penalty({ fineFen: 600_000 }) }),
    )
    const r = checkAct(c, higher)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('第四十五条')
    expect(
      checkAct(
        c,
        act(
          'penaltyDecision',
          '2026-10-13',
          P.decision({ penalty: penalty({ fineFen: 400_000 }) }),
        ),
      ),
    ).toEqual({ ok: true })
  })

  it('the gate is checked as of the act’s own date', () => {
    const r = checkAct(noticed(), act('penaltyDecision', '2026-10-12', P.decision()))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toContain('截止2026年10月12日')
  })

  it.each([
    ['naturalPerson', 20_000, true],
    ['naturalPerson', 20_001, false],
    ['organisation', 300_000, true],
    ['organisation', 300_001, false],
  ] as const)(
    'APL Art. 51 / SAMR-PR Arts. 66, 84: summary fine for a %s of %s fen allowed = %s',
    (kind, fine, ok) => {
      const party =
        kind === 'naturalPerson'
          ? {
              kind,
              name: '张三',
              idType: 'residentId' as const,
              idNo: '11010519491231002X',
              address: '某地',
            }
          : undefined
      const c = makeCase([], party ? { party } : {})
      const a = act('summaryPenalty', '2026-06-01', {
        documentNo: 'A1',
        warning: false,
        fineFen: fine,
        place: '某市场',
        legalBasis: '某条',
        officerIds: [OFFICER_A, OFFICER_B],
      })
      expect(checkAct(c, a).ok).toBe(ok)
    },
  )

  it('APL Art. 32: a lenient decision needs an education act on or before it', () => {
    const c = noticed()
    const a = act(
      'penaltyDecision',
      '2026-10-13',
      P.decision({ leniency: { kind: 'lighter', grounds: ['art32_1'], explanation: '主动消除' } }),
    )
    expect(checkAct(c, a).ok).toBe(false)
    expect(
      checkAct(makeCase([...c.acts, act('educationGiven', '2026-10-10', P.soft())]), a),
    ).toEqual({ ok: true })
  })

  it('APL Art. 64(2): the hearing date must be more than 7 working days after its notice', () => {
    const c = noticed([act('hearingRequested', '2026-09-30', { form: 'written', agentNames: [] })])
    const early = act('hearingNoticeServed', '2026-10-08', {
      hearingOn: '2026-10-16',
      place: '室',
      presider: '赵',
      isPublic: true,
      serviceMethod: 'direct',
    })
    expect(checkAct(c, early).ok).toBe(false)
  })

  it('SAMR-PR Art. 64: a collective extension needs a recorded collective discussion', () => {
    const c = noticed()
    const ext = act('periodExtended', '2026-09-01', {
      rule: 'CASE_LIMIT',
      approval: 'collective',
      days: 60,
      reason: '复杂',
    })
    expect(checkAct(c, ext).ok).toBe(false)
  })

  it('a voided 审核 is re-entered with its true earlier date: the void (dated today) counts retroactively', () => {
    const reviewed = act('caseReviewed', '2026-08-25', P.reviewed())
    const c = makeCase([
      act('clueRegistered', '2026-06-01', P.clue()),
      act('caseFiled', '2026-06-05', P.filed()),
      act('investigationConcluded', '2026-08-20', P.concluded()),
      act('reviewSubmitted', '2026-08-21', P.submitted()),
      reviewed,
      act('actVoided', '2026-10-12', {
        targetActId: reviewed.id,
        kind: 'voided',
        reason: '审核意见录错',
      }),
    ])
    // Re-entered on its true date, before the void was recorded.
    const again = act('caseReviewed', '2026-08-25', P.reviewed('agree'))
    expect(checkAct(c, again)).toEqual({ ok: true })
    // The void leaves the case exactly as before the voided act: 审核 is due again.
    expect(allowed(c, '2026-10-12', 'caseReviewed')).toBe(true)
  })

  it('a voiding act cannot itself be voided, and an act cannot be voided twice', () => {
    const c = noticed()
    const target = c.acts[5] as Act
    const v1 = act('actVoided', '2026-10-01', {
      targetActId: target.id,
      kind: 'voided',
      reason: '错',
    })
    const c2 = makeCase([...c.acts, v1])
    expect(
      checkAct(
        c2,
        act('actVoided', '2026-10-02', { targetActId: v1.id, kind: 'voided', reason: '错' }),
      ).ok,
    ).toBe(false)
    expect(
      checkAct(
        c2,
        act('actVoided', '2026-10-02', { targetActId: target.id, kind: 'voided', reason: '错' }),
      ).ok,
    ).toBe(false)
    expect(
      checkAct(
        c2,
        act('actVoided', '2026-10-02', { targetActId: uid(), kind: 'voided', reason: '错' }),
      ).ok,
    ).toBe(false)
  })
})

describe('soft path without filing (reference path (a); 鄂市监法〔2022〕42号 第九、十三项)', () => {
  const notice = act('correctionOrderServed', '2026-09-01', {
    violation: '未在经营场所显著位置公示营业执照',
    legalBasis: '《市场主体登记管理条例》第三十六条',
    requirement: '立即在经营场所显著位置公示营业执照',
    mode: 'byDate',
    correctBy: '2026-09-08',
    serviceMethod: 'direct',
  } as ActPayload<'correctionOrderServed'>)
  const review = (result: 'corrected' | 'partlyCorrected' | 'notCorrected') =>
    act('correctionReviewed', '2026-09-09', { result, findings: '复查情况' })

  it.each([
    {
      name: 'no re-check yet → 结案 blocked, reason says why',
      acts: [notice],
      blockedWith: '复查确认已整改',
    },
    {
      name: 're-check found 部分整改 → 结案 blocked',
      acts: [notice, review('partlyCorrected')],
      blockedWith: '部分整改',
    },
    {
      name: 're-check found 未整改 → 结案 blocked',
      acts: [notice, review('notCorrected')],
      blockedWith: '未整改',
    },
  ])('$name', ({ acts, blockedWith }) => {
    const c = makeCase([act('clueRegistered', '2026-08-30', P.clue()), ...acts])
    expect(blocked(c, '2026-09-10', 'caseClosed').join('')).toContain(blockedWith)
  })

  it('复查合格 → stage 待结案, 结案 allowed without 立案, then 回访 allowed after closing', () => {
    const base = [act('clueRegistered', '2026-08-30', P.clue()), notice, review('corrected')]
    const c = makeCase(base)
    expect(deriveCaseState(c, '2026-09-10').stage).toBe('closing')
    expect(allowed(c, '2026-09-10', 'caseClosed')).toBe(true)
    const closed = makeCase([
      ...base,
      act('caseClosed', '2026-09-10', { reason: 'correctedWithoutFiling', approver: '王建国' }),
    ])
    expect(deriveCaseState(closed, '2026-09-11').stage).toBe('closed')
    expect(allowed(closed, '2026-09-11', 'followUpVisit')).toBe(true)
    // 鄂市监法〔2022〕42号 第十五项: soft-measure matters get a mandatory 回访 after closing.
    const visit = computeDeadlines(closed, '2026-09-11').find((d) => d.ruleId === 'FOLLOW_UP')
    expect(visit).toMatchObject({ mandatory: true, status: 'running' })
  })

  it('SAMR-PR Art. 20: after 不予立案 there is nothing to close', () => {
    const c = makeCase([
      act('clueRegistered', '2026-08-30', P.clue()),
      notice,
      review('corrected'),
      act('filingDeclined', '2026-09-10', {
        ground: 'minorCorrected',
        reason: '违法行为轻微并及时改正',
        approver: '王建国',
      }),
    ])
    expect(blocked(c, '2026-09-11', 'caseClosed').join('')).toContain('不予立案')
  })
})

describe('checkAct speaks Chinese for a malformed payload (docs/conventions.md, "Errors")', () => {
  const ZOD_ENGLISH = /Invalid|expected|received|Too (big|small)|Unrecognized|Required/
  it.each(ACT_TYPES as readonly ActType[])('%s: an empty or wrongly typed payload', (type) => {
    const c = noticed()
    for (const payload of [{}, { reason: 12345, content: 12345, approver: 12345 }]) {
      const r = checkAct(c, { ...act(type, '2026-10-10', {} as never), payload } as Act)
      if (r.ok) continue
      expect(r.message).not.toMatch(ZOD_ENGLISH)
      expect(r.message).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})

describe('dates inside one act are checked against each other, in Chinese', () => {
  const visit = (contactPhone: string): ActPayload<'followUpVisit'> => ({
    method: 'phone',
    visitorIds: [OFFICER_A],
    contactPerson: '陈明',
    contactPhone,
    rectification: 'rectified',
    conductProper: true,
    rightsExplained: true,
    integrityIssue: false,
    needsGuidance: false,
    satisfaction: 'satisfied',
    findings: '已整改',
  })
  const filed = () =>
    makeCase([
      act('clueRegistered', '2026-09-01', P.clue()),
      act('caseFiled', '2026-09-02', P.filed()),
    ])
  const notice = (servedOn: string, scheduledOn: string) =>
    act('interviewNoticeServed', servedOn, {
      scheduledOn,
      place: '三楼会议室',
      attendeeName: '陈明',
      attendeeRole: '法定代表人',
      reason: '未建立进货查验记录',
      legalBasis: '《中华人民共和国食品安全法》第一百一十四条',
      serviceMethod: 'direct',
    })
  const order = (servedOn: string, correctBy: string) =>
    act('correctionOrderServed', servedOn, {
      violation: '未建立进货查验记录',
      legalBasis: '《中华人民共和国行政处罚法》第二十八条第一款',
      requirement: '建立进货查验记录制度',
      mode: 'byDate',
      correctBy,
      serviceMethod: 'direct',
    })
  it.each([
    [
      '约谈 on the day its notice is served',
      notice('2026-09-05', '2026-09-05'),
      /约谈日期.*应晚于通知送达日期/,
    ],
    ['约谈 before its notice is served', notice('2026-09-05', '2026-09-03'), /应晚于通知送达日期/],
    [
      '改正期限 before the order is served',
      order('2026-09-05', '2026-09-04'),
      /改正期限.*应晚于通知书送达日期/,
    ],
    [
      '约谈 notice with a 约谈时间 that is no time (24-hour HH:mm)',
      {
        ...notice('2026-09-05', '2026-09-08'),
        payload: { ...notice('2026-09-05', '2026-09-08').payload, time: '25:00' },
      } as Act,
      /约谈时间|有效时间/,
    ],
    [
      '集体讨论 whose end time is before its start (docs/domain/capture-once.md)',
      act('collectiveDiscussion', '2026-09-05', {
        purpose: 'other',
        participants: ['刘局长', '赵副局长'],
        conclusion: '同意',
        startTime: '15:00',
        endTime: '14:30',
      }),
      /结束时间（14:30）应晚于开始时间（15:00）/,
    ],
    [
      '回访 with a phone number that is no phone number',
      act('followUpVisit', '2026-09-05', visit('139123456')),
      /联系电话.*格式不正确/,
    ],
  ])('%s → refused', (_, a, reason) => {
    const r = checkAct(filed(), a)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(reason)
  })
  it.each([
    ['约谈 after its notice', notice('2026-09-05', '2026-09-08')],
    ['改正期限 after service (APL Art. 28 限期改正)', order('2026-09-05', '2026-09-15')],
    [
      '集体讨论 from 15:00 to 16:00',
      act('collectiveDiscussion', '2026-09-05', {
        purpose: 'other',
        participants: ['刘局长', '赵副局长'],
        conclusion: '同意',
        startTime: '15:00',
        endTime: '16:00',
      }),
    ],
  ])('%s → accepted', (_, a) => {
    expect(checkAct(filed(), a)).toEqual({ ok: true })
  })
  it.each(['027-84851234', '13912345678', '12315'])(
    '回访 with the phone %s → accepted',
    (phone) => {
      const educated = makeCase([
        act('clueRegistered', '2026-09-01', P.clue()),
        act('educationGiven', '2026-09-02', { method: 'onSite', content: '现场讲解相关规定' }),
      ])
      expect(checkAct(educated, act('followUpVisit', '2026-09-05', visit(phone)))).toEqual({
        ok: true,
      })
    },
  )
})

describe('acts of the 2021 范本 forms without item lists: when they are allowed and their dates', () => {
  const clue = act('clueRegistered', '2026-09-01', P.clue())
  const filed = () => makeCase([clue, act('caseFiled', '2026-09-02', P.filed())])
  const decided = () =>
    makeCase([
      clue,
      act('caseFiled', '2026-09-02', P.filed()),
      act('penaltyDecision', '2026-09-20', P.decision()),
    ])

  it.each([
    [
      '有关事项审批 needs a registered lead (form 8)',
      makeCase([]),
      'matterApproved',
      '请先登记线索',
    ],
    [
      '限期提供材料 gathers evidence: not after the decision (SAMR-PR Art. 30)',
      decided(),
      'materialsRequested',
      '本案已作出处理决定，不再调查取证',
    ],
    [
      '协助调查 gathers evidence: not after the decision (SAMR-PR Art. 45)',
      decided(),
      'assistanceRequested',
      '本案已作出处理决定，不再调查取证',
    ],
    [
      '指定管辖 not after the decision (SAMR-PR Arts. 13–15)',
      decided(),
      'jurisdictionDesignated',
      '本案已作出处理决定',
    ],
    [
      '案件交办 needs a registered lead (SAMR-PR Art. 15)',
      makeCase([]),
      'caseAssigned',
      '请先登记线索',
    ],
    [
      '案件交办 only once: a case already designated is not handed on again',
      makeCase([
        clue,
        act('jurisdictionDesignated', '2026-09-03', {
          ground: 'dispute',
          designatedOffice: '某区市场监督管理局',
        }),
      ]),
      'caseAssigned',
      '本案已指定管辖或交办',
    ],
  ] as const)('%s', (_, c, type, reason) => {
    expect(blocked(c, '2026-09-25', type).join('')).toContain(reason)
  })

  it.each([
    ['送达地址确认 (SAMR-PR Art. 83) at any stage', 'serviceAddressConfirmed'],
    ['行政提醒 (鄂市监法〔2022〕42号 第九项)', 'administrativeReminder'],
    ['执法建议 (鄂市监法〔2022〕42号 第十五项)', 'enforcementSuggestion'],
    ['有关事项审批 once the lead is registered', 'matterApproved'],
    ['限期提供材料 while investigating', 'materialsRequested'],
    ['协助调查 while investigating', 'assistanceRequested'],
    ['指定管辖 before the decision', 'jurisdictionDesignated'],
  ] as const)('%s → allowed', (_, type) => {
    expect(allowed(filed(), '2026-09-05', type)).toBe(true)
  })

  it.each([
    [
      '限期提供材料 whose deadline is the day it is asked (SAMR-PR Art. 30: 一定期限)',
      act('materialsRequested', '2026-09-05', {
        materials: ['进货票据'],
        provideBy: '2026-09-05',
        serviceMethod: 'direct',
      }),
      /提供材料的期限（2026年9月5日）应晚于本记录日期/,
    ],
    [
      '责令退还多收价款 whose 退还期限 is before the order',
      act('refundOrdered', '2026-09-05', {
        amountFen: 10_000,
        requirement: '逐一退还',
        refundBy: '2026-09-01',
      }),
      /退还期限.*应晚于本记录日期/,
    ],
    [
      '同意电子送达 without the channel and address (APL Art. 61 para 2)',
      act('serviceAddressConfirmed', '2026-09-05', {
        signedBy: '陈明',
        address: '武汉市汉阳区鹦鹉大道18号',
        electronicConsent: true,
      }),
      /同意电子送达的，请填写电子送达方式和地址/,
    ],
  ])('%s → refused', (_, a, reason) => {
    const r = checkAct(filed(), a)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message).toMatch(reason)
  })
})
