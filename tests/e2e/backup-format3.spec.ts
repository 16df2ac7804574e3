// docs/data-safety.md "Backups" and "Restore" in Chromium (browser mode): the downloaded backup is
// format 3 — manifest line, then a gzip body — and restores; a backup whose audit chain is broken
// is refused until the officer types 确认恢复, and that confirmation is in the restored audit log.
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { test, expect } from './support/fixtures'
import { office, officerA, officerB } from './support/data'
import { readRestoredStore } from './support/restored-db'
import { SetupWizard } from '../pages/setup-wizard'
import { AppShell } from '../pages/app-shell'
import { OfficersPanel } from '../pages/officers-panel'
import { DataSafetyPage } from '../pages/data-safety'

const officerC = {
  name: '王强',
  certificateNo: 'HB4201050003',
  unit: '汉阳市场监管所',
  mobile: '13700001111',
}

interface Manifest {
  formatVersion: number
  body: { bytes: number; sha256: string; compression?: string; chunkBytes: number }
  chain?: { installationId: string }
}

/** Split a backup file into its manifest and uncompressed body. */
function parse(file: Buffer): { manifest: Manifest; body: Buffer } {
  const nl = file.indexOf(0x0a)
  return {
    manifest: JSON.parse(file.subarray(0, nl).toString('utf8')) as Manifest,
    body: gunzipSync(file.subarray(nl + 1)),
  }
}

/** The 'sha256-chunks' digest (shared/backup/chunk-hash.ts) with Node's SHA-256. */
function chunkDigest(body: Buffer, chunkBytes: number): string {
  const all = createHash('sha256')
  for (let at = 0; at < body.length; at += chunkBytes) {
    all.update(
      createHash('sha256')
        .update(body.subarray(at, at + chunkBytes))
        .digest(),
    )
  }
  return all.digest('hex')
}

test('a gzip (format 3) backup downloads and restores', async ({ app, profileDir }) => {
  test.setTimeout(120_000)
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const safety = new DataSafetyPage(page)
  await safety.open()
  const download = await safety.backupNow()
  const file = join(profileDir, 'backup.casedesk')
  await download.saveAs(file)
  const bytes = await readFile(file)
  const { manifest, body } = parse(bytes)
  expect(manifest.formatVersion).toBe(3)
  expect(manifest.body.compression).toBe('gzip')
  expect(bytes[bytes.indexOf(0x0a) + 1]).toBe(0x1f) // gzip magic
  expect(body.length).toBe(manifest.body.bytes)
  expect(chunkDigest(body, manifest.body.chunkBytes)).toBe(manifest.body.sha256)
  await expect(page.getByTestId('backup-chain')).toContainText('完整备份')

  await new AppShell(page).goTo('执法人员')
  await new OfficersPanel(page).add(officerC)
  await safety.open()
  await safety.check(file)
  await expect(safety.summary).toContainText('备份文件检查通过，本机现有数据尚未改动')
  await safety.restore(false)
  await expect(page.getByText(/恢复完成/)).toBeVisible()
  await page.waitForEvent('load')
  page = await app.reload()
  await new AppShell(page).goTo('执法人员')
  await expect(new OfficersPanel(page).row(officerA.name)).toBeVisible()
  await expect(new OfficersPanel(page).row(officerC.name)).toHaveCount(0)
})

test('a broken audit chain is refused until 确认恢复 is typed', async ({ app, profileDir }) => {
  test.setTimeout(120_000)
  let page = await app.open()
  await new SetupWizard(page).complete(office, [officerA, officerB])
  const safety = new DataSafetyPage(page)
  await safety.open()
  const original = join(profileDir, 'backup.casedesk')
  await (await safety.backupNow()).saveAs(original)

  // Change one audit entry's content (its hash no longer matches) and fix the file checksum,
  // as someone editing a backup would; the file claims another PC, so it is not compared with
  // this PC's chain (that case is refused outright, see tests/unit/renderer/backup).
  const { manifest, body } = parse(await readFile(original))
  const lines = body.toString('utf8').split('\n')
  const at = lines.findIndex((l) => l.startsWith('{"t":"audit"'))
  const line = JSON.parse(lines[at]!) as { t: string; r: { seq: number; actor: string }[] }
  line.r.sort((a, b) => a.seq - b.seq)
  line.r[0]!.actor = '篡改者'
  lines[at] = JSON.stringify(line)
  const edited = Buffer.from(lines.join('\n'), 'utf8')
  const altered: Manifest = {
    ...manifest,
    body: {
      ...manifest.body,
      bytes: edited.length,
      sha256: chunkDigest(edited, manifest.body.chunkBytes),
    },
    ...(manifest.chain ? { chain: { ...manifest.chain, installationId: 'another-pc' } } : {}),
  }
  const file = join(profileDir, 'altered.casedesk')
  await writeFile(
    file,
    Buffer.concat([Buffer.from(`${JSON.stringify(altered)}\n`), gzipSync(edited)]),
  )

  await safety.check(file)
  await expect(safety.summary).toContainText('默认不予恢复')
  const replace = safety.summary.getByRole('button', { name: '用此备份替换本机数据' })
  await expect(replace).toBeDisabled()
  const input = page.getByTestId('broken-chain-confirmation')
  await input.fill('确认')
  await expect(replace).toBeDisabled()
  await input.fill('确认恢复')
  await safety.restore(false)
  await expect(page.getByText(/恢复完成/)).toBeVisible()
  await page.waitForEvent('load')
  page = await app.reload()
  const logged = (await readRestoredStore<{ action: string }>(page, 'audit', 'all')).map(
    (e) => e.action,
  )
  expect(logged).toContain('restoreBrokenChain')
})
