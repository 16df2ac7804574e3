// Which 先行登记保存 and 查封/扣押 of a case are still in force, and what ended or extended each
// (docs/domain/deadlines.md, "先行登记保存 and 查封/扣押"). Pure; read by the gates, the checks, the
// deadline engine, the act dialogs and the document mappers.
import { type ActOf } from './acts'
import { type CaseView } from './case-view'
import { type ItemRow } from './payloads-measures'

type Preserved = ActOf<'evidencePreserved'>
type Measure = ActOf<'coerciveMeasureTaken'>

/** The 解除先行登记保存 that ended `preserved`, if any. */
export function preservationLift(
  v: CaseView,
  preserved: Preserved,
): ActOf<'evidencePreservationLifted'> | undefined {
  return v.all('evidencePreservationLifted').find((l) => l.payload.preservedActId === preserved.id)
}

/** 先行登记保存 not yet lifted, oldest first. */
export function openPreservations(v: CaseView): Preserved[] {
  return v.all('evidencePreserved').filter((p) => !preservationLift(v, p))
}

/** The 解除查封/扣押 that ended `measure`, if any. */
export function measureLift(
  v: CaseView,
  measure: Measure,
): ActOf<'coerciveMeasureLifted'> | undefined {
  return v.all('coerciveMeasureLifted').find((l) => l.payload.measureActId === measure.id)
}

/** The 延长 of `measure` (the law allows one), if any. */
export function measureExtension(
  v: CaseView,
  measure: Measure,
): ActOf<'coerciveMeasureExtended'> | undefined {
  return v.all('coerciveMeasureExtended').find((e) => e.payload.measureActId === measure.id)
}

/** 查封/扣押 not yet lifted, oldest first. */
export function openMeasures(v: CaseView): Measure[] {
  return v.all('coerciveMeasureTaken').filter((m) => !measureLift(v, m))
}

/** One item in words: '过期牛奶（250ml/盒）12盒（批号20260101）'. */
export function itemText(i: ItemRow): string {
  const spec = i.spec ? `（${i.spec}）` : ''
  const batch = i.batch ? `（${i.batch}）` : ''
  return `${i.name}${spec}${i.quantity}${i.unit}${batch}`
}

/** A list of items in one line, separated by '；'. */
export function itemsText(items: readonly ItemRow[]): string {
  return items.map(itemText).join('；')
}
