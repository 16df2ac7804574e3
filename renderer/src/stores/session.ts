/**
 * Who is working in this window (docs/architecture/session.md): the officer chosen from the
 * register at the start, kept in sessionStorage so a reload of the same window keeps it, and
 * handed to write-context so every audit entry, act and issued document names them.
 */
import { defineStore } from 'pinia'
import { liveQuery, type Subscription } from 'dexie'
import { computed, ref, shallowRef } from 'vue'
import {
  afterPinFailure,
  hasPin,
  noPinAttempts,
  officerRoleLabels,
  pinWaitSeconds,
  verifyPin,
  wrongPinMessage,
  type OfficerRole,
  type PinAttempts,
} from '@shared/domain/settings'
import { db } from '@renderer/db/db'
import { officersRepo, type ListedOfficer } from '@renderer/db/repositories/officers'
import { describeActor, officerActor } from '@renderer/services/actor'
import { setWriteActor } from '@renderer/services/write-context'

/** The officer at the keyboard, as role checks need it. */
interface SessionOfficer {
  id: string
  name: string
  roles: OfficerRole[]
}

type ChooseResult =
  { ok: true; officer: SessionOfficer } | { ok: false; message: string; waitSeconds: number }

/** sessionStorage keys (per window in Electron and in a browser tab). */
export const SESSION_OFFICER_KEY = 'casedesk.session.officer'
export const SESSION_PIN_ATTEMPTS_KEY = 'casedesk.session.pinAttempts'

/**
 * The window's sessionStorage. Deliberately not Dexie: the choice belongs to this window only and
 * must end with it (another window, or tomorrow's start, asks again).
 */
function storage(): Storage | null {
  try {
    // eslint-disable-next-line no-restricted-globals -- per-window state, see above
    return typeof sessionStorage === 'undefined' ? null : sessionStorage
  } catch {
    return null
  }
}

function readJson(key: string): unknown {
  const raw = storage()?.getItem(key)
  if (!raw) return null
  try {
    return JSON.parse(raw) as unknown
  } catch {
    return null
  }
}

function writeJson(key: string, value: unknown): void {
  try {
    if (value === null) storage()?.removeItem(key)
    else storage()?.setItem(key, JSON.stringify(value))
  } catch {
    // A full or disabled sessionStorage only costs the choice after a reload.
  }
}

function storedOfficerId(): string | null {
  const value = readJson(SESSION_OFFICER_KEY)
  const id = (value as { id?: unknown } | null)?.id
  return typeof id === 'string' && id !== '' ? id : null
}

function storedAttempts(): Record<string, PinAttempts> {
  const value = readJson(SESSION_PIN_ATTEMPTS_KEY)
  if (!value || typeof value !== 'object') return {}
  const out: Record<string, PinAttempts> = {}
  for (const [id, a] of Object.entries(value as Record<string, unknown>)) {
    const { failures, lockedUntil } = (a ?? {}) as Record<string, unknown>
    if (typeof failures === 'number' && (lockedUntil === null || typeof lockedUntil === 'number'))
      out[id] = { failures, lockedUntil }
  }
  return out
}

const asSession = (o: ListedOfficer): SessionOfficer => ({
  id: o.id,
  name: o.name,
  roles: [...o.roles],
})

export const useSessionStore = defineStore('session', () => {
  /** The officer register (PIN hashes stripped), kept current by a live query. */
  const register = shallowRef<ListedOfficer[]>([])
  /** The register has been read once (the chooser waits for it). */
  const loaded = ref(false)
  const current = ref<SessionOfficer | null>(null)
  const attempts = ref<Record<string, PinAttempts>>(storedAttempts())
  let subscription: Subscription | null = null

  const activeOfficers = computed(() => register.value.filter((o) => o.active))
  /** The chooser must be shown: the register is read and nobody has chosen themselves. */
  const needsChoice = computed(() => loaded.value && current.value === null)
  const currentOfficerId = computed(() => current.value?.id ?? null)
  const currentRoles = computed<OfficerRole[]>(() => current.value?.roles ?? [])
  const currentRoleLabels = computed(() => currentRoles.value.map((r) => officerRoleLabels[r]))
  const names = computed(() => new Map(register.value.map((o) => [o.id, o.name])))

  function setCurrent(officer: SessionOfficer | null): void {
    current.value = officer
    setWriteActor(officer ? officerActor(officer.id) : null)
    writeJson(SESSION_OFFICER_KEY, officer)
  }

  /**
   * Names and roles edited in 执法人员 reach the session at once. An officer set inactive while
   * working keeps this window until 切换人员 or the next start (the chooser lists active officers
   * only); one gone from the register (another database restored) must choose again.
   */
  function applyRegister(list: ListedOfficer[]): void {
    register.value = list
    const me = current.value
    if (!me) return
    const fresh = list.find((o) => o.id === me.id)
    if (!fresh) setCurrent(null)
    else if (fresh.name !== me.name || fresh.roles.join() !== me.roles.join())
      setCurrent(asSession(fresh))
  }

  /**
   * Read the register and restore this window's choice (only if that officer is still active
   * in this database: a restore may have replaced it). Call once the set-up is complete.
   */
  async function load(): Promise<void> {
    const list = await officersRepo(db).list()
    const id = storedOfficerId()
    const restored = id ? list.find((o) => o.id === id && o.active) : undefined
    register.value = list
    setCurrent(restored ? asSession(restored) : null)
    loaded.value = true
    subscription?.unsubscribe()
    subscription = liveQuery(() => officersRepo(db).list()).subscribe({
      next: applyRegister,
      error: (err: unknown) => console.error('执法人员名单读取失败', err),
    })
  }

  /** Stop following the register (tests; a page reload does this by itself). */
  function dispose(): void {
    subscription?.unsubscribe()
    subscription = null
  }

  function attemptsOf(officerId: string): PinAttempts {
    return attempts.value[officerId] ?? noPinAttempts
  }

  /** Seconds this officer must still wait before a PIN is accepted (0: none). */
  function waitSeconds(officerId: string, nowMs = Date.now()): number {
    return pinWaitSeconds(attemptsOf(officerId), nowMs)
  }

  function setAttempts(officerId: string, value: PinAttempts | null): void {
    const next = { ...attempts.value }
    if (value) next[officerId] = value
    else delete next[officerId]
    attempts.value = next
    writeJson(SESSION_PIN_ATTEMPTS_KEY, Object.keys(next).length ? next : null)
  }

  /** Whether the officer has a PIN (the chooser then asks for it). */
  function needsPin(officerId: string): boolean {
    return register.value.find((o) => o.id === officerId)?.hasPin ?? false
  }

  /**
   * Make `officerId` the officer of this window, checking their PIN if they have one. Five
   * wrong PINs in a row refuse further tries for 30 seconds (shared/domain/settings/pin.ts).
   */
  async function choose(officerId: string, pin = '', nowMs = Date.now()): Promise<ChooseResult> {
    const wait = waitSeconds(officerId, nowMs)
    if (wait > 0)
      return {
        ok: false,
        message: wrongPinMessage(attemptsOf(officerId), nowMs),
        waitSeconds: wait,
      }
    const officer = await officersRepo(db).get(officerId)
    if (!officer || !officer.active) {
      return {
        ok: false,
        message: '该执法人员已停用或不在名单中，请选择其他人员',
        waitSeconds: 0,
      }
    }
    if (hasPin(officer)) {
      if (pin === '') return { ok: false, message: `请输入${officer.name}的 PIN`, waitSeconds: 0 }
      if (!verifyPin(pin, officer)) {
        const next = afterPinFailure(attemptsOf(officerId), nowMs)
        setAttempts(officerId, next)
        return {
          ok: false,
          message: wrongPinMessage(next, nowMs),
          waitSeconds: pinWaitSeconds(next, nowMs),
        }
      }
    }
    setAttempts(officerId, null)
    const chosen: SessionOfficer = { id: officer.id, name: officer.name, roles: [...officer.roles] }
    setCurrent(chosen)
    return { ok: true, officer: chosen }
  }

  /** 切换人员: forget the choice; the chooser opens again. */
  function switchOfficer(): void {
    setCurrent(null)
  }

  /** Whether the officer at the keyboard holds `role` (false when nobody has chosen). */
  function hasRole(role: OfficerRole): boolean {
    return currentRoles.value.includes(role)
  }

  /** The Chinese label of an audit actor / recordedBy / issuedBy (the officer's name). */
  function actorLabel(actor: string): string {
    return describeActor(actor, names.value)
  }

  return {
    register,
    loaded,
    current,
    attempts,
    activeOfficers,
    needsChoice,
    currentOfficerId,
    currentRoles,
    currentRoleLabels,
    load,
    dispose,
    waitSeconds,
    needsPin,
    choose,
    switchOfficer,
    hasRole,
    actorLabel,
  }
})
