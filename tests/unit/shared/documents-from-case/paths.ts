/**
 * The three reference paths as CaseFacts (acts as a user would record them):
 * (a) 约谈 → 责令改正 → 复查 → 回访; (b) 立案 → 告知 → 听证 → 法制审核 → 集体讨论 → 处罚决定 →
 * 送达 → 催告 → 缴纳 → 结案 → 回访; (c) 首违不罚 with a 免罚清单 item → 说服教育 → 回访 → 结案.
 */
import type {
  Act,
  ActPayload,
  ActType,
  CaseFacts,
  CaseOfficer,
} from '../../../../shared/domain/case'

let n = 0
/** A deterministic UUID. */
export function uuid(): string {
  n += 1
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`
}

export const officers: CaseOfficer[] = [
  { officerId: uuid(), name: '李明', certificateNo: '42010519001' },
  { officerId: uuid(), name: '张华', certificateNo: '42010519002' },
]
const ids = officers.map((o) => o.officerId)

export function act<K extends ActType>(type: K, occurredOn: string, payload: ActPayload<K>): Act {
  return {
    id: uuid(),
    type,
    occurredOn,
    recordedAt: `${occurredOn}T09:00:00.000+08:00`,
    recordedBy: 'local-user',
    payload,
  } as Act
}

const party = {
  kind: 'organisation' as const,
  name: '武汉市汉阳区鹦鹉食品店有限公司',
  uscc: '91420105MA4K3ABC1E',
  legalRepresentative: '陈明',
  address: '武汉市汉阳区鹦鹉大道18号',
  phone: '13912345678',
}

const base = (caseNo: string, cause: string, sourceDate: string): Omit<CaseFacts, 'acts'> => ({
  id: uuid(),
  caseNo,
  party,
  cause,
  source: 'inspection',
  sourceDate,
  officers,
})

const visit = (on: string): Act =>
  act('followUpVisit', on, {
    method: 'phone',
    visitorIds: ids,
    contactPerson: '陈明',
    contactPhone: '13912345678',
    rectification: 'rectified',
    conductProper: true,
    rightsExplained: true,
    integrityIssue: false,
    needsGuidance: false,
    satisfaction: 'satisfied',
    findings: '当事人已建立进货查验台账',
    followUpAction: '',
  })

/** (a) 约谈 → 责令改正 → 复查合格 → 回访. */
export function pathA(): CaseFacts {
  return {
    ...base('鄂汉阳市监案〔2026〕1号', '涉嫌未建立食品进货查验记录制度案', '2026-09-01'),
    acts: [
      act('clueRegistered', '2026-09-01', {
        source: 'inspection',
        summary: '检查发现未建立食品进货查验记录',
        realNameReporter: false,
      }),
      act('interviewNoticeServed', '2026-09-02', {
        scheduledOn: '2026-09-08',
        place: '汉阳区市场监管局三楼会议室',
        attendeeName: '陈明',
        attendeeRole: '法定代表人',
        reason: '未建立食品进货查验记录制度',
        legalBasis: '《中华人民共和国食品安全法》第一百一十四条',
        serviceMethod: 'direct',
      }),
      act('interviewHeld', '2026-09-08', {
        place: '汉阳区市场监管局三楼会议室',
        interviewerIds: ids,
        attendees: ['陈明'],
        problems: '进货查验记录缺失，无法追溯',
        explanation: '店员不熟悉制度',
        requirements: '十日内建立进货查验记录制度',
        undertakings: [{ content: '建立进货查验台账', dueOn: '2026-09-18' }],
        recordSigned: true,
      }),
      act('correctionOrderServed', '2026-09-08', {
        violation: '未建立食品进货查验记录制度',
        legalBasis: '《中华人民共和国行政处罚法》第二十八条第一款',
        requirement: '建立并执行食品进货查验记录制度',
        mode: 'byDate',
        correctBy: '2026-09-18',
        serviceMethod: 'direct',
      }),
      act('correctionReviewed', '2026-09-20', {
        result: 'corrected',
        findings: '已建立台账并如实记录',
      }),
      visit('2026-10-08'),
    ],
  }
}

/** (b) the ordinary penalty procedure with a hearing. */
export function pathB(): CaseFacts {
  const acts: Act[] = [
    act('clueRegistered', '2026-03-01', {
      source: 'inspection',
      summary: '检查发现销售超过保质期的食品',
      realNameReporter: false,
    }),
    act('caseFiled', '2026-03-03', { approver: '刘局长', reason: '涉嫌经营超过保质期的食品' }),
    act('investigationConcluded', '2026-04-10', {
      summary: '当事人于2026年2月起销售超过保质期的饼干20盒，货值金额800元',
      proposal: 'penalty',
      proposedPenalty: {
        warning: true,
        circulatedCriticism: false,
        fineFen: 5_000_000,
        confiscatedGainsFen: 80_000,
        confiscatedPropertyValueFen: 0,
        licenceAction: 'none',
        businessRestriction: 'none',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款',
      },
      legalReviewTriggers: [],
      complexOrMajor: false,
    }),
  ]
  const penalty = (acts[2]!.payload as ActPayload<'investigationConcluded'>).proposedPenalty!
  acts.push(
    act('penaltyNoticeServed', '2026-04-15', {
      proposedPenalty: penalty,
      hearingRightsTold: true,
      serviceMethod: 'direct',
    }),
    act('hearingRequested', '2026-04-17', { form: 'written', agentNames: [] }),
    act('hearingNoticeServed', '2026-04-20', {
      hearingOn: '2026-04-28',
      place: '汉阳区市场监管局听证室',
      presider: '王法制',
      isPublic: true,
      serviceMethod: 'direct',
    }),
    act('hearingHeld', '2026-04-28', {
      presider: '王法制',
      partyAppeared: true,
      summary: '当事人对事实无异议，请求从轻处罚',
    }),
    act('reviewSubmitted', '2026-05-06', { reviewKind: 'legalReview' }),
    act('caseReviewed', '2026-05-08', {
      reviewKind: 'legalReview',
      opinion: 'agree',
      reviewer: '王法制',
    }),
    act('collectiveDiscussion', '2026-05-10', {
      purpose: 'decision',
      participants: ['刘局长', '赵副局长', '孙副局长'],
      conclusion: '同意给予警告、罚款五万元、没收违法所得八百元的处罚',
    }),
  )
  const decision = act('penaltyDecision', '2026-05-12', { penalty })
  acts.push(
    decision,
    act('decisionServed', '2026-05-13', {
      decisionActId: decision.id,
      method: 'direct',
      recipient: '陈明',
      publicationNotified: true,
      electronicConsent: false,
    }),
    act('paymentMade', '2026-05-20', { kind: 'fine', amountFen: 2_000_000 }),
    act('reminderServed', '2026-06-10', {
      amountDueFen: 3_000_000,
      surchargeFen: 600_000,
      serviceMethod: 'direct',
    }),
    act('paymentMade', '2026-06-15', {
      kind: 'fine',
      amountFen: 3_000_000,
      receiptNo: 'FS2026001',
    }),
    act('caseClosed', '2026-06-20', { reason: 'executed', approver: '刘局长' }),
    visit('2026-07-01'),
  )
  return { ...base('鄂汉阳市监案〔2026〕2号', '涉嫌经营超过保质期的食品案', '2026-03-01'), acts }
}

/** (c) 首违不罚 with a 免罚清单 item, education, 回访, 结案. */
export function pathC(): CaseFacts {
  return {
    ...base('鄂汉阳市监案〔2026〕3号', '涉嫌未按规定公示营业执照案', '2026-06-01'),
    acts: [
      act('clueRegistered', '2026-06-01', {
        source: 'inspection',
        summary: '检查发现营业执照未悬挂于经营场所醒目位置',
        realNameReporter: false,
      }),
      act('educationGiven', '2026-06-02', {
        method: 'onSite',
        content: '现场讲解《市场主体登记管理条例》相关规定',
      }),
      act('correctionReviewed', '2026-06-03', {
        result: 'corrected',
        findings: '已将营业执照悬挂于醒目位置',
      }),
      act('noPenaltyDecision', '2026-06-05', {
        ground: 'art33_1_s2',
        reason: '当事人初次违法，危害后果轻微并已及时改正',
        exemptionListItem: {
          id: '12',
          title: '未将营业执照置于住所或者主要经营场所醒目位置',
          legalBasis: '《市场主体登记管理条例》第三十六条',
          listName: '湖北省市场监管领域首违不罚清单',
        },
      }),
      visit('2026-06-20'),
      act('caseClosed', '2026-06-25', { reason: 'decidedWithoutPenalty', approver: '刘局长' }),
    ],
  }
}
