// docs/data-safety.md "Backups": backups of any size cross IPC in chunks; main writes them to a
// `.part` file and renames it only after fsync. Real temp dirs; only `electron` is mocked.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { backupFileName, defaultRotation } from '@shared/backup'
import { contract, MAX_BACKUP_CHUNK_BYTES } from '@shared/ipc/contract'
import { backupFoldersOf } from '../../../../electron/main/backup/backup-folders'
import { createBackupStreams } from '../../../../electron/main/backup/backup-stream'
import { createBackupHandlers } from '../../../../electron/main/ipc/backup'

vi.mock('electron', () => ({}))

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'casedesk-stream-'))
})
afterEach(async () => {
  await rm(root, { recursive: true, force: true })
})

const folders = () => backupFoldersOf(join(root, 'userData'), defaultRotation)
const local = () => join(root, 'userData', 'backups')
const chunk = (n: number, fill: number) => new Uint8Array(n).fill(fill)

function handlers(chooseFiles: (title: string) => Promise<string[] | null> = async () => null) {
  return createBackupHandlers({
    folders: folders(),
    chooseFolder: async () => null,
    chooseFiles,
    exitBackup: { attach: vi.fn(), finish: vi.fn() },
  })
}

/** Write a whole backup through open → append… → finish. */
async function writeAll(h: ReturnType<typeof handlers>, stamp: string, parts: Uint8Array[]) {
  const opened = await h['backup:open']({ kind: 'full', stamp, reason: 'manual' })
  if (!opened.ok) throw new Error(opened.message)
  for (const bytes of parts) {
    const r = await h['backup:append']({ id: opened.value.id, bytes })
    if (!r.ok) throw new Error(r.message)
  }
  return h['backup:finish']({ id: opened.value.id })
}

describe('backup:open → append → finish', () => {
  it('writes the chunks in order under the final name and leaves no partial file', async () => {
    const h = handlers()
    const r = await writeAll(h, '20260301-080000', [chunk(1000, 1), chunk(10, 2), chunk(5, 3)])
    const name = backupFileName('20260301-080000')
    expect(r).toMatchObject({ ok: true, value: { name, path: join(local(), name) } })
    const bytes = await readFile(join(local(), name))
    expect(bytes.length).toBe(1015)
    expect([bytes[0], bytes[1000], bytes[1014]]).toEqual([1, 2, 3])
    expect(await readdir(local())).toEqual([name])
  })

  it('a crash between chunks leaves the previous backup intact and no new backup name', async () => {
    const h = handlers()
    await writeAll(h, '20260301-080000', [chunk(4096, 7)])
    const previous = await readFile(join(local(), backupFileName('20260301-080000')))

    // The renderer dies after one chunk of the next backup: main never hears finish or abort.
    const opened = await h['backup:open']({
      kind: 'full',
      stamp: '20260302-080000',
      reason: 'manual',
    })
    if (!opened.ok) throw new Error(opened.message)
    await h['backup:append']({ id: opened.value.id, bytes: chunk(100, 9) })
    const files = await readdir(local())
    expect(files.filter((f) => f.endsWith('.part'))).toHaveLength(1)
    expect(files).not.toContain(backupFileName('20260302-080000'))
    expect(await readFile(join(local(), backupFileName('20260301-080000')))).toEqual(previous)
    // The listing and the reader see only complete backups.
    const listed = await h['backup:list'](undefined)
    expect(listed.ok && listed.value.files.map((f) => f.name)).toEqual([
      backupFileName('20260301-080000'),
    ])

    // The app restarts (a new main process): the partial file is removed by the next backup.
    const restarted = handlers()
    await writeAll(restarted, '20260303-080000', [chunk(10, 1)])
    expect((await readdir(local())).sort()).toEqual(
      [backupFileName('20260301-080000'), backupFileName('20260303-080000')].sort(),
    )
    expect(await readFile(join(local(), backupFileName('20260301-080000')))).toEqual(previous)
  })

  it('abort removes the partial file; the id is then unknown', async () => {
    const h = handlers()
    const opened = await h['backup:open']({
      kind: 'increment',
      stamp: '20260301-080000',
      reason: 'scheduled',
    })
    if (!opened.ok) throw new Error(opened.message)
    await h['backup:append']({ id: opened.value.id, bytes: chunk(100, 1) })
    expect(await h['backup:abort']({ id: opened.value.id })).toEqual({ ok: true })
    expect(await readdir(local())).toEqual([])
    expect(await h['backup:append']({ id: opened.value.id, bytes: chunk(1, 1) })).toMatchObject({
      ok: false,
      code: 'invalid',
    })
    expect(await h['backup:finish']({ id: opened.value.id })).toMatchObject({ ok: false })
  })

  it('increments get the -incr name, are copied to the office folder and rotate with their full backup', async () => {
    const office = join(root, 'office')
    await mkdir(office)
    const f = folders()
    await mkdir(join(root, 'userData'), { recursive: true })
    await writeFile(f.settingsFile, JSON.stringify({ officeFolder: office }))
    const streams = createBackupStreams(f)
    const full = await streams.open('full', '20260301-080000')
    if (!full.ok) throw new Error(full.message)
    await streams.append(full.value.id, chunk(10, 4))
    expect(await streams.finish(full.value.id)).toMatchObject({ ok: true })
    const opened = await streams.open('increment', '20260301-090000')
    if (!opened.ok) throw new Error(opened.message)
    await streams.append(opened.value.id, chunk(10, 5))
    const r = await streams.finish(opened.value.id)
    const name = backupFileName('20260301-090000', 'increment')
    expect(name).toMatch(/-incr\.casedesk$/)
    expect(r).toMatchObject({ ok: true, value: { name, officePath: join(office, name) } })
    expect(await readFile(join(office, name))).toEqual(Buffer.from(chunk(10, 5)))
    expect((await readdir(office)).sort()).toEqual([backupFileName('20260301-080000'), name].sort())
  })

  it('a chunk larger than 16 MiB is refused by the contract (main validates it)', () => {
    const input = { id: 'x', bytes: new Uint8Array(MAX_BACKUP_CHUNK_BYTES + 1) }
    expect(contract['backup:append'].input.safeParse(input).success).toBe(false)
    expect(
      contract['backup:append'].input.safeParse({ id: 'x', bytes: chunk(10, 1) }).success,
    ).toBe(true)
    // The renderer never sends a path or a name: only kind, stamp and reason.
    expect(
      contract['backup:open'].input.safeParse({
        kind: 'full',
        stamp: '20260301-080000',
        reason: 'manual',
        path: '/etc/passwd',
      }).success,
    ).toBe(false)
  })
})

describe('reading backups by token', () => {
  it('reads a picked file in chunks; only .casedesk files are accepted', async () => {
    const path = join(root, 'CaseDesk-备份-20260301-080000.casedesk')
    const data = new Uint8Array(3000).map((_, i) => i % 256)
    await writeFile(path, data)
    const h = handlers(async () => [path])
    const picked = await h['backup:pickRead']({ title: '选择' })
    if (!picked.ok) throw new Error(picked.message)
    const file = picked.value.files[0]!
    expect(file).toMatchObject({ name: 'CaseDesk-备份-20260301-080000.casedesk', bytes: 3000 })
    const a = await h['backup:readChunk']({ token: file.token, offset: 0, length: 2048 })
    const b = await h['backup:readChunk']({ token: file.token, offset: 2048, length: 2048 })
    expect(a.ok && a.value.bytes.length).toBe(2048)
    expect(b.ok && b.value.bytes.length).toBe(952)
    expect(b.ok && b.value.bytes[0]).toBe(2048 % 256)
    await h['backup:closeRead']({ token: file.token })
    expect(await h['backup:readChunk']({ token: file.token, offset: 0, length: 1 })).toMatchObject({
      ok: false,
      code: 'invalid',
    })

    const other = join(root, 'notes.txt')
    await writeFile(other, 'x')
    const refused = await handlers(async () => [other])['backup:pickRead']({ title: '选择' })
    expect(refused).toMatchObject({ ok: false, code: 'invalid' })
  })

  it('opens listed backups by name only, never a path', async () => {
    const h = handlers()
    await writeAll(h, '20260301-080000', [chunk(10, 4)])
    const listed = await h['backup:openListed']({
      location: 'local',
      name: backupFileName('20260301-080000'),
    })
    expect(listed).toMatchObject({ ok: true, value: { bytes: 10 } })
    expect(
      await h['backup:openListed']({ location: 'local', name: '../../secret.casedesk' }),
    ).toMatchObject({ ok: false, code: 'invalid' })
  })
})
