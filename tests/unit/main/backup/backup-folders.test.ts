// backups written by main into userData/backups (+ office folder) with 7+4 rotation,
// on real temp dirs; the on-exit handshake with the renderer.
import { mkdtemp, readdir, readFile, rm, writeFile, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFileName, defaultRotation } from '@shared/backup'
import { backupFoldersOf } from '../../../../electron/main/backup/backup-folders'
import { createExitBackup } from '../../../../electron/main/backup/exit-backup'
import { createBackupHandlers } from '../../../../electron/main/ipc/backup'

vi.mock('electron', () => ({}))

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casedesk-backup-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

function handlers(chosen: string | null = null) {
  const exitBackup = { attach: vi.fn(), finish: vi.fn() }
  const h = createBackupHandlers({
    folders: backupFoldersOf(join(root, 'userData'), defaultRotation),
    chooseFolder: async () => chosen,
    exitBackup,
  })
  return { h, exitBackup }
}

const bytes = new TextEncoder().encode('{"format":"casedesk-backup"}\n{}')

type BackupHandlers = ReturnType<typeof handlers>['h']

/** A whole backup written through the chunked channels (open → append → finish). */
async function writeBackup(h: BackupHandlers, stamp: string) {
  const opened = await h['backup:open']({ kind: 'full', stamp, reason: 'manual' })
  if (!opened.ok) return opened
  const appended = await h['backup:append']({ id: opened.value.id, bytes })
  if (!appended.ok) return appended
  return h['backup:finish']({ id: opened.value.id })
}

/** A listed backup read back through openListed → readChunk → closeRead. */
async function readListed(h: BackupHandlers, location: 'local' | 'office', name: string) {
  const opened = await h['backup:openListed']({ location, name })
  if (!opened.ok) return opened
  const chunk = await h['backup:readChunk']({
    token: opened.value.token,
    offset: 0,
    length: opened.value.bytes,
  })
  await h['backup:closeRead']({ token: opened.value.token })
  return chunk
}
const stampOf = (day: number, hour = 8) => {
  const d = new Date(Date.UTC(2026, 2, 1 + day))
  return `${d.toISOString().slice(0, 10).replace(/-/g, '')}-${String(hour).padStart(2, '0')}0000`
}

describe('backups written in chunks (backup:open → append → finish)', () => {
  it('writes into userData/backups under a name made from the stamp', async () => {
    const { h } = handlers()
    const r = await writeBackup(h, '20260301-080000')
    expect(r).toEqual({
      ok: true,
      value: {
        name: backupFileName('20260301-080000'),
        path: join(root, 'userData', 'backups', backupFileName('20260301-080000')),
        officePath: null,
        officeError: null,
        removed: 0,
      },
    })
    expect(
      await readFile(join(root, 'userData', 'backups', backupFileName('20260301-080000'))),
    ).toEqual(Buffer.from(bytes))
  })

  it('rotates to 7 daily + 4 weekly over 40 days and never deletes foreign files', async () => {
    const { h } = handlers()
    const dir = join(root, 'userData', 'backups')
    await writeBackup(h, stampOf(0))
    await writeFile(join(dir, '说明.txt'), 'keep me')
    for (let day = 1; day < 40; day++) {
      await writeBackup(h, stampOf(day))
    }
    const names = (await readdir(dir)).sort()
    expect(names).toContain('说明.txt')
    const kept = names.filter((n) => n.endsWith('.casedesk')).map((n) => n.slice(12, 20))
    expect(kept).toEqual([
      '20260322',
      '20260329',
      '20260403',
      '20260404',
      '20260405',
      '20260406',
      '20260407',
      '20260408',
      '20260409',
    ])
  })

  it('copies into the office folder chosen in the dialog and rotates it too', async () => {
    const office = join(root, 'office-share')
    await import('node:fs/promises').then((fs) => fs.mkdir(office))
    const { h } = handlers(office)
    expect(await h['backup:chooseFolder'](undefined)).toEqual({
      ok: true,
      value: { officeFolder: office },
    })
    const r = await writeBackup(h, '20260301-080000')
    expect(r.ok && r.value.officePath).toBe(join(office, backupFileName('20260301-080000')))
    const list = await h['backup:list'](undefined)
    expect(list.ok && list.value.files.map((f) => f.location)).toEqual(['local', 'office'])
    expect(await h['backup:clearFolder'](undefined)).toEqual({ ok: true })
    const after = await h['backup:list'](undefined)
    expect(after.ok && after.value.officeFolder).toBeNull()
  })

  it('an unreachable office folder does not fail the local backup', async () => {
    const office = join(root, 'share')
    await import('node:fs/promises').then((fs) => fs.mkdir(office))
    const { h } = handlers(office)
    await h['backup:chooseFolder'](undefined)
    await rm(office, { recursive: true })
    const r = await writeBackup(h, '20260301-080000')
    expect(r.ok).toBe(true)
    if (r.ok) {
      expect(r.value.officePath).toBeNull()
      expect(r.value.officeError).toMatch(/本机备份已完成，但复制到备份文件夹失败/)
    }
  })

  it.skipIf(process.getuid?.() === 0)(
    'refuses a read-only office folder with a Chinese message',
    async () => {
      const office = join(root, 'ro')
      await import('node:fs/promises').then((fs) => fs.mkdir(office))
      await chmod(office, 0o500)
      const { h } = handlers(office)
      const r = await h['backup:chooseFolder'](undefined)
      await chmod(office, 0o700)
      expect(r).toMatchObject({
        ok: false,
        code: 'io',
        message: expect.stringMatching(/权限|只读/),
      })
    },
  )
})

describe('a listed backup read back (backup:openListed → readChunk)', () => {
  it('reads a listed backup by name and refuses anything that is not a backup name', async () => {
    const { h } = handlers()
    await writeBackup(h, '20260301-080000')
    const name = backupFileName('20260301-080000')
    const read = await readListed(h, 'local', name)
    expect(read.ok && Buffer.from(read.value.bytes)).toEqual(Buffer.from(bytes))
    for (const bad of ['../backup-settings.json', '..\\x.casedesk', 'CaseDesk-备份-x.casedesk']) {
      expect(await readListed(h, 'local', bad)).toMatchObject({
        ok: false,
        code: 'invalid',
      })
    }
    expect(await readListed(h, 'office', name)).toMatchObject({
      ok: false,
      message: '尚未设置备份文件夹。',
    })
  })
})

describe('on-exit backup handshake', () => {
  function fakeWindow() {
    const win = Object.assign(new EventEmitter(), {
      destroyed: false,
      sent: [] as unknown[],
      closes: 0,
      isDestroyed() {
        return this.destroyed
      },
      close() {
        this.closes += 1
        const event = {
          defaultPrevented: false,
          preventDefault() {
            this.defaultPrevented = true
          },
        }
        win.emit('close', event)
        return event.defaultPrevented
      },
      webContents: {
        send: (channel: string, payload: unknown) => win.sent.push([channel, payload]),
      },
    })
    return win
  }

  it('holds the close, asks the renderer, closes when it reports back', () => {
    const timers: (() => void)[] = []
    const exit = createExitBackup({
      timeoutMs: 60_000,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    })
    const win = fakeWindow()
    exit.attach(win as never)
    expect(win.close()).toBe(true) // prevented
    expect(win.sent).toEqual([['backup:requested', { reason: 'exit' }]])
    expect(win.close()).toBe(true) // still waiting, no second request
    expect(win.sent).toHaveLength(1)
    exit.finish()
    expect(win.closes).toBe(3) // finish() closed it for real, not prevented
  })

  it('closes after the timeout when the renderer never answers', () => {
    const timers: (() => void)[] = []
    const exit = createExitBackup({
      timeoutMs: 10,
      setTimer: (fn) => timers.push(fn),
      clearTimer: () => undefined,
    })
    const win = fakeWindow()
    exit.attach(win as never)
    win.close()
    timers[0]!()
    expect(win.closes).toBe(2)
    exit.finish() // late answer: nothing happens
    expect(win.closes).toBe(2)
  })
})
