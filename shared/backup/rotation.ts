/**
 * Which automatic backups to keep: the newest backup of each of the last `daily` days that have
 * one, plus the newest of each of the last `weekly` ISO weeks (Monday–Sunday) that have one
 * (grandfather-father-son rotation; the sets may overlap). The newest backup is always kept.
 * Files whose names are not CaseDesk backup names are never touched.
 *
 * Increments (docs/data-safety.md, "Increments") do not count as backups of a day or week: each
 * belongs to the newest full backup written before it (its chain) and is kept exactly when that
 * full backup is kept, so a kept full backup can always be restored to its newest increment.
 * The newest file of all is always kept.
 */
import { dayOfWeek, isIsoDate, toDayNumber } from '../util/date'
import { isIncrementName, stampOfBackupName } from './format'

/** How many backups to keep. */
export interface RotationPolicy {
  daily: number
  weekly: number
}

/** The default: 7 daily + 4 weekly. */
export const defaultRotation: RotationPolicy = { daily: 7, weekly: 4 }

/** The outcome: names to keep and names to delete (everything else is left alone). */
export interface RotationPlan {
  keep: string[]
  remove: string[]
}

function dayOf(stamp: string): string {
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}`
}

/** Day number of the Monday of the ISO week containing `date`. */
function weekKey(date: string): number {
  const dow = dayOfWeek(date) // 0 = Sunday … 6 = Saturday
  return toDayNumber(date) - ((dow + 6) % 7)
}

/**
 * Plan a rotation over the file names in one backup folder.
 * @param names - file names found in the folder (any order; foreign names are ignored)
 * @param policy - how many daily and weekly backups to keep
 * @returns names to keep (newest first) and names to delete (newest first)
 */
export function planRotation(
  names: readonly string[],
  policy: RotationPolicy = defaultRotation,
): RotationPlan {
  const all = names
    .map((name) => ({ name, stamp: stampOfBackupName(name) }))
    .filter(
      (b): b is { name: string; stamp: string } => b.stamp !== null && isIsoDate(dayOf(b.stamp)),
    )
    .sort((a, b) => b.stamp.localeCompare(a.stamp) || b.name.localeCompare(a.name))
  const ours = all.filter((b) => !isIncrementName(b.name))
  const increments = all.filter((b) => isIncrementName(b.name))
  const keep = new Set<string>()
  const days = new Set<string>()
  const weeks = new Set<number>()
  for (const b of ours) {
    const day = dayOf(b.stamp)
    if (!days.has(day) && days.size < policy.daily) {
      days.add(day)
      keep.add(b.name)
    }
    const week = weekKey(day)
    if (!weeks.has(week) && weeks.size < policy.weekly) {
      weeks.add(week)
      keep.add(b.name)
    }
  }
  if (ours[0]) keep.add(ours[0].name)
  for (const inc of increments) {
    // Its full backup: the newest full written no later than the increment (ours is newest first).
    const full = ours.find((b) => b.stamp <= inc.stamp)
    if (full && keep.has(full.name)) keep.add(inc.name)
  }
  // The file just written is never removed, whatever it is.
  if (all[0]) keep.add(all[0].name)
  return {
    keep: all.filter((b) => keep.has(b.name)).map((b) => b.name),
    remove: all.filter((b) => !keep.has(b.name)).map((b) => b.name),
  }
}
