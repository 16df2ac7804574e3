// Checks of the 先行登记保存 and 查封/扣押 acts against the case (docs/domain/deadlines.md,
// "先行登记保存 and 查封/扣押"), in Chinese: the act referred to exists and is still in force, a
// measure is extended once and before it ends, a lift is not dated before what it lifts; goods
// handled or disposed of in advance are goods the list holds, in no larger quantity.
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
      | 'advanceDisposal'
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
    'advanceDisposal',
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
      // Each handled item must be one the source act listed (same name and unit), and no more of
      // it than listed, counting what earlier records of the same source handled or disposed of
      // in advance (先行处置, SAMR-PR Art. 41 para 3: those goods are gone).
      const source = v.acts.find((a) => a.id === act.payload.sourceActId)
      if (source?.type !== 'evidencePreserved' && source?.type !== 'coerciveMeasureTaken')
        return ['所处理物品的先行登记保存或查封、扣押记录不存在']
      return itemReasons(
        source.payload.items,
        act.payload.items,
        takenFrom(v, source.id, act.id),
        '处理',
      )
    }
    case 'advanceDisposal': {
      // SAMR-PR Art. 41 para 3: goods under this 查封/扣押, not yet lifted, in listed quantities.
      const m = v.all('coerciveMeasureTaken').find((x) => x.id === act.payload.sourceActId)
      if (!m) return ['先行处置物品所在的查封、扣押记录不存在']
      if (measureLift(v, m)) return ['该查封、扣押已经解除，物品应当退还，不能先行处置']
      const reasons = itemReasons(
        m.payload.items,
        act.payload.items,
        takenFrom(v, m.id, act.id),
        '先行处置',
      )
      if (act.payload.claimBy && act.payload.claimBy <= act.occurredOn)
        reasons.push('公告期满日期应晚于公告之日')
      return reasons
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

/**
 * The items earlier 涉案物品处理 and 先行处置 records (other than `exceptId`) took from the list of
 * the act `sourceId`.
 */
function takenFrom(v: GateContext['v'], sourceId: string, exceptId: string): CountedItem[] {
  const handled = v
    .all('seizedItemsHandled')
    .filter((h) => h.id !== exceptId && h.payload.sourceActId === sourceId)
    .flatMap((h) => h.payload.items)
  const disposed = v
    .all('advanceDisposal')
    .filter((d) => d.id !== exceptId && d.payload.sourceActId === sourceId)
    .flatMap((d) => d.payload.items)
  return [...handled, ...disposed]
}

/** A typed quantity ("12", "2.5", "0.125") in thousandths, so sums are exact. */
export function quantityMilli(q: string): number {
  const [whole = '0', frac = ''] = q.trim().split('.')
  return Number(whole) * 1000 + Number(`${frac}000`.slice(0, 3))
}

/** A quantity in thousandths written back as typed ("2.5", "12"). */
function milliText(m: number): string {
  const whole = Math.floor(m / 1000)
  const frac = String(m % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '')
  return frac ? `${whole}.${frac}` : String(whole)
}

interface CountedItem {
  name: string
  unit: string
  quantity: string
}

/**
 * Why the items `taken` do not fit the list `listed` (empty when they do): each must be a listed
 * item (same name and unit), and `taken` together with what `earlier` records took of it (处理 or
 * 先行处置) may not exceed the quantity listed (rows of one name and unit are added up). `verb` is
 * what this record does: 处理 or 先行处置.
 */
export function itemReasons(
  listed: readonly CountedItem[],
  taken: readonly CountedItem[],
  earlier: readonly CountedItem[],
  verb: string,
): string[] {
  const key = (i: CountedItem) => `${i.name}|${i.unit}`
  const sum = (items: readonly CountedItem[]) => {
    const out = new Map<string, number>()
    for (const i of items) out.set(key(i), (out.get(key(i)) ?? 0) + quantityMilli(i.quantity))
    return out
  }
  const have = sum(listed)
  const strangers = taken.filter((i) => !have.has(key(i)))
  if (strangers.length)
    return [
      `“${[...new Set(strangers.map((i) => i.name))].join('、')}”不在所选记录的物品清单中，请按清单填写名称和单位`,
    ]
  const before = sum(earlier)
  const reasons: string[] = []
  for (const [k, q] of sum(taken)) {
    const max = have.get(k) ?? 0
    const done = before.get(k) ?? 0
    if (done + q > max) {
      const [name = '', unit = ''] = k.split('|')
      reasons.push(
        done > 0
          ? `“${name}”清单所列${milliText(max)}${unit}，此前已处理或先行处置${milliText(done)}${unit}，本次${verb}${milliText(q)}${unit}超出清单数量`
          : `“${name}”清单所列${milliText(max)}${unit}，本次${verb}${milliText(q)}${unit}超出清单数量`,
      )
    }
  }
  return reasons
}
