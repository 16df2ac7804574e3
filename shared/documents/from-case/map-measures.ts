/**
 * Mappers of the 先行登记保存 and 查封/扣押 documents (forms 19–24; docs/domain/capture-once.md):
 * the items come from the act that kept or seized them (typed once in its row editor), the
 * periods from the same clock the case page shows (SEIZURE_END in DEADLINE_RULES), and the
 * 文号 of an earlier notice or decision from the issued document (or the number typed on its act);
 * and of the 先行处置 forms 27 and 28 (SAMR-PR Art. 41 para 3).
 */
import {
  COERCIVE_MEASURES,
  ITEM_DISPOSITIONS,
  LIFT_GROUNDS,
  PERISHABLE_REASONS,
  PRESERVATION_OUTCOMES,
  PRESERVATION_STORAGE,
  computeDeadlines,
  type Act,
  type ActOf,
  type CaseFacts,
  type ItemRow,
} from '../../domain/case'
import type { PrintedItem } from '../blocks/item-table'
import { Fill } from './fill'
import { allActs, documentOfficers, documentParty, officersById } from './common'
import type { CaseSource, MappedDocument } from './types'
import { done } from './map-intake'
import { recordHead } from './map-investigation'

/**
 * The 文号 of the issued (not voided) document of `kind` that belongs to act `actId`, else the
 * number typed on that act: a case with two 查封/扣押 cites each decision's own number.
 */
function issuedFor(
  src: CaseSource,
  kind: MappedDocument['kind'],
  actId: string,
  typed?: string,
): string | undefined {
  const doc = src.issued
    .filter(
      (d) => d.kind === kind && d.status === 'issued' && d.docNo && d.sourceActIds[0] === actId,
    )
    .at(-1)
  return doc?.docNo ?? (typed?.trim() ? typed.trim() : undefined)
}

/** Items as printed: blank optional cells as ''. */
export function printedItems(items: readonly ItemRow[]): PrintedItem[] {
  return items.map((i) => ({
    name: i.name,
    spec: i.spec ?? '',
    quantity: i.quantity,
    unit: i.unit,
    batch: i.batch ?? '',
    note: i.note ?? '',
  }))
}

/**
 * The end of a 查封/扣押 as the case's SEIZURE_END clock computes it from the acts stored up to
 * and including `upTo` (so a decision prints its own period, an extension the extended one).
 */
export function measureEnd(
  facts: CaseFacts,
  measure: ActOf<'coerciveMeasureTaken'>,
  upTo: Act,
): string | undefined {
  const idx = facts.acts.findIndex((a) => a.id === upTo.id)
  const acts = idx < 0 ? facts.acts : facts.acts.slice(0, idx + 1)
  return computeDeadlines({ acts }, upTo.occurredOn).find(
    (d) => d.ruleId === 'SEIZURE_END' && d.triggerActId === measure.id,
  )?.dueDate
}

function measureOf(facts: CaseFacts, id: string) {
  return allActs(facts, 'coerciveMeasureTaken').find((m) => m.id === id)
}

/** 先行登记保存证据通知书 from 先行登记保存. */
export function mapEvidencePreservationNotice(
  src: CaseSource,
  act: ActOf<'evidencePreserved'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .set('reason', p.reason ?? '')
    .set('goods', printedItems(p.items))
    .set('storage', PRESERVATION_STORAGE[p.storage])
    .set('place', p.place)
  return done('evidencePreservationNotice', f, act.occurredOn, [act.id])
}

/** 解除先行登记保存证据通知书 from 解除先行登记保存 (the items of the preservation it ends). */
export function mapPreservationReleaseNotice(
  src: CaseSource,
  act: ActOf<'evidencePreservationLifted'>,
): MappedDocument {
  const kept = allActs(src.facts, 'evidencePreserved').find(
    (k) => k.id === act.payload.preservedActId,
  )
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .need('preservedOn', kept?.occurredOn, '先行登记保存日期', 'date')
    .need(
      'noticeNumber',
      kept && issuedFor(src, 'evidencePreservationNotice', kept.id, kept.payload.documentNo),
      '先行登记保存证据通知书文号',
    )
    .set('outcome', PRESERVATION_OUTCOMES[act.payload.outcome])
    .set('goods', printedItems(kept?.payload.items ?? []))
  return done('preservationReleaseNotice', f, act.occurredOn, [act.id, kept?.id])
}

/** 实施行政强制措施决定书 from 查封/扣押. */
export function mapCoerciveMeasureDecision(
  src: CaseSource,
  act: ActOf<'coerciveMeasureTaken'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .set('measure', COERCIVE_MEASURES[p.measure])
    .set('reason', p.reason)
    .set('legalBasis', p.legalBasis)
    .set('goods', printedItems(p.items))
    .set('place', p.place)
    .set('startOn', act.occurredOn)
    .set('days', p.days)
    .need('endOn', measureEnd(src.facts, act, act), '查封、扣押截止日期', 'date')
  return done('coerciveMeasureDecision', f, act.occurredOn, [act.id])
}

/** 延长行政强制措施期限决定书 from 延长查封/扣押期限. */
export function mapCoerciveMeasureExtension(
  src: CaseSource,
  act: ActOf<'coerciveMeasureExtended'>,
): MappedDocument {
  const facts = src.facts
  const m = measureOf(facts, act.payload.measureActId)
  const before = facts.acts[facts.acts.findIndex((a) => a.id === act.id) - 1]
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(facts.party))
    .set('measure', m ? COERCIVE_MEASURES[m.payload.measure] : '扣押')
    .need(
      'decisionNumber',
      m && issuedFor(src, 'coerciveMeasureDecision', m.id, m.payload.documentNo),
      '实施行政强制措施决定书文号',
    )
    .need('decisionDate', m?.occurredOn, '实施行政强制措施决定日期', 'date')
    .need('previousEndOn', m && before && measureEnd(facts, m, before), '原截止日期', 'date')
    .set('days', act.payload.days)
    .need('endOn', m && measureEnd(facts, m, act), '延长后的截止日期', 'date')
    .set('reason', act.payload.reason)
  return done('coerciveMeasureExtension', f, act.occurredOn, [act.id, m?.id])
}

/** 解除行政强制措施决定书 from 解除查封/扣押. */
export function mapCoerciveMeasureRelease(
  src: CaseSource,
  act: ActOf<'coerciveMeasureLifted'>,
): MappedDocument {
  const m = measureOf(src.facts, act.payload.measureActId)
  const grounds = Object.keys(LIFT_GROUNDS)
  const f = new Fill()
    .set('docNumber', null)
    .set('party', documentParty(src.facts.party))
    .set('measure', m ? COERCIVE_MEASURES[m.payload.measure] : '扣押')
    .need(
      'decisionNumber',
      m && issuedFor(src, 'coerciveMeasureDecision', m.id, m.payload.documentNo),
      '实施行政强制措施决定书文号',
    )
    .need('decisionDate', m?.occurredOn, '实施行政强制措施决定日期', 'date')
    .set('ground', LIFT_GROUNDS[act.payload.ground])
    .set('groundItem', grounds.indexOf(act.payload.ground) + 1)
    .set('goods', printedItems(m?.payload.items ?? []))
    .need('place', m?.payload.place, '财物存放地点')
  if (act.payload.returnedOn) f.set('returnedOn', act.payload.returnedOn)
  return done('coerciveMeasureRelease', f, act.occurredOn, [act.id, m?.id])
}

/** 场所/设施/财物清单 from 先行登记保存 or 查封/扣押. */
export function mapPropertyList(
  src: CaseSource,
  act: ActOf<'evidencePreserved'> | ActOf<'coerciveMeasureTaken'>,
): MappedDocument {
  const kept = act.type === 'evidencePreserved'
  const number = kept
    ? issuedFor(src, 'evidencePreservationNotice', act.id, act.payload.documentNo)
    : issuedFor(src, 'coerciveMeasureDecision', act.id, act.payload.documentNo)
  const f = new Fill()
    .set('caseNumber', src.facts.caseNo ?? '')
    .set('party', documentParty(src.facts.party))
    .set(
      'measure',
      act.type === 'evidencePreserved' ? '先行登记保存' : COERCIVE_MEASURES[act.payload.measure],
    )
    .set('attachedNumber', number ?? '')
    .set('date', act.occurredOn)
    .set('place', act.payload.place)
    .set('goods', printedItems(act.payload.items))
  return done('propertyList', f, act.occurredOn, [act.id])
}

/** 封条 from 查封/扣押: the decision's 文号 and date; one strip per item, at least three. */
export function mapSealStrip(src: CaseSource, act: ActOf<'coerciveMeasureTaken'>): MappedDocument {
  const f = new Fill()
    .set('measure', COERCIVE_MEASURES[act.payload.measure])
    .set(
      'decisionNumber',
      issuedFor(src, 'coerciveMeasureDecision', act.id, act.payload.documentNo) ?? '',
    )
    .set('date', act.occurredOn)
    .set('copies', Math.min(12, Math.max(3, act.payload.items.length)))
  return done('sealStrip', f, act.occurredOn, [act.id])
}

/** 涉案物品处理记录 from 涉案物品处理: the source act's kind and date, each item's 处理方式. */
export function mapHandledItemsRecord(
  src: CaseSource,
  act: ActOf<'seizedItemsHandled'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const source = actsOfSource(facts, p.sourceActId)
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .set('place', p.place)
    .set(
      'source',
      source?.type === 'coerciveMeasureTaken'
        ? COERCIVE_MEASURES[source.payload.measure]
        : '先行登记保存',
    )
    .need('sourceDate', source?.occurredOn, '物品来源日期', 'date')
    .set(
      'handled',
      p.items.map((i) => ({
        name: i.name,
        quantity: i.quantity,
        unit: i.unit,
        disposition: ITEM_DISPOSITIONS[i.disposition],
        note: i.note ?? '',
      })),
    )
    .set('officers', documentOfficers(officersById(facts, p.handlerIds)))
    .set('witness', p.witness ?? '')
    .set('note', p.note ?? '')
  return done('handledItemsRecord', f, act.occurredOn, [act.id, source?.id])
}

function actsOfSource(facts: CaseFacts, id: string) {
  return [...allActs(facts, 'coerciveMeasureTaken'), ...allActs(facts, 'evidencePreserved')].find(
    (a) => a.id === id,
  )
}

/** 抽样记录 from 抽样取证: the samples as typed in the row editor. */
export function mapSamplingRecord(src: CaseSource, act: ActOf<'samplingDone'>): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .set('place', p.place)
    .set('officers', documentOfficers(officersById(facts, p.samplerIds)))
    .set('presentName', p.presentName ?? '')
    .set(
      'samples',
      p.samples.map((x) => ({
        name: x.name,
        spec: x.spec ?? '',
        batch: x.batch ?? '',
        quantity: x.quantity,
        unit: x.unit,
        sampleBase: x.base,
        spare: x.spare ?? '',
      })),
    )
    .set('method', p.method ?? '')
    .set('storage', p.storage ?? '')
  return done('samplingRecord', f, act.occurredOn, [act.id])
}

/** 证据提取单 from 证据登记: its items; provider, place and officers as entered (else asked). */
export function mapEvidenceExtraction(
  src: CaseSource,
  act: ActOf<'evidenceRecorded'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const extractors = officersById(facts, p.extractorIds ?? [])
  const f = new Fill()
    .set('caseNumber', facts.caseNo ?? '')
    .set('party', documentParty(facts.party))
    .set('date', act.occurredOn)
    .need('place', p.place, '提取地点')
    .need('provider', p.provider, '证据提供人（姓名及身份）')
    .set('officers', documentOfficers(extractors.length >= 2 ? extractors : facts.officers))
    .set('evidence', p.items.map((i) => i.trim()).filter(Boolean))
  return done('evidenceExtraction', f, act.occurredOn, [act.id])
}

/** 电子数据证据提取笔录 from 电子数据证据提取. */
export function mapElectronicDataRecord(
  src: CaseSource,
  act: ActOf<'electronicDataExtracted'>,
): MappedDocument {
  const facts = src.facts
  const p = act.payload
  const f = recordHead(facts, act.occurredOn, {
    what: '提取',
    startTime: p.startTime,
    endTime: p.endTime,
    place: p.place,
    officerIds: p.extractorIds,
    recorder: p.recorder,
  })
    .need('presentName', p.presentName, '电子数据持有人或在场人员')
    .set('carrier', p.carrier)
    .set('method', p.method)
    .set('items', p.items.map((i) => i.trim()).filter(Boolean))
    .set('medium', p.medium ?? '')
  return done('electronicDataRecord', f, act.occurredOn, [act.id])
}

/** 委托保管书 from 查封 with a 受托保管人. */
export function mapCustodyEntrustment(
  src: CaseSource,
  act: ActOf<'coerciveMeasureTaken'>,
): MappedDocument {
  const p = act.payload
  const f = new Fill()
    .set('docNumber', null)
    .need('custodian', p.custodian, '受托保管人')
    .set('custodianAddress', p.custodianAddress ?? '')
    .set('partyName', src.facts.party.name)
    .need(
      'decisionNumber',
      issuedFor(src, 'coerciveMeasureDecision', act.id, p.documentNo),
      '实施行政强制措施决定书文号',
    )
    .set('decisionDate', act.occurredOn)
    .set('goods', printedItems(p.items))
    .set('place', p.place)
  return done('custodyEntrustment', f, act.occurredOn, [act.id])
}

/**
 * What forms 27 and 28 print of a 先行处置 (SAMR-PR Art. 41 para 3) and the 查封/扣押 its goods
 * are under: the decision's 文号 and date, the goods and why they may not be kept long, how the
 * evidence is kept and how the goods are disposed of.
 */
function disposalFill(src: CaseSource, act: ActOf<'advanceDisposal'>): Fill {
  const p = act.payload
  const measure = allActs(src.facts, 'coerciveMeasureTaken').find((m) => m.id === p.sourceActId)
  const f = new Fill()
    .set('party', documentParty(src.facts.party))
    .set('cause', src.facts.cause)
    .set('reason', PERISHABLE_REASONS[p.reason])
    .set('goods', printedItems(p.items))
    .set('evidenceKept', p.evidenceKept)
    .set('method', p.method)
  if (!measure) return f.need('decisionDate', undefined, '查封、扣押日期', 'date')
  return f
    .set('measure', COERCIVE_MEASURES[measure.payload.measure])
    .set(
      'decisionNumber',
      issuedFor(src, 'coerciveMeasureDecision', measure.id, measure.payload.documentNo) ?? '',
    )
    .set('decisionDate', measure.occurredOn)
}

/** 先行处置物品确认书 (form 27) from a 先行处置 the rights holder agreed to or applied for. */
export function mapAdvanceDisposalConfirmation(
  src: CaseSource,
  act: ActOf<'advanceDisposal'>,
): MappedDocument {
  const f = disposalFill(src, act)
    .set('caseNumber', src.facts.caseNo ?? '')
    .need('rightsHolder', act.payload.rightsHolder, '权利人')
  return done('advanceDisposalConfirmation', f, act.occurredOn, [act.id, act.payload.sourceActId])
}

/** 先行处置物品公告 (form 28) from a 先行处置 whose rights holder is not known. */
export function mapAdvanceDisposalNotice(
  src: CaseSource,
  act: ActOf<'advanceDisposal'>,
): MappedDocument {
  const f = disposalFill(src, act)
    .set('docNumber', null)
    .need('claimBy', act.payload.claimBy, '公告期满日期', 'date')
  return done('advanceDisposalNotice', f, act.occurredOn, [act.id, act.payload.sourceActId])
}
