// @vitest-environment happy-dom
import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { db, useDatabase } from '@renderer/db/db'
import { openDatabase } from '@renderer/db/open'
import { officersRepo } from '@renderer/db/repositories/officers'
import { writeContext, localActor, setWriteActor } from '@renderer/services/write-context'
import { describeActor, officerActor, officerIdOfActor } from '@renderer/services/actor'
import {
  SESSION_OFFICER_KEY,
  SESSION_PIN_ATTEMPTS_KEY,
  useSessionStore,
} from '@renderer/stores/session'
import { officerInput, testContext } from '../db/helpers'

// docs/architecture/session.md: the officer at the keyboard, chosen at the start of a session.

let dbCounter = 0
const stores: ReturnType<typeof useSessionStore>[] = []

beforeEach(async () => {
  sessionStorage.clear()
  setWriteActor(null)
  useDatabase(`session-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`)
  await openDatabase(db, '0.1.0', testContext())
})

afterEach(async () => {
  for (const s of stores.splice(0)) s.dispose()
  await db.delete()
})

/** A new window (or a reload of the same one): a fresh Pinia over the same sessionStorage. */
function freshStore() {
  setActivePinia(createPinia())
  const s = useSessionStore()
  stores.push(s)
  return s
}

async function seedOfficers() {
  const ctx = testContext()
  const repo = officersRepo(db)
  const a = await repo.create(officerInput(1, { name: '张伟' }), ctx)
  ctx.tick()
  const b = await repo.create(
    officerInput(2, { name: '李娜', roles: ['handler', 'legalReviewer'] }),
    ctx,
    { set: '2468' },
  )
  ctx.tick()
  const c = await repo.create(officerInput(3, { name: '王强', active: false }), ctx)
  if (!a.ok || !b.ok || !c.ok) throw new Error('seed failed')
  return { zhang: a.officer, li: b.officer, wang: c.officer }
}

describe('session store — choosing who is working', () => {
  it('starts with nobody chosen; the chooser lists only active officers, PIN marked', async () => {
    await seedOfficers()
    const s = freshStore()
    expect(s.needsChoice).toBe(false)
    await s.load()
    expect(s.needsChoice).toBe(true)
    expect(s.current).toBeNull()
    expect(s.activeOfficers.map((o) => [o.name, o.hasPin])).toEqual([
      ['张伟', false],
      ['李娜', true],
    ])
    // The register the store holds never carries the hash.
    expect(JSON.stringify(s.register)).not.toMatch(/pinHash|pinSalt/)
    expect(writeContext().actor).toBe(localActor)
  })

  it('choosing an officer without a PIN makes every write name them', async () => {
    const { zhang } = await seedOfficers()
    const s = freshStore()
    await s.load()
    const r = await s.choose(zhang.id)
    expect(r).toEqual({ ok: true, officer: { id: zhang.id, name: '张伟', roles: ['handler'] } })
    expect(s.needsChoice).toBe(false)
    expect(s.currentOfficerId).toBe(zhang.id)
    expect(s.currentRoles).toEqual(['handler'])
    expect(s.hasRole('handler')).toBe(true)
    expect(s.hasRole('legalReviewer')).toBe(false)
    expect(writeContext().actor).toBe(`officer:${zhang.id}`)

    // A write made now is audited with that officer.
    const r2 = await officersRepo(db).update(
      zhang.id,
      officerInput(1, { name: '张伟', unit: '稽查科' }),
      writeContext(),
    )
    expect(r2.ok).toBe(true)
    const last = await db.audit.orderBy('seq').last()
    expect(last?.actor).toBe(`officer:${zhang.id}`)
    expect(s.actorLabel(last!.actor)).toBe('张伟')
  })

  it('a reload of the same window keeps the choice (sessionStorage); 切换人员 forgets it', async () => {
    const { zhang } = await seedOfficers()
    const first = freshStore()
    await first.load()
    await first.choose(zhang.id)
    expect(JSON.parse(sessionStorage.getItem(SESSION_OFFICER_KEY)!)).toMatchObject({
      id: zhang.id,
      name: '张伟',
    })
    first.dispose()
    setWriteActor(null)

    const reloaded = freshStore()
    await reloaded.load()
    expect(reloaded.current?.name).toBe('张伟')
    expect(reloaded.needsChoice).toBe(false)
    expect(writeContext().actor).toBe(officerActor(zhang.id))

    reloaded.switchOfficer()
    expect(reloaded.needsChoice).toBe(true)
    expect(sessionStorage.getItem(SESSION_OFFICER_KEY)).toBeNull()
    expect(writeContext().actor).toBe(localActor)
  })

  it('a stored choice of an officer no longer active (or not in this database) is dropped', async () => {
    const { wang } = await seedOfficers()
    sessionStorage.setItem(SESSION_OFFICER_KEY, JSON.stringify({ id: wang.id, name: '王强' }))
    const s = freshStore()
    await s.load()
    expect(s.current).toBeNull()
    sessionStorage.setItem(
      SESSION_OFFICER_KEY,
      JSON.stringify({ id: '5d1b0a52-3c3f-4b0e-9a55-0b7d3f0e2a11', name: '别处' }),
    )
    const t = freshStore()
    await t.load()
    expect(t.current).toBeNull()
  })

  it('an inactive officer cannot be chosen', async () => {
    const { wang } = await seedOfficers()
    const s = freshStore()
    await s.load()
    const r = await s.choose(wang.id)
    expect(r).toMatchObject({ ok: false, message: '该执法人员已停用或不在名单中，请选择其他人员' })
    expect(s.current).toBeNull()
  })
})

describe('session store — PIN', () => {
  const t0 = Date.parse('2026-03-01T08:00:00.000Z')

  it('refuses a missing or wrong PIN in Chinese and accepts the right one', async () => {
    const { li } = await seedOfficers()
    const s = freshStore()
    await s.load()
    expect(s.needsPin(li.id)).toBe(true)
    expect(await s.choose(li.id, '', t0)).toEqual({
      ok: false,
      message: '请输入李娜的 PIN',
      waitSeconds: 0,
    })
    expect(await s.choose(li.id, '1111', t0)).toEqual({
      ok: false,
      message: 'PIN 不正确，请重新输入（再错 4 次需等待 30 秒）',
      waitSeconds: 0,
    })
    expect(s.current).toBeNull()
    const ok = await s.choose(li.id, '2468', t0)
    expect(ok.ok).toBe(true)
    expect(s.currentRoles).toEqual(['handler', 'legalReviewer'])
    expect(sessionStorage.getItem(SESSION_PIN_ATTEMPTS_KEY)).toBeNull()
  })

  it('five wrong PINs → 30 s wait (even the right PIN is refused), kept across a reload', async () => {
    const { li } = await seedOfficers()
    const s = freshStore()
    await s.load()
    let last = await s.choose(li.id, '0000', t0)
    for (let i = 0; i < 4; i++) last = await s.choose(li.id, '0000', t0)
    expect(last).toEqual({
      ok: false,
      message: 'PIN 连续输错 5 次，请等待 30 秒后再试',
      waitSeconds: 30,
    })
    expect(s.waitSeconds(li.id, t0 + 10_000)).toBe(20)
    expect(await s.choose(li.id, '2468', t0 + 10_000)).toMatchObject({
      ok: false,
      message: 'PIN 连续输错 5 次，请等待 20 秒后再试',
      waitSeconds: 20,
    })

    const reloaded = freshStore()
    await reloaded.load()
    expect(reloaded.waitSeconds(li.id, t0 + 10_000)).toBe(20)
    expect((await reloaded.choose(li.id, '2468', t0 + 30_000)).ok).toBe(true)
  })

  it('setting, changing and clearing a PIN is audited without the hash', async () => {
    const { zhang } = await seedOfficers()
    const ctx = testContext('2026-03-02T08:00:00.000Z')
    const repo = officersRepo(db)
    const set = await repo.update(zhang.id, officerInput(1, { name: '张伟' }), ctx, { set: '1357' })
    expect(set.ok).toBe(true)
    const stored = await repo.get(zhang.id)
    expect(stored?.pinHash).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(stored)).not.toContain('1357')
    const entry = await db.audit.orderBy('seq').last()
    expect(entry).toMatchObject({ entity: 'officers', action: 'update' })
    expect(entry?.after).toMatchObject({ hasPin: true })
    expect(entry?.before).toMatchObject({ hasPin: false })
    expect(JSON.stringify(entry)).not.toMatch(/pinHash|pinSalt/)

    const bad = await repo.update(zhang.id, officerInput(1, { name: '张伟' }), ctx, { set: '12' })
    expect(bad).toEqual({ ok: false, errors: { pin: 'PIN 应为 4–8 位数字' } })

    ctx.tick()
    const cleared = await repo.update(zhang.id, officerInput(1, { name: '张伟' }), ctx, {
      clear: true,
    })
    expect(cleared.ok).toBe(true)
    expect(await repo.get(zhang.id)).not.toHaveProperty('pinHash')
    expect((await db.audit.orderBy('seq').last())?.after).toMatchObject({ hasPin: false })

    // An ordinary edit keeps the PIN.
    await repo.update(zhang.id, officerInput(1, { name: '张伟' }), ctx, { set: '1357' })
    await repo.update(zhang.id, officerInput(1, { name: '张伟', unit: '稽查科' }), ctx)
    expect((await repo.get(zhang.id))?.pinHash).toMatch(/^[0-9a-f]{64}$/)
    expect((await repo.list()).find((o) => o.id === zhang.id)).toMatchObject({
      unit: '稽查科',
      hasPin: true,
    })
  })
})

describe('describeActor — how 审计 and 录入 name the actor', () => {
  const names = new Map([['5d1b0a52-3c3f-4b0e-9a55-0b7d3f0e2a11', '李娜']])
  it.each([
    { actor: 'officer:5d1b0a52-3c3f-4b0e-9a55-0b7d3f0e2a11', label: '李娜' },
    { actor: 'local-user', label: '本机用户（未选择人员）' },
    {
      actor: 'officer:0a0a0a0a-0000-4000-8000-000000000000',
      label: '未登记的执法人员（0a0a0a0a）',
    },
    { actor: 'bench-seed', label: 'bench-seed' },
  ])('$actor → $label', ({ actor, label }) => {
    expect(describeActor(actor, names)).toBe(label)
  })
  it('officerIdOfActor reads back officerActor', () => {
    expect(officerIdOfActor(officerActor('abc'))).toBe('abc')
    expect(officerIdOfActor('local-user')).toBeNull()
    expect(officerIdOfActor('officer:')).toBeNull()
  })
})

describe('session store — the register changes while working', () => {
  it('a renamed officer or new roles reach the session; setting them inactive does not end it', async () => {
    const { zhang } = await seedOfficers()
    const s = freshStore()
    await s.load()
    await s.choose(zhang.id)
    const ctx = testContext('2026-03-03T08:00:00.000Z')
    await officersRepo(db).update(
      zhang.id,
      officerInput(1, { name: '张伟民', roles: ['handler', 'head'] }),
      ctx,
    )
    await expect.poll(() => s.current?.name).toBe('张伟民')
    expect(s.currentRoles).toEqual(['handler', 'head'])
    expect(JSON.parse(sessionStorage.getItem(SESSION_OFFICER_KEY)!)).toMatchObject({
      name: '张伟民',
    })
    ctx.tick()
    await officersRepo(db).setActive(zhang.id, false, ctx)
    await expect.poll(() => s.activeOfficers.some((o) => o.id === zhang.id)).toBe(false)
    expect(s.current?.id).toBe(zhang.id)
  })
})
