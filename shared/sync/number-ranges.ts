/**
 * Per-PC number ranges (docs/sync.md "Numbers"): with office sync, each PC takes 案号 and 文号
 * only from the range the 负责人 set for it in 设置 → 同步, so two PCs never take the same number,
 * online or offline. Pure: the counter value and the range are parameters.
 */

/** A PC's range of one year's sequence, both ends included. */
export interface NumberRange {
  from: number
  to: number
}

/** Why a range is not valid (Chinese), or null. */
export function rangeProblem(r: NumberRange): string | null {
  if (!Number.isInteger(r.from) || !Number.isInteger(r.to)) return '编号范围应为整数'
  if (r.from < 1) return '编号范围应从 1 或更大的数开始'
  if (r.to < r.from) return '编号范围的结束号不能小于起始号'
  return null
}

/**
 * Whether two ranges share a number. The 负责人 sets one range per PC; the settings refuse an
 * overlap with another PC's range they know of.
 */
export function rangesOverlap(a: NumberRange, b: NumberRange): boolean {
  return a.from <= b.to && b.from <= a.to
}

/**
 * The next `count` numbers after a counter's current value, inside the PC's range: the first one
 * is returned, or a refusal saying what to do. Without a range (no sync configured) numbers count
 * from 1 as they always did.
 * @param current - the counter's stored value (0 when never used)
 * @param range - this PC's range, or null when the PC does not sync
 * @param count - how many numbers are taken at once
 */
export function nextInRange(
  current: number,
  range: NumberRange | null,
  count = 1,
): { ok: true; first: number; last: number } | { ok: false; message: string } {
  if (!range) return { ok: true, first: current + 1, last: current + count }
  const first = Math.max(current, range.from - 1) + 1
  const last = first + count - 1
  if (last > range.to) {
    return {
      ok: false,
      message: `本机的编号范围（${range.from}–${range.to}）已用完，请负责人在“设置—同步”中为本机分配新的编号范围后再登记`,
    }
  }
  return { ok: true, first, last }
}
