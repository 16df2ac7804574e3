// Checks of the 先行登记保存 and 查封/扣押 acts against the case (docs/domain/deadlines.md,
// "先行登记保存 and 查封/扣押"), in Chinese: the act referred to exists and is still in force, a
// measure is extended once and before it ends, a lift is not dated before what it lifts.
import { formatChineseDate } from '../../util/date'
import { type Act } from './acts'
import { computeDeadlines } from './deadlines'
import { type GateContext } from './gates'
import { measureExtension, measureLift, preservationLift } from './measures'

type MeasureAct = Extract<
  Act,
  {
    type:
      | 'evidencePreservationLifted'
      | 'coerciveMeasureTaken'
      | 'coerciveMeasureExtended'
      | 'coerciveMeasureLifted'
      | 'seizedItemsHandled'
  }
>

/** Whether `act` is one of the acts {@link measureReasons} checks. */
export function isMeasureAct(act: Act): act is MeasureAct {
  return [
    'evidencePreservationLifted',
    'coerciveMeasureTaken',
    'coerciveMeasureExtended',
    'coerciveMeasureLifted',
    'seizedItemsHandled',
  ].includes(act.type)
}

/** Why `act` does not fit the case (empty when it does). */
export function measureReasons(act: MeasureAct, g: GateContext): string[] {
  const { v } = g
  switch (act.type) {
    case 'evidencePreservationLifted': {
      const kept = v.all('evidencePreserved').find((p) => p.id === act.payload.preservedActId)
      if (!kept) return ['所解除的先行登记保存记录不存在']
      if (preservationLift(v, kept)) return ['该先行登记保存已经解除']
      return []
    }
    case 'coerciveMeasureTaken':
      return []
    case 'coerciveMeasureExtended': {
      const m = v.all('coerciveMeasureTaken').find((x) => x.id === act.payload.measureActId)
      if (!m) return ['所延长的查封、扣押记录不存在']
      if (measureLift(v, m)) return ['该查封、扣押已经解除，不能延长']
      if (measureExtension(v, m))
        return ['该查封、扣押已经延长过一次；行政强制法第二十五条第一款只允许延长一次']
      const clock = computeDeadlines({ acts: v.acts }, g.on, g.settings, g.cal).find(
        (d) => d.ruleId === 'SEIZURE_END' && d.triggerActId === m.id,
      )
      if (clock && act.occurredOn > clock.dueDate)
        return [
          `查封、扣押期限已于${formatChineseDate(clock.dueDate)}届满，不能再延长；请解除查封、扣押（行政强制法第二十八条第一款第四项）`,
        ]
      return []
    }
    case 'seizedItemsHandled': {
      // Each handled item must be one the source act listed (same name and unit).
      const source = v.acts.find((a) => a.id === act.payload.sourceActId)
      if (source?.type !== 'evidencePreserved' && source?.type !== 'coerciveMeasureTaken')
        return ['所处理物品的先行登记保存或查封、扣押记录不存在']
      const listed = new Set(source.payload.items.map((i) => `${i.name}|${i.unit}`))
      const strangers = act.payload.items.filter((i) => !listed.has(`${i.name}|${i.unit}`))
      return strangers.length
        ? [
            `“${strangers.map((i) => i.name).join('、')}”不在所选记录的物品清单中，请按清单填写名称和单位`,
          ]
        : []
    }
    case 'coerciveMeasureLifted': {
      const m = v.all('coerciveMeasureTaken').find((x) => x.id === act.payload.measureActId)
      if (!m) return ['所解除的查封、扣押记录不存在']
      if (measureLift(v, m)) return ['该查封、扣押已经解除']
      if (act.payload.returnedOn && act.payload.returnedOn < act.occurredOn)
        return ['财物返还日期不能早于解除日期']
      return []
    }
  }
}
