/**
 * Mappers of the documents of the Hubei service-oriented supervision policy (鄂市监法〔2022〕42号
 * items 十三, 十五; docs/domain/capture-once.md): 警示劝诫书, 书面告诫书, 合规经营承诺书 and
 * 服务意见建议反馈表.
 */
import { actLabel, type ActOf, type ActType } from '../../domain/case'
import { Fill } from './fill'
import { actsOf, documentParty, issuedNumber, lastAct, officersById } from './common'
import { bareCause } from '../blocks/text'
import { done } from './map-intake'
import { violatedProvisionOf } from './violations'
import type { CaseSource, MappedDocument } from './types'

/** Lines of a free-text field as list items. */
const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)

function softLetter(
  kind: 'warningLetter' | 'cautionLetter',
  src: CaseSource,
  act: ActOf<'warningAdmonition'> | ActOf<'writtenCaution'>,
): MappedDocument {
  const facts = src.facts
  const found =
    lastAct(facts, 'correctionOrderServed', act.occurredOn)?.payload.violation ??
    lastAct(facts, 'interviewHeld', act.occurredOn)?.payload.problems ??
    lastAct(facts, 'clueRegistered', act.occurredOn)?.payload.summary
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .need('findings', found, '发现的问题', 'textarea')
    .need('legalReferences', violatedProvisionOf(src), '相关法律规定（法律名称及条款）')
    .needList('requirements', lines(act.payload.content), '要求（每行一项）')
  return done(kind, f, act.occurredOn, [act.id])
}

/** 警示劝诫书 from 警示劝诫. */
export function mapWarningLetter(src: CaseSource, act: ActOf<'warningAdmonition'>): MappedDocument {
  return softLetter('warningLetter', src, act)
}

/** 书面告诫书 from 书面告诫. */
export function mapCautionLetter(src: CaseSource, act: ActOf<'writtenCaution'>): MappedDocument {
  return softLetter('cautionLetter', src, act)
}

/** 合规经营承诺书 from 不予行政处罚决定 (the commitments entered on the decision). */
export function mapComplianceCommitment(
  src: CaseSource,
  act: ActOf<'noPenaltyDecision'>,
): MappedDocument {
  const facts = src.facts
  const f = new Fill()
    .set('party', documentParty(facts.party))
    .set('cause', bareCause(facts.cause))
    .set('decisionDate', act.occurredOn)
    .set('decisionNumber', issuedNumber(src, 'noPenaltyDecision', act.payload.documentNo) ?? '')
    .needList('commitments', act.payload.commitments, '合规经营承诺事项（每行一项）')
  return done('complianceCommitment', f, act.occurredOn, [act.id])
}

/** Acts the party meets in person, named on the 服务意见建议反馈表. */
const MEASURES: readonly ActType[] = [
  'onSiteInspection',
  'inquiryHeld',
  'interviewHeld',
  'correctionOrderServed',
  'correctionReviewed',
  'administrativeGuidance',
  'warningAdmonition',
  'writtenCaution',
  'educationGiven',
  'hearingHeld',
  'summaryPenalty',
  'penaltyDecision',
  'noPenaltyDecision',
  'followUpVisit',
]

/** 服务意见建议反馈表 from 回访: the measures the party met up to the visit and the visitors. */
export function mapServiceFeedback(src: CaseSource, act: ActOf<'followUpVisit'>): MappedDocument {
  const facts = src.facts
  const met = actsOf(facts)
    .filter((a) => a.occurredOn <= act.occurredOn && MEASURES.includes(a.type))
    .map((a) => actLabel(a.type))
  const visitors = officersById(facts, act.payload.visitorIds)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .set('cause', facts.cause)
    .set('measures', [...new Set(met)].join('、'))
    .set(
      'officerNames',
      (visitors.length ? visitors : facts.officers).map((o) => o.name),
    )
  return done('serviceFeedback', f, act.occurredOn, [act.id])
}
