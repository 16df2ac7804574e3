/**
 * Who is writing, when, and with which ids. The DB layer takes these as parameters; this is the
 * one place in the renderer that reads the clock and the UUID generator for writes.
 */
import type { WriteContext } from '@renderer/db/records'

/**
 * The audit actor before an officer has chosen themselves (and of entries written before
 * sessions existed). Shown as 本机用户（未选择人员）.
 */
export const localActor = 'local-user'

let currentActor = localActor

/**
 * Set who the following writes are attributed to: `officer:<id>` of the officer at the keyboard
 * (docs/architecture/session.md), or null for {@link localActor}. Called by the session store only.
 */
export function setWriteActor(actor: string | null): void {
  currentActor = actor ?? localActor
}

/** A fresh context for one write, attributed to the officer of this window's session. */
export function writeContext(): WriteContext {
  return { actor: currentActor, now: new Date().toISOString(), newId: () => crypto.randomUUID() }
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
