// Payload builders for the demo act sequences (each matches the shared payload schema).
import { addWorkingDaysOn, type Calendar } from '../calendar'
import { type Act, type ActType, type CaseOfficer, type Party, type Penalty } from '../domain/case'
import { shiftDays, type IsoDate } from '../util/date'
import { type DemoCause } from './causes'
import { type Rng } from './rng'

/** What a payload builder sees while a demo case is built. */
export interface DemoContext {
  rng: Rng
  cal: Calendar
  party: Party
  cause: DemoCause
  source: string
  officers: CaseOfficer[]
  head: string
  reviewer: string
  fineFen: number
  /** What the investigation report proposes. */
  proposal: 'penalty' | 'noPenalty'
  /** 从轻 decision (education recorded first). */
  lenient: boolean
  /** Acts of the case so far, by type (latest). */
  last: Partial<Record<ActType, Act>>
}

const person = (p: Party) =>
  p.kind === 'organisation'
    ? p.legalRepresentative
    : p.kind === 'soleTrader'
      ? p.operatorName
      : p.name

/** The penalty of a demo case. */
export function demoPenalty(s: DemoContext, warning = s.rng.chance(0.3)): Penalty {
  return {
    warning,
    circulatedCriticism: false,
    fineFen: s.fineFen,
    confiscatedGainsFen: 0,
    confiscatedPropertyValueFen: 0,
    licenceAction: 'none',
    businessRestriction: 'none',
    legalBasis: s.cause.basis,
  }
}

type Builder = (s: DemoContext, on: IsoDate) => unknown

const officerIds = (s: DemoContext) => s.officers.map((o) => o.officerId)

/**
 * The case's second officer as 记录人 (with the register id), as the act dialogs capture it for
 * the records they print (docs/domain/capture-once.md). No random draws: adding these fields
 * leaves every other demo value as it was.
 */
const recorder = (s: DemoContext) => {
  const o = s.officers[1] ?? s.officers[0]
  return o ? { recorder: o.name, recorderId: o.officerId } : {}
}

/**
 * The goods of a demo 先行登记保存 or 查封/扣押: food for a food cause (one item close to spoiling, so
 * a 先行处置 fits), packaged goods otherwise. No random draws.
 */
const demoItems = (s: DemoContext) =>
  s.cause.lines.includes('food') || s.cause.lines.includes('catering')
    ? [
        { name: '纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20260105' },
        { name: '散装面包', quantity: '3.5', unit: '千克', note: '临近保质期' },
      ]
    : [
        { name: '洗发水', spec: '400ml/瓶', quantity: '36', unit: '瓶', batch: 'B20251120' },
        { name: '沐浴露', spec: '750ml/瓶', quantity: '12', unit: '瓶' },
      ]

/** The demo case's 查封/扣押 so far (latest). */
const demoMeasure = (s: DemoContext) => {
  const m = s.last.coerciveMeasureTaken
  return m?.type === 'coerciveMeasureTaken' ? m : undefined
}

/** Payload per act type used by the demo scenarios. */
export const DEMO_PAYLOADS: Partial<Record<ActType, Builder>> = {
  clueRegistered: (s) => ({
    source: s.source,
    summary: `${s.party.name}${s.cause.violation}`,
    realNameReporter: s.source === 'complaint' ? s.rng.chance(0.5) : false,
  }),
  caseFiled: (s) => ({
    approver: s.head,
    reason: `当事人${s.cause.violation}，${s.cause.cause.replace(/^涉嫌|案$/g, '')}，需立案调查`,
    unitOpinion: '经核查，当事人涉嫌违法，建议立案调查。',
    unitHead: s.reviewer,
  }),
  filingDeclined: (s) => ({
    ground: s.rng.pick(['minorCorrected', 'firstViolation'] as const),
    reason: '违法行为轻微，当事人已按要求改正，未造成危害后果',
    approver: s.head,
  }),
  interviewNoticeServed: (s, on) => ({
    scheduledOn: shiftDays(on, s.rng.int(2, 4)),
    place: '本局三楼约谈室',
    attendeeName: person(s.party),
    attendeeRole: s.party.kind === 'organisation' ? '法定代表人' : '经营者',
    reason: `${s.cause.violation}问题`,
    legalBasis: '《中华人民共和国食品安全法》第一百一十四条',
    time: '09:30',
    serviceMethod: 'direct',
  }),
  interviewHeld: (s) => ({
    place: '本局三楼约谈室',
    startTime: '09:30',
    endTime: '10:20',
    ...recorder(s),
    followUp: '整改期满后实地复查整改情况',
    interviewerIds: officerIds(s),
    attendees: [person(s.party)],
    problems: s.cause.violation,
    requirements: '立即开展自查，7日内完成整改并书面报告',
    undertakings: [{ content: '按要求完成整改并加强内部管理' }],
    recordSigned: true,
  }),
  correctionOrderServed: (s, on) => {
    const byDate = s.rng.chance(0.7)
    return {
      violation: s.cause.violation,
      legalBasis: '《中华人民共和国行政处罚法》第二十八条第一款',
      requirement: '停止违法行为，完成整改',
      mode: byDate ? 'byDate' : 'immediate',
      ...(byDate ? { correctBy: shiftDays(on, 7) } : {}),
      serviceMethod: 'direct',
    }
  },
  correctionReviewed: (s) => ({
    result: 'corrected',
    findings: '复查时当事人已按要求完成整改',
    place: s.party.address,
    nextStep: '当事人已按要求完成整改，继续跟踪回访。',
  }),
  administrativeGuidance: (s) => ({
    method: s.rng.pick(['onSite', 'phone'] as const),
    content: '就依法经营、落实主体责任进行行政指导',
  }),
  warningAdmonition: () => ({ method: 'onSite', content: '当面警示劝诫，告知违法后果' }),
  writtenCaution: () => ({ method: 'written', content: '送达书面告诫书，责令规范经营' }),
  educationGiven: () => ({ method: 'onSite', content: '讲解相关法律法规，督促当事人依法经营' }),
  // The investigation's evidence acts (docs/domain/capture-once.md): a new officer sees each form.
  onSiteInspection: (s) => ({
    place: s.party.address,
    inspectorIds: officerIds(s),
    findings: `经现场检查，当事人${s.cause.violation}`,
    startTime: '09:30',
    endTime: '10:30',
    presentName: person(s.party),
    presentCapacity: s.party.kind === 'organisation' ? '法定代表人' : '经营者',
    partyOpinion: '对检查情况无异议',
    ...recorder(s),
  }),
  inquiryNoticeServed: (s, on) => ({
    scheduledOn: shiftDays(on, 3),
    time: '09:30',
    place: '本局二楼询问室',
    matters: `${s.cause.violation}的有关情况`,
    materials: ['营业执照副本', '身份证明'],
    serviceMethod: 'direct',
  }),
  inquiryHeld: (s) => ({
    place: '本局二楼询问室',
    inquirerIds: officerIds(s),
    intervieweeName: person(s.party),
    intervieweeRelation: s.party.kind === 'organisation' ? '法定代表人' : '经营者',
    qa: [
      '问：我们是市场监督管理局的执法人员，现依法向你询问有关情况，你应当如实回答。你听清楚了吗？',
      '答：听清楚了。',
      `问：请说明${s.cause.violation}的情况。`,
      '答：情况属实，我们已经开始整改。',
    ],
    startTime: '09:30',
    endTime: '10:15',
    ...recorder(s),
  }),
  materialsRequested: (_s, on) => ({
    materials: ['近三个月的进货票据', '供货商的营业执照及许可证复印件'],
    provideBy: shiftDays(on, 7),
    serviceMethod: 'direct',
  }),
  evidenceRecorded: (s) => ({
    items: ['进货票据复印件', '供货商营业执照复印件'],
    provider: person(s.party),
    place: s.party.address,
    extractorIds: officerIds(s),
  }),
  samplingDone: (s) => ({
    samples: [
      {
        name: '纯牛奶',
        spec: '250ml/盒',
        batch: '20260105',
        quantity: '6',
        unit: '盒',
        base: '24',
        spare: '3',
      },
    ],
    place: s.party.address,
    samplerIds: officerIds(s),
    presentName: person(s.party),
    method: '随机抽取，现场封样',
    storage: '样品及备样加贴封条，备样由本局保存',
  }),
  evidencePreserved: (s) => ({
    items: demoItems(s),
    storage: 'onSite',
    place: s.party.address,
    reason: '证据可能灭失或者以后难以取得',
    approver: s.head,
  }),
  evidencePreservationLifted: (s) => ({
    preservedActId: s.last.evidencePreserved?.id,
    outcome: 'recorded',
    note: '已拍照、复制留存',
  }),
  coerciveMeasureTaken: (s) => ({
    measure: 'seize',
    items: demoItems(s),
    place: '本局涉案物品保管室',
    reason: `当事人${s.cause.violation}，涉案物品需依法扣押`,
    legalBasis: s.cause.basis,
    days: 30,
    approver: s.head,
  }),
  // 先行处置 of the goods close to spoiling, with the rights holder's consent (SAMR-PR Art. 41).
  advanceDisposal: (s) => {
    const m = demoMeasure(s)
    const item = m?.payload.items.at(-1)
    return {
      sourceActId: m?.id,
      items: item ? [{ ...item }] : [],
      reason: 'spoiling',
      ground: 'consent',
      rightsHolder: `${s.party.name}（${person(s.party)}）`,
      evidenceKept: '拍照、录像并抽取样品',
      method: '依法变卖',
      approver: s.head,
    }
  },
  coerciveMeasureLifted: (s, on) => ({
    measureActId: demoMeasure(s)?.id,
    ground: 'notNeeded',
    returnedOn: on,
  }),
  seizedItemsHandled: (s) => {
    const m = demoMeasure(s)
    const disposed = s.last.advanceDisposal
    const gone = new Set(
      disposed?.type === 'advanceDisposal' ? disposed.payload.items.map((i) => i.name) : [],
    )
    return {
      sourceActId: m?.id,
      items: (m?.payload.items ?? [])
        .filter((i) => !gone.has(i.name))
        .map((i) => ({
          name: i.name,
          quantity: i.quantity,
          unit: i.unit,
          disposition: 'returned',
        })),
      place: '本局涉案物品保管室',
      handlerIds: officerIds(s),
      witness: person(s.party),
    }
  },
  assistanceRequested: (s) => ({
    recipient: '武汉市江岸区市场监督管理局',
    matters: `核实当事人供货单位的经营资质及${s.cause.violation}涉及商品的来源`,
  }),
  testingStarted: () => ({
    kind: 'testing',
    institution: '湖北省食品质量安全监督检验研究院',
    items: '抽样检验',
    partyNotified: true,
  }),
  testingConcluded: () => ({ result: '检验结论：不合格', partyNotified: true }),
  investigationConcluded: (s) => ({
    summary: `经调查，当事人${s.cause.violation}，事实清楚，证据确凿`,
    proposal: s.proposal,
    ...(s.proposal === 'penalty' ? { proposedPenalty: demoPenalty(s, false) } : {}),
    legalReviewTriggers: [],
    complexOrMajor: false,
    characterisation: `当事人的行为违反了${s.cause.basis}的规定，构成${s.cause.cause.replace(/^涉嫌|案$/g, '')}。`,
  }),
  investigationTerminated: (s) => ({ reason: '违法事实不能成立，终止调查', approver: s.head }),
  caseTransferred: () => ({
    to: 'judicial',
    recipient: '武汉市公安局汉阳区分局',
    reason: '涉嫌犯罪，依法移送',
  }),
  reviewSubmitted: (s) => ({ reviewKind: s.last.hearingHeld ? 'legalReview' : 'caseReview' }),
  caseReviewed: (s) => ({
    reviewKind: s.last.hearingHeld ? 'legalReview' : 'caseReview',
    opinion: 'agree',
    reviewer: s.reviewer,
    jurisdictionOpinion: '当事人主体认定准确，本局具有管辖权。',
    factsOpinion: '违法事实清楚，证据确实充分。',
    characterisationOpinion: '定性准确。',
    legalBasisOpinion: '适用依据正确。',
    procedureOpinion: '程序合法。',
    appropriatenessOpinion: '处罚裁量适当。',
    headOpinion: '同意审核意见。',
    head: s.head,
  }),
  penaltyNoticeServed: (s) => {
    const concl = s.last.investigationConcluded
    const proposed =
      concl?.type === 'investigationConcluded' ? concl.payload.proposedPenalty : undefined
    return {
      proposedPenalty: proposed ?? demoPenalty(s, false),
      hearingRightsTold: true,
      serviceMethod: 'direct',
    }
  },
  statementDefence: () => ({
    form: 'written',
    content: '当事人称系初次违法，已积极整改，请求从轻处罚',
  }),
  defenceRechecked: (s) => ({
    statementActId: s.last.statementDefence?.id,
    outcome: 'partlyAdopted',
    reason: '当事人所述整改情况属实，已在处罚裁量中予以考虑',
  }),
  rightsWaived: (s) => ({ waivesStatement: true, waivesHearing: true, signedBy: person(s.party) }),
  hearingRequested: () => ({ form: 'written', agentNames: [] }),
  hearingNoticeServed: (s, on) => ({
    hearingOn: addWorkingDaysOn(s.cal, on, 8),
    place: '本局听证室',
    presider: s.reviewer,
    isPublic: true,
    serviceMethod: 'direct',
    time: '09:00',
    ...recorder(s),
  }),
  hearingHeld: (s) => ({
    presider: s.reviewer,
    partyAppeared: true,
    summary: '当事人到场陈述申辩，质证完毕',
  }),
  collectiveDiscussion: (s) => ({
    purpose: 'decision',
    participants: [s.head, '李副局长', '王副局长'],
    conclusion: '同意按拟处罚意见作出处罚决定',
    startTime: '15:00',
    endTime: '16:00',
    place: '本局三楼会议室',
    host: s.head,
    hostPosition: '局长',
    ...recorder(s),
    opinions: [`${s.head}：同意办案机构意见`, '李副局长：同意', '王副局长：同意'],
  }),
  penaltyDecision: (s) => {
    const notice = s.last.penaltyNoticeServed
    const penalty =
      notice?.type === 'penaltyNoticeServed'
        ? notice.payload.proposedPenalty
        : demoPenalty(s, false)
    return {
      penalty,
      ...(s.lenient
        ? {
            leniency: {
              kind: 'lighter',
              grounds: ['art32_1'],
              explanation: '当事人主动消除违法行为危害后果，依法从轻处罚',
            },
          }
        : {}),
    }
  },
  noPenaltyDecision: (s) => ({
    ground: s.cause.exemptionCode ? 'art33_1_s2' : 'art33_1_s1',
    reason: s.cause.exemptionCode
      ? '当事人初次违法且危害后果轻微并及时改正'
      : '违法行为轻微并及时改正，没有造成危害后果',
    ...(s.cause.exemptionCode
      ? {
          exemptionListItem: {
            id: s.cause.exemptionCode,
            title: s.cause.violation,
            legalBasis: s.cause.basis,
            listName: '演示免罚清单',
          },
        }
      : {}),
  }),
  summaryPenalty: (s, on) => ({
    documentNo: `当场〔${on.slice(0, 4)}〕${s.rng.int(1, 999)}号`,
    warning: true,
    fineFen: s.fineFen,
    time: '10:30',
    place: s.party.address,
    legalBasis: s.cause.basis,
    officerIds: officerIds(s),
  }),
  summaryArchived: () => ({ note: '两日内交回所属行政机关归档' }),
  decisionServed: (s) => {
    const d = s.last.penaltyDecision ?? s.last.noPenaltyDecision
    return {
      decisionActId: d?.id,
      method: 'direct',
      recipient: person(s.party),
      address: s.party.address,
      publicationNotified: true,
    }
  },
  paymentMade: (s) => ({
    kind: 'fine',
    amountFen: s.fineFen,
    receiptNo: `HB${s.rng.int(10_000_000, 99_999_999)}`,
  }),
  publicised: () => ({ platform: '国家企业信用信息公示系统' }),
  caseClosed: (s) => ({
    reason:
      s.last.noPenaltyDecision || s.last.caseTransferred
        ? 'decidedWithoutPenalty'
        : s.last.investigationTerminated
          ? 'investigationTerminated'
          : 'executed',
    approver: s.head,
    officerOpinion: '案件已办理完毕，建议结案。',
    unitOpinion: '同意结案。',
    unitHead: s.reviewer,
  }),
  followUpVisit: (s) => ({
    method: s.rng.pick(['phone', 'online', 'onSite'] as const),
    visitorIds: [s.officers[0]!.officerId],
    time: '10:00',
    contactPerson: person(s.party),
    rectification: s.rng.weighted({ rectified: 8, partlyRectified: 2, notRectified: 1 }),
    conductProper: true,
    rightsExplained: true,
    integrityIssue: false,
    needsGuidance: s.rng.chance(0.2),
    satisfaction: s.rng.weighted({ satisfied: 8, basicallySatisfied: 3, dissatisfied: 1 }),
    findings: '当事人已落实整改，经营规范',
  }),
}
