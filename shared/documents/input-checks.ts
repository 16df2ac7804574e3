// Checks across the fields of one document input before it is issued (docs/conventions.md,
// "Errors"): a record's end time must come after its start time — "9时30分至9时00分" is never
// printed. Frozen inputs of documents already issued are not re-checked (reprints stay possible).

const clock = /^([01]\d|2[0-3]):[0-5]\d$/

/**
 * The Chinese problems of an input's time fields, or [] when none: `startTime`/`endTime`
 * ('HH:mm', the same day) must be in order.
 */
export function inputOrderProblems(input: unknown): string[] {
  if (input === null || typeof input !== 'object') return []
  const { startTime, endTime } = input as { startTime?: unknown; endTime?: unknown }
  if (typeof startTime !== 'string' || typeof endTime !== 'string') return []
  if (!clock.test(startTime) || !clock.test(endTime)) return []
  return endTime > startTime
    ? []
    : [`结束时间（${endTime}）应晚于开始时间（${startTime}），请修改后再预览或出具`]
}
