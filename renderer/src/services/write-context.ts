/**
 * Who is writing, when, and with which ids. The DB layer takes these as parameters; this is the
 * one place in the renderer that reads the clock and the UUID generator for writes.
 */
import type { WriteContext } from '@renderer/db/records'

/**
 * The audit actor. CaseDesk has no user accounts yet (one workstation, one office), so writes
 * are attributed to the local user of this installation.
 */
export const localActor = 'local-user'

/** A fresh context for one write. */
export function writeContext(): WriteContext {
  return { actor: localActor, now: new Date().toISOString(), newId: () => crypto.randomUUID() }
}

/** Today's legal date (YYYY-MM-DD) in the computer's local time zone. */
export function todayIso(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** Show an ISO timestamp as local date and time, e.g. 2026-03-01 16:05. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}
