// Lifecycle gates (docs/domain/deadlines.md "Lifecycle gates"): for each act type, the reasons (Chinese) why it
// may not be recorded now. An empty list means the act is allowed.
import {
  addNaturalDaysOn,
  addWorkingDaysOn,
  rollToWorkingDayOn,
  type Calendar,
} from '../../calendar'
import { addMonths, formatChineseDate, type IsoDate } from '../../util/date'
import { formatFenAsYuan } from '../../money'
import { type ActType } from './acts'
import { certifiedOfficers, type CaseFacts } from './case'
import { type CaseView } from './case-view'
import { closingCondition, fineSettledOn } from './deadlines'
import { isWarningOnly } from './penalty'
import { CORRECTION_RESULTS } from './payloads-intake'
import { openMeasures, openPreservations } from './measures'
import {
  after,
  collectiveRequired,
  fullyWaived,
  inHearingScope,
  legalReviewRequired,
  noticeReplyEnd,
  openHearingRequest,
  reviewAgreed,
} from './procedure-facts'
import { HEARING_NOTICE_LEAD_WORKING_DAYS, type DeadlineRuleId } from './rules'
import { ruleLength, type RuleSettings } from './settings'

/** What a gate sees: the case, its view, the date of the prospective act, settings, calendar. */
export interface GateContext {
  /** The case; `acts` holds every stored act (voided ones too) when the caller has them. */
  c: Pick<CaseFacts, 'party' | 'officers'> & Partial<Pick<CaseFacts, 'acts'>>
  v: CaseView
  on: IsoDate
  settings: RuleSettings
  cal: Calendar
}

const d = formatChineseDate
const SOFT: ActType[] = [
  'administrativeGuidance',
  'warningAdmonition',
  'writtenCaution',
  'educationGiven',
]
/** Acts that count as educating the party (APL Art. 33 para 3). */
export const EDUCATION_ACTS: ActType[] = [...SOFT, 'interviewHeld']
const AFTER_CLOSE: ActType[] = [
  'followUpVisit',
  'publicationWithdrawn',
  'actVoided',
  'administrativeGuidance',
  'educationGiven',
  // A conflict over who holds a closed case is still decided (docs/sync.md "Assignment").
  'caseHandover',
]

function officersReason(g: GateContext): string[] {
  const n = certifiedOfficers(g.c).length
  return n >= 2
    ? []
    : [
        `办案人员应不少于两名且持有执法证件（行政处罚法第四十二条），当前${n}名，请在案件中指派办案人员`,
      ]
}

/** Reasons shared by the decision acts (penalty and no penalty) of the ordinary procedure. */
function ordinaryDecisionReasons(g: GateContext, proposal: 'penalty' | 'noPenalty'): string[] {
  const { v } = g
  const r: string[] = []
  if (!v.has('caseFiled')) return ['尚未立案，请先立案或适用当场处罚']
  if (v.decision || v.ending) return ['本案已作出处理决定']
  if (v.pauses.some((p) => p.kind === 'suspension' && !p.to)) r.push('调查已中止，请先恢复调查')
  const concl = v.last('investigationConcluded')
  if (!concl) r.push('请先提交案件调查终结报告')
  else if (concl.payload.proposal !== proposal) {
    r.push(
      `调查终结报告的拟处理意见为“${proposal === 'penalty' ? '不予行政处罚等' : '给予行政处罚等'}”，如需改变请重新提交调查终结报告并审核`,
    )
  }
  if (concl && !reviewAgreed(v, 'any'))
    r.push('案件审核/法制审核尚未同意（市场监督管理行政处罚程序规定第四十九条至第五十五条）')
  const hearing = v.last('hearingHeld')
  const heard = hearing?.payload.partyAppeared === true
  if (
    legalReviewRequired(v) &&
    !reviewAgreed(
      v,
      'legalReview',
      hearing && hearing.occurredOn >= (concl?.occurredOn ?? '') ? hearing : concl,
    )
  ) {
    // A 法制审核 before the hearing does not count: the review follows the hearing
    // (APL Art. 58 para 1 (二); SAMR-PR Art. 50 para 1 (二), docs/domain/discretion.md).
    r.push(
      heard && hearing
        ? `经过听证的案件，须在听证后（${d(hearing.occurredOn)}或之后）经法制审核同意方可作出决定；听证前的法制审核不能作为依据，请提交法制审核（行政处罚法第五十八条第一款第二项；市场监督管理行政处罚程序规定第五十条第一款第二项）`
        : `本案须经法制审核同意方可作出决定（行政处罚法第五十八条）`,
    )
  }
  if (collectiveRequired(v, g.settings)) {
    const lastAgree = reviewAgreed(
      v,
      'any',
      hearing && concl && hearing.occurredOn >= concl.occurredOn ? hearing : concl,
    )
    if (
      !lastAgree ||
      !after(v, 'collectiveDiscussion', lastAgree).some((x) => x.payload.purpose === 'decision')
    ) {
      r.push('本案须经负责人集体讨论决定（行政处罚法第五十七条第二款；程序规定第六十条第二款）')
    }
  }
  const statements = v.all('statementDefence')
  const rechecked = new Set(v.all('defenceRechecked').map((x) => x.payload.statementActId))
  if (statements.some((s) => !rechecked.has(s.id)))
    r.push('当事人的陈述申辩尚未复核（行政处罚法第四十五条）')
  if (openHearingRequest(v))
    r.push('当事人已申请听证，听证尚未举行或撤回（行政处罚法第六十三条、第六十四条）')
  return [...r, ...officersReason(g)]
}

/**
 * Whether published penalty information must now be taken down (市场监督管理行政处罚信息公示规定
 * Arts. 11–12): the decision was published and then changed or annulled by a review or suit, or
 * revoked (an 撤销 of the decision), and no 撤下公示 was recorded since. The clock itself is
 * `publicationClock` (shared/publication/clock.ts); this is its trigger over the stored acts.
 */
export function withdrawalDue(g: Pick<GateContext, 'c' | 'v'>): boolean {
  const acts = g.c.acts ?? g.v.acts
  const voidedIds = new Set(
    acts.flatMap((a) => (a.type === 'actVoided' ? [a.payload.targetActId] : [])),
  )
  const revokedDecision = acts.find(
    (a) =>
      a.type === 'actVoided' &&
      a.payload.kind === 'revoked' &&
      acts.some((t) => t.id === a.payload.targetActId && t.type === 'penaltyDecision'),
  )
  const entryErrors = new Set(
    acts.flatMap((a) =>
      a.type === 'actVoided' && a.payload.kind === 'voided' ? [a.payload.targetActId] : [],
    ),
  )
  const published = acts.filter((a) => a.type === 'publicised' && !entryErrors.has(a.id))
  if (published.length === 0) return false
  const firstPublished = published.map((a) => a.occurredOn).sort()[0] as string
  const remedy = g.v.acts.find(
    (a) =>
      a.type === 'remedyConcluded' &&
      (a.payload.result === 'annulled' || a.payload.result === 'changed') &&
      a.occurredOn >= firstPublished,
  )
  const trigger = remedy?.occurredOn ?? (revokedDecision ? revokedDecision.occurredOn : undefined)
  if (trigger === undefined) return false
  return !acts.some(
    (a) => a.type === 'publicationWithdrawn' && !voidedIds.has(a.id) && a.occurredOn >= trigger,
  )
}

/** Gate per act type. */
export function gateReasons(type: ActType, g: GateContext): string[] {
  const { v, on } = g
  if (v.closed && !AFTER_CLOSE.includes(type)) return ['案件已结案']
  const declined = v.has('filingDeclined')
  const filed = v.has('caseFiled')
  const decided = v.decision !== undefined || v.ending !== undefined
  const penaltyPath = (): string[] => {
    if (declined) return ['已决定不予立案']
    if (!filed) return ['尚未立案']
    if (decided) return ['本案已作出处理决定']
    return []
  }
  const open = (k: 'suspension' | 'testing' | 'refund') =>
    v.pauses.some((p) => p.kind === k && !p.to)
  switch (type) {
    case 'clueRegistered':
      return v.has('clueRegistered') ? ['本案已登记线索'] : []
    case 'caseFiled':
    case 'filingDeclined': {
      if (!v.has('clueRegistered')) return ['请先登记线索']
      if (filed || declined) return ['已作出立案或不予立案决定']
      if (v.decision?.type === 'summaryPenalty') return ['已当场处罚，不再立案']
      return type === 'caseFiled' ? officersReason(g) : []
    }
    case 'periodExtended':
      return !v.has('clueRegistered') ? ['请先登记线索'] : decided ? ['本案已作出处理决定'] : []
    // 有关事项审批 (form 8): any matter of a registered case that needs the head's approval.
    case 'matterApproved':
      return v.has('clueRegistered') ? [] : ['请先登记线索']
    // 送达地址确认书 (form 10; SAMR-PR Art. 83): may be signed at any stage before closing.
    case 'serviceAddressConfirmed':
      return []
    // 行政提醒 / 执法建议 (鄂市监法〔2022〕42号 items 九, 十五): soft measures, any time before closing.
    case 'administrativeReminder':
    case 'enforcementSuggestion':
      return []
    // 指定管辖 / 案件交办 (SAMR-PR Arts. 13–15): this office hands the case on before deciding it.
    case 'jurisdictionDesignated':
    case 'caseAssigned': {
      if (!v.has('clueRegistered')) return ['请先登记线索']
      if (decided) return ['本案已作出处理决定']
      if (v.has('jurisdictionDesignated') || v.has('caseAssigned'))
        return ['本案已指定管辖或交办，不能再次指定或交办']
      if (v.has('caseTransferred')) return ['本案已移送']
      return []
    }
    case 'interviewNoticeServed':
    case 'interviewHeld':
    case 'correctionOrderServed':
    case 'administrativeGuidance':
    case 'warningAdmonition':
    case 'writtenCaution':
    case 'educationGiven':
    case 'collectiveDiscussion':
      return []
    case 'correctionReviewed':
      return v.has('correctionOrderServed') ? [] : ['尚未送达责令改正通知书']
    case 'investigationSuspended':
      return [...penaltyPath(), ...(open('suspension') ? ['调查已处于中止状态'] : [])]
    case 'investigationResumed':
      return open('suspension') ? [] : ['调查未中止']
    case 'testingStarted':
      return decided ? ['本案已作出处理决定'] : open('testing') ? ['已有未完成的检测/鉴定委托'] : []
    case 'testingConcluded':
      return open('testing') ? [] : ['没有未完成的检测/鉴定委托']
    case 'refundOrdered':
      return [...penaltyPath(), ...(open('refund') ? ['已责令退还多收价款，尚未完成'] : [])]
    case 'refundCompleted':
      return open('refund') ? [] : ['尚未责令退还多收价款']
    case 'evidenceRecorded':
      return decided ? ['本案已作出处理决定，证据清单不再增加'] : []
    // 先行登记保存 and 查封/扣押 secure evidence and property while the matter is investigated,
    // before or after 立案 (docs/domain/deadlines.md); two officers carry them out (APL Art. 42;
    // AEL Art. 18).
    case 'evidencePreserved':
    case 'coerciveMeasureTaken':
      if (declined) return ['已决定不予立案，不再采取证据保全或强制措施']
      return decided ? ['本案已作出处理决定，不再先行登记保存或查封、扣押'] : officersReason(g)
    case 'evidencePreservationLifted':
      return openPreservations(v).length ? [] : ['没有未解除的先行登记保存，请先记录“先行登记保存”']
    case 'coerciveMeasureExtended':
      return openMeasures(v).length ? [] : ['没有未解除的查封、扣押，请先记录“查封/扣押”']
    case 'coerciveMeasureLifted':
      return openMeasures(v).length ? [] : ['没有未解除的查封、扣押']
    // 抽样取证 gathers evidence like 现场检查 (APL Art. 56), before or after 立案.
    case 'samplingDone':
    case 'electronicDataExtracted':
      if (declined) return ['已决定不予立案，不再调查取证']
      return decided ? ['本案已作出处理决定，不再调查取证'] : officersReason(g)
    // 先行处置 of goods under 查封/扣押, before they are determined to be confiscated (SAMR-PR
    // Art. 41 para 3: 在确定为罚没财物前).
    case 'advanceDisposal':
      if (decided) return ['本案已作出处理决定，涉案物品按决定处理，不再先行处置']
      return openMeasures(v).length ? [] : ['没有未解除的查封、扣押，请先记录“查封/扣押”']
    case 'seizedItemsHandled':
      return v.has('evidencePreserved') || v.has('coerciveMeasureTaken')
        ? []
        : ['本案没有先行登记保存或查封、扣押的物品']
    // Before or after 立案: a lead is checked before filing (SAMR-PR Art. 18 核查); evidence is
    // gathered up to the decision (docs/domain/capture-once.md); 限期提供材料 (SAMR-PR Art. 30) and
    // 协助调查函 (Art. 45) gather evidence too.
    case 'onSiteInspection':
    case 'inquiryNoticeServed':
    case 'inquiryHeld':
    case 'materialsRequested':
    case 'assistanceRequested':
      return decided ? ['本案已作出处理决定，不再调查取证'] : []
    case 'investigationConcluded': {
      const r = penaltyPath()
      if (open('suspension')) r.push('调查已中止，请先恢复调查')
      const concl = v.last('investigationConcluded')
      const lastReview = after(v, 'caseReviewed', concl).at(-1)
      if (concl && (!lastReview || lastReview.payload.opinion === 'agree')) {
        r.push('已提交调查终结报告；审核意见为不同意或修改后提交时方可重新提交')
      }
      return r
    }
    case 'investigationTerminated':
    case 'caseTransferred':
      return penaltyPath()
    case 'reviewSubmitted': {
      const r = penaltyPath()
      const concl = v.last('investigationConcluded')
      if (!concl) r.push('请先提交案件调查终结报告')
      const sub = v.last('reviewSubmitted')
      if (sub && after(v, 'caseReviewed', sub).length === 0) r.push('已提交审核，尚未出具审核意见')
      return r
    }
    case 'caseReviewed': {
      const sub = v.last('reviewSubmitted')
      return sub && after(v, 'caseReviewed', sub).length === 0 ? [] : ['尚未提交审核材料']
    }
    case 'penaltyNoticeServed': {
      const r = penaltyPath()
      const concl = v.last('investigationConcluded')
      if (!concl) r.push('请先提交案件调查终结报告')
      else if (concl.payload.proposal !== 'penalty')
        r.push('调查终结报告未拟给予行政处罚，无需告知')
      if (concl && !reviewAgreed(v, 'any')) r.push('案件审核/法制审核尚未同意')
      const needsLegal = (concl?.payload.legalReviewTriggers.length ?? 0) > 0
      if (concl && needsLegal && !reviewAgreed(v, 'legalReview'))
        r.push('本案须经法制审核同意（行政处罚法第五十八条）')
      return r
    }
    case 'statementDefence':
    case 'rightsWaived': {
      if (!v.has('penaltyNoticeServed')) return ['尚未送达行政处罚告知书']
      if (decided) return ['本案已作出处理决定']
      if (type === 'rightsWaived' && fullyWaived(v)) return ['当事人已书面放弃权利']
      return []
    }
    case 'defenceRechecked': {
      const rechecked = new Set(v.all('defenceRechecked').map((x) => x.payload.statementActId))
      return v.all('statementDefence').some((s) => !rechecked.has(s.id))
        ? []
        : ['没有待复核的陈述申辩']
    }
    case 'hearingRequested': {
      const n = v.last('penaltyNoticeServed')
      if (!n) return ['尚未送达行政处罚告知书']
      if (decided) return ['本案已作出处理决定']
      const r: string[] = []
      if (!n.payload.hearingRightsTold && !inHearingScope(n.payload.proposedPenalty, g)) {
        r.push('拟作出的处罚不属于听证范围（行政处罚法第六十三条）')
      }
      const end = noticeReplyEnd(g) as IsoDate
      if (on > end) r.push(`听证申请期已届满（告知书送达后5个工作日，截止${d(end)}）`)
      if (after(v, 'hearingRequested', n).length) r.push('当事人已申请听证')
      if (after(v, 'rightsWaived', n).some((w) => w.payload.waivesHearing))
        r.push('当事人已书面放弃听证')
      return r
    }
    case 'hearingWithdrawn':
      return openHearingRequest(v) ? [] : ['没有未处理的听证申请']
    case 'hearingNoticeServed': {
      const req = openHearingRequest(v)
      if (!req) return ['没有未处理的听证申请']
      return after(v, 'hearingNoticeServed', req).length ? ['已送达听证通知书'] : []
    }
    case 'hearingHeld': {
      const req = openHearingRequest(v)
      const notice = req ? after(v, 'hearingNoticeServed', req).at(-1) : undefined
      if (!notice) return ['请先送达听证通知书']
      const earliest = addWorkingDaysOn(g.cal, notice.occurredOn, HEARING_NOTICE_LEAD_WORKING_DAYS)
      return on > earliest
        ? []
        : [`听证通知书送达后须满7个工作日方可举行听证（行政处罚法第六十四条，${d(earliest)}之后）`]
    }
    case 'penaltyDecision':
    case 'noPenaltyDecision': {
      if (declined) return ['已决定不予立案']
      const r = ordinaryDecisionReasons(g, type === 'penaltyDecision' ? 'penalty' : 'noPenalty')
      if (type === 'penaltyDecision' && filed && !decided) {
        const end = noticeReplyEnd(g)
        if (!end) r.push('请先送达行政处罚告知书（行政处罚法第四十四条）')
        else if (on <= end && !fullyWaived(v)) {
          r.push(`告知书送达后5个工作日陈述申辩期未届满（截止${d(end)}）`)
        }
      }
      if (type === 'noPenaltyDecision' && !v.acts.some((a) => EDUCATION_ACTS.includes(a.type))) {
        r.push(
          '不予行政处罚的，应当对当事人进行教育，请先记录说服教育等措施（行政处罚法第三十三条第三款）',
        )
      }
      return r
    }
    case 'summaryPenalty':
      if (filed || declined) return ['已立案或不予立案的案件不适用当场处罚']
      if (decided) return ['本案已作出处理决定']
      return officersReason(g)
    case 'summaryArchived':
      if (v.decision?.type !== 'summaryPenalty') return ['仅当场处罚案件需交回归档']
      return v.has('summaryArchived') ? ['材料已交回归档'] : []
    case 'decisionServed':
      if (!v.decision || v.decision.type === 'summaryPenalty') return ['尚未作出需送达的处理决定']
      return v.service ? ['决定书已送达'] : []
    case 'paymentMade':
    case 'paymentArrangementApproved': {
      if (v.fineFen === 0) return ['处理决定没有罚款']
      if (!v.receivedOn) return ['决定书尚未送达']
      return type === 'paymentArrangementApproved' && fineSettledOn(v) ? ['罚款已缴清'] : []
    }
    case 'reminderServed':
    case 'enforcementApplied': {
      if (v.fineFen === 0 || !v.receivedOn) return ['没有应缴未缴的罚款']
      if (fineSettledOn(v)) return ['罚款已缴清']
      const r: string[] = []
      const plan = v.last('paymentArrangementApproved')
      const lastDue = plan?.payload.schedule
        .map((s) => s.dueOn)
        .sort()
        .at(-1)
      const due = lastDue ?? addNaturalDaysOn(g.cal, v.receivedOn, lengthOf('FINE_DUE', g.settings))
      if (on <= due) r.push(`罚款缴纳期限尚未届满（截止${d(due)}）`)
      if (type === 'enforcementApplied') {
        const rem = v.last('reminderServed')
        if (!rem) r.push('申请强制执行前应先催告（行政强制法第五十四条）')
        else {
          const wait = lengthOf('REMINDER_WAIT', g.settings)
          const end = addWorkingDaysOn(g.cal, rem.occurredOn, wait)
          if (on <= end) r.push(`催告书送达后${wait}个工作日履行期未满（截止${d(end)}）`)
        }
        if (v.decision?.type !== 'summaryPenalty') {
          const suitEnd = rollToWorkingDayOn(
            g.cal,
            addMonths(v.receivedOn, lengthOf('SUIT_WINDOW', g.settings)),
          )
          if (on <= suitEnd)
            r.push(
              `当事人起诉期限未届满（截止${d(suitEnd)}），尚不能申请强制执行（行政强制法第五十三条）`,
            )
        }
        if (v.has('enforcementApplied')) r.push('已申请强制执行')
      }
      return r
    }
    case 'remedyFiled':
    case 'remedyConcluded': {
      if (!v.receivedOn) return ['决定书尚未送达']
      const openRemedy = v.all('remedyFiled').length > v.all('remedyConcluded').length
      if (type === 'remedyFiled') return openRemedy ? ['复议或诉讼尚未结束'] : []
      return openRemedy ? [] : ['没有进行中的复议或诉讼']
    }
    case 'publicised': {
      const dec = v.decision
      if (dec?.type !== 'penaltyDecision') return ['仅普通程序作出的行政处罚决定需要公示']
      if (isWarningOnly(dec.payload.penalty)) return ['仅给予警告的处罚不公示（公示规定第二条）']
      return v.has('publicised') ? ['已公示'] : []
    }
    case 'publicationWithdrawn':
      return withdrawalDue(g)
        ? []
        : ['没有需要撤下的公示信息：处罚决定未被撤销、变更，或公示已撤下']
    case 'caseClosed': {
      if (v.decision?.type === 'summaryPenalty') return ['当场处罚案件交回归档即可，不作结案审批']
      if (!filed) return softPathClosingReasons(v)
      const r: string[] = []
      if (!closingCondition(v) && !v.has('enforcementApplied')) {
        r.push(
          '尚无结案情形：处罚决定尚未执行完毕，也未作出不予处罚、移送或终止调查决定（程序规定第七十七条）',
        )
      }
      if (
        v.lenient &&
        !v.all('followUpVisit').some((f) => f.occurredOn >= (v.decision?.occurredOn ?? ''))
      ) {
        r.push('从轻、减轻或不予处罚的案件结案前须回访（鄂市监法〔2022〕42号 第十五项）')
      }
      r.push(...closingDuties(v))
      return r
    }
    case 'followUpVisit': {
      const subject =
        v.decision ??
        v.acts.find((a) => [...SOFT, 'correctionOrderServed', 'interviewHeld'].includes(a.type))
      return subject ? [] : ['尚无处理决定或柔性执法措施，暂不需要回访']
    }
    case 'actVoided':
      return v.acts.length ? [] : ['没有可撤销或作废的记录']
    // 转办/接手: who may record it is decided by assignmentReasons (./assignment.ts), not the stage.
    case 'caseHandover':
      return []
  }
}

/**
 * An unfiled matter handled by soft measures (约谈 → 责令改正 → 复查) is closed (办结) once the
 * re-check confirms the correction (鄂市监法〔2022〕42号 第九、十三项: minor problems are corrected
 * through 约谈 and 责令改正 instead of a case). Closing such a matter does not need a filing;
 * a filed case follows SAMR-PR Art. 77 instead.
 */
export function softPathClosingReasons(v: CaseView): string[] {
  if (v.has('filingDeclined')) return ['已决定不予立案，线索处理完毕，无需结案审批']
  const review = v.last('correctionReviewed')
  if (!review) {
    return ['尚未立案：未立案的线索须经责令改正并复查确认已整改后方可办结（或先作出不予立案决定）']
  }
  if (review.payload.result !== 'corrected') {
    return [`复查结果为“${CORRECTION_RESULTS[review.payload.result]}”，整改到位后方可办结`]
  }
  return []
}

/** A rule's length from DEADLINE_RULES (or the office's override), for rules with a fixed length. */
function lengthOf(id: DeadlineRuleId, settings: Pick<RuleSettings, 'periodOverrides'>): number {
  const n = ruleLength(id, settings)
  if (n === null) throw new Error(`期限规则 ${id} 没有固定期限`)
  return n
}

/**
 * What a penalty decision still owes before 结案 (docs/domain/closing.md): its publication on the
 * 国家企业信用信息公示系统 (warning-only decisions are not published, PubRule Art. 2), and the
 * confiscated illegal gains paid in full — unless the office has applied to the court for
 * enforcement, which then decides the execution (SAMR-PR Art. 77 item (二)).
 */
function closingDuties(v: CaseView): string[] {
  const d = v.decision
  if (d?.type !== 'penaltyDecision') return []
  const out: string[] = []
  if (!isWarningOnly(d.payload.penalty) && !v.has('publicised')) {
    out.push(
      '行政处罚决定尚未公示：请先记录“信息公示”（市场监督管理行政处罚信息公示规定第九条：作出决定之日起二十个工作日内）',
    )
  }
  const due = d.payload.penalty.confiscatedGainsFen
  if (due > 0 && !v.has('enforcementApplied')) {
    const paid = v
      .all('paymentMade')
      .filter((p) => p.payload.kind === 'confiscation')
      .reduce((sum, p) => sum + p.payload.amountFen, 0)
    if (paid < due) {
      out.push(
        `没收违法所得尚未缴清（应缴${formatFenAsYuan(due)}元，已缴${formatFenAsYuan(paid)}元）：请先记录“缴纳”`,
      )
    }
  }
  return out
}
