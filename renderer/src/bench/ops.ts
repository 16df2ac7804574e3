/**
 * BENCH-ONLY timed operations. Each runs the app's REAL code path once and returns the time it
 * took inside the page (performance.now, so no DevTools round trip is counted):
 * - case list / search: casesRepo(db).listCaseRows (the store's call: rows first; a total that
 *   needs counting follows through countCases, total=… in the note)
 * - case page: what the case-detail store loads (settings, officers, case + acts, follow-ups,
 *   audit) plus deriveCaseState + computeDeadlines
 * - documents: definitionOf (buildDocument from the frozen snapshot) + getPdfRenderer().render;
 *   the 案卷 through renderCaseFile
 * - backup / restore: createFullBackup, createIncrementBackup after 20 changed cases,
 *   stageBackup + commitRestore (the bench then goes on with the restored database, as the app
 *   does after its reload)
 * Baselines ("floors") use raw IndexedDB and raw pdfmake on the same index / definition; for
 * backup and restore, ./floors.ts tries several raw ways of reading and writing every record.
 */
import type PdfMakeModule from 'pdfmake/build/pdfmake'
import { computeDeadlines, deriveCaseState } from '@shared/domain/case'
import {
  BUNDLED_FONT_SET,
  fontFilesOf,
  pdfmakeFontDictionary,
} from '@shared/documents/fonts/font-set'
import type { TDocumentDefinitions } from '@shared/documents/pdf-types'
import type { BackupManifest } from '@shared/backup'
import { createFullBackup, createIncrementBackup, incrementBaseOf } from '@renderer/backup/export'
import { ensureInstallationId } from '@renderer/backup/installation'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import { db, useDatabase } from '@renderer/db/db'
import type { CaseRecord } from '@renderer/db/cases-records'
import type { CaseListQuery } from '@renderer/db/repositories/case-list'
import { casesRepo } from '@renderer/db/repositories/cases'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { officersRepo } from '@renderer/db/repositories/officers'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { getPdfRenderer } from '@renderer/documents/pdf-renderer'
import { renderCaseFile } from '@renderer/services/documents-case'
import { definitionOf, type DocumentRenderer } from '@renderer/services/documents-issue'
import { measureFloors, type BackupFloors } from './floors'

/** One timing (ms) and what the operation produced, for sanity checks in the report. */
export interface Timed {
  ms: number
  info: Record<string, number | string>
}

async function ready(): Promise<void> {
  if (!db.isOpen()) await db.open()
}

/** A page of the case list through the repository. */
export async function timeCaseListPage(q: CaseListQuery): Promise<Timed> {
  await ready()
  const t = performance.now()
  const page = await casesRepo(db).listCaseRows(q)
  const ms = performance.now() - t
  return { ms, info: { rows: page.rows.length, total: page.total ?? '…' } }
}

let raw: Promise<IDBDatabase> | null = null
function rawDb(): Promise<IDBDatabase> {
  raw ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(db.name)
    req.onsuccess = () => {
      // A restore deletes the database it replaces: let go of it (the next call opens the new one).
      req.result.onversionchange = () => {
        req.result.close()
        raw = null
      }
      resolve(req.result)
    }
    req.onerror = () => reject(req.error ?? new Error('open failed'))
  })
  return raw
}

/**
 * Floor of list and search: one page of records read with a native cursor through `index`
 * (optionally only the key `only`), skipping `offset` keys.
 */
export async function rawPage(args: {
  index: string
  dir: 'next' | 'prev'
  offset: number
  size: number
  only?: string
}): Promise<Timed> {
  const idb = await rawDb()
  const t = performance.now()
  const rows = await new Promise<unknown[]>((resolve, reject) => {
    const out: unknown[] = []
    const tx = idb.transaction('cases', 'readonly')
    const range = args.only === undefined ? null : IDBKeyRange.only(args.only)
    const req = tx.objectStore('cases').index(args.index).openCursor(range, args.dir)
    let skipped = args.offset === 0
    req.onsuccess = () => {
      const cursor = req.result
      if (!cursor) return resolve(out)
      if (!skipped) {
        skipped = true
        cursor.advance(args.offset)
        return
      }
      out.push(cursor.value)
      if (out.length >= args.size) resolve(out)
      else cursor.continue()
    }
    req.onerror = () => reject(req.error ?? new Error('cursor failed'))
  })
  return { ms: performance.now() - t, info: { rows: rows.length } }
}

/** What the case page loads and derives (see the module comment). */
export async function openCase(id: string, today: string): Promise<Timed> {
  await ready()
  const t = performance.now()
  const [settings, officers, bundle, followUps, audit] = await Promise.all([
    settingsRepo(db).getRuleSettings(),
    officersRepo(db).list(),
    casesRepo(db).getCase(id),
    followUpsRepo(db).forCase(id),
    casesRepo(db).auditForCase(id),
  ])
  if (!bundle) throw new Error(`找不到案件 ${id}`)
  const state = deriveCaseState(bundle.facts, today, settings)
  const deadlines = computeDeadlines(bundle.facts, today, settings)
  const ms = performance.now() - t
  return {
    ms,
    info: {
      acts: bundle.acts.length,
      deadlines: deadlines.length,
      stage: String(state.stage ?? ''),
      officers: officers.length,
      followUps: followUps.length,
      audit: audit.length,
    },
  }
}

/** Floor of the case page: the case record and its acts through [caseId+seq], raw. */
export async function rawOpenCase(id: string): Promise<Timed> {
  const idb = await rawDb()
  const t = performance.now()
  const acts = await new Promise<unknown[]>((resolve, reject) => {
    const tx = idb.transaction(['cases', 'acts'], 'readonly')
    tx.objectStore('cases').get(id)
    const req = tx
      .objectStore('acts')
      .index('[caseId+seq]')
      .getAll(IDBKeyRange.bound([id, 0], [id, Infinity]))
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error ?? new Error('read failed'))
  })
  return { ms: performance.now() - t, info: { acts: acts.length } }
}

async function decisionDefinition(docId: string): Promise<TDocumentDefinitions> {
  await ready()
  const doc = await db.documents.get(docId)
  if (!doc) throw new Error(`找不到文书 ${docId}`)
  const built = definitionOf(doc, getPdfRenderer().fontSet)
  if (!built.ok) throw new Error(built.message)
  return built.definition
}

function pageCount(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes)
  return (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length
}

/** Issue-time rendering of a stored document: definition from its snapshot + the session renderer. */
export async function renderDocument(docId: string): Promise<Timed> {
  await ready()
  const doc = await db.documents.get(docId)
  if (!doc) throw new Error(`找不到文书 ${docId}`)
  const renderer = getPdfRenderer()
  const t = performance.now()
  // Already resolved when warm; on a first render this is the font fetch + cmap + pdfmake load.
  await renderer.ensureReady()
  const loadMs = performance.now() - t
  const built = definitionOf(doc, renderer.fontSet)
  if (!built.ok) throw new Error(built.message)
  const bytes = await renderer.render(built.definition)
  const ms = performance.now() - t
  return {
    ms,
    info: {
      loadMs: Math.round(loadMs),
      bytes: bytes.length,
      pages: pageCount(bytes),
      kind: doc.kind,
      fonts: await renderer.variantOf(built.definition),
    },
  }
}

type PdfMake = typeof PdfMakeModule

function deepCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => deepCopy(item)) as T
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {}
    for (const [key, item] of Object.entries(value)) out[key] = deepCopy(item)
    return out as T
  }
  return value
}
let rawPdf: PdfMake | null = null

/**
 * Floor of document rendering: raw pdfmake on the same definition. With `loadFonts` (first in
 * a fresh page) the time includes importing pdfmake and fetching the font files into its VFS.
 */
export async function rawRender(
  definition: TDocumentDefinitions | { docId: string },
  loadFonts: boolean,
): Promise<Timed> {
  const def = 'docId' in definition ? await decisionDefinition(definition.docId) : definition
  // pdfmake mutates what it renders: copy outside the timing (functions such as footers kept).
  const copy = deepCopy(def)
  const t = performance.now()
  if (loadFonts || !rawPdf) {
    const { default: pdfMake } = await import('pdfmake/build/pdfmake')
    for (const file of fontFilesOf(BUNDLED_FONT_SET)) {
      const res = await fetch(new URL(`./fonts/${file}`, document.baseURI))
      pdfMake.virtualfs.writeFileSync(file, new Uint8Array(await res.arrayBuffer()))
    }
    pdfMake.setFonts(pdfmakeFontDictionary(BUNDLED_FONT_SET))
    rawPdf = pdfMake
  }
  const loadMs = performance.now() - t
  const out = await rawPdf.createPdf(copy).getBuffer()
  const ms = performance.now() - t
  return { ms, info: { loadMs: Math.round(loadMs), bytes: out.length } }
}

let lastCaseFile: TDocumentDefinitions | null = null

/** The 案卷 of a closed case through renderCaseFile (the renderer records the definition). */
export async function renderCaseFileOf(caseId: string, today: string): Promise<Timed> {
  await ready()
  const real = getPdfRenderer()
  await real.ensureReady()
  const recording: DocumentRenderer = {
    fontSet: real.fontSet,
    render: (definition) => {
      lastCaseFile = definition
      return real.render(definition)
    },
    findUnprintable: (definition) => real.findUnprintable(definition),
  }
  const t = performance.now()
  const r = await renderCaseFile(
    db,
    recording,
    caseId,
    {
      volume: '正卷',
      retention: '定期30年',
      archiveNumber: `${today.slice(0, 4)}-基准-001`,
      compiler: '王志强',
      checker: '李明',
      notes: '本卷文书齐全，页码连续。',
      compiledOn: today,
    },
    () => {},
  )
  const ms = performance.now() - t
  if (!r.ok) throw new Error(r.message)
  const fonts = lastCaseFile ? await real.variantOf(lastCaseFile) : '?'
  return { ms, info: { bytes: r.bytes.length, pages: pageCount(r.bytes), fonts } }
}

/** Floor of the 案卷: raw pdfmake on the definition renderCaseFile last rendered. */
export function rawCaseFile(): Promise<Timed> {
  if (!lastCaseFile) throw new Error('请先运行 renderCaseFileOf')
  return rawRender(lastCaseFile, false)
}

let lastBackup: Blob | null = null
let lastManifest: BackupManifest | null = null

/**
 * A full backup of the database (kept in memory for the restore and as the base of the
 * increment). The installation id is created first (as the app's first backup does), so the
 * backup names its chain.
 */
export async function backup(appVersion: string): Promise<Timed> {
  await ready()
  await ensureInstallationId(db, {
    actor: 'bench',
    now: new Date().toISOString(),
    newId: () => crypto.randomUUID(),
  })
  const t = performance.now()
  const created = await createFullBackup(db, {
    appVersion,
    reason: 'manual',
    now: new Date().toISOString(),
  })
  const ms = performance.now() - t
  lastBackup = created.blob
  lastManifest = created.manifest
  return {
    ms,
    info: { bytes: created.blob.size, records: created.manifest.totalRecords },
  }
}

/**
 * The daily increment: `changes` cases get their officers swapped through the repository (one
 * audited transaction each, not timed), then the increment after the last full backup is timed.
 */
export async function incrementAfterChanges(appVersion: string, changes: number): Promise<Timed> {
  const chain = lastManifest?.chain
  if (!lastManifest || !chain) throw new Error('请先运行 backup')
  await ready()
  const today = new Date().toISOString().slice(0, 10)
  const picked = (await db.cases.limit(changes).toArray()) as CaseRecord[]
  const c0 = performance.now()
  for (const rec of picked) {
    const r = await casesRepo(db).setOfficers(
      { actor: 'bench', now: new Date().toISOString(), newId: () => crypto.randomUUID() },
      rec.id,
      [...rec.officerIds].reverse(),
      today,
    )
    if (!r.ok) throw new Error(r.message)
  }
  const changeMs = performance.now() - c0
  const t = performance.now()
  const inc = await createIncrementBackup(db, {
    appVersion,
    reason: 'scheduled',
    now: new Date().toISOString(),
    base: incrementBaseOf(lastManifest, 'bench-full')!,
  })
  const ms = performance.now() - t
  if (!inc.ok) throw new Error(inc.needFull)
  return {
    ms,
    info: {
      changedCases: picked.length,
      changedRecords: inc.changedRecords,
      records: inc.backup.manifest.totalRecords,
      bytes: inc.backup.blob.size,
      changeMs: Math.round(changeMs),
    },
  }
}

/** Validated restore of the last backup: stage (checksum, import, validate) + commit. */
export async function restore(appVersion: string): Promise<Timed> {
  if (!lastBackup) throw new Error('请先运行 backup')
  await ready()
  const t = performance.now()
  const staged = await stageBackup(lastBackup)
  if (!staged.ok)
    throw new Error(`${staged.message} ${JSON.stringify(staged.problems.slice(0, 3))}`)
  const stagedMs = performance.now() - t
  const done = await commitRestore(
    db,
    staged.staged,
    { actor: 'bench', now: new Date().toISOString(), newId: () => crypto.randomUUID() },
    appVersion,
  )
  const ms = performance.now() - t
  if (!done.ok) throw new Error(done.message)
  useDatabase(done.database)
  await ready()
  return { ms, info: { records: done.totalRecords, stageMs: Math.round(stagedMs) } }
}

/**
 * Floors of backup and restore (./floors.ts): every raw method tried on the app's database, the
 * fastest of each kind being the floor. `writes`: all write floors, none, or the named ones;
 * `reads` false: the write floors only; `pauseMs`: wait before each write method.
 */
export async function backupFloors(
  writes: boolean | string[],
  reads = true,
  pauseMs = 0,
): Promise<BackupFloors> {
  await ready()
  return measureFloors(db.name, writes, reads, pauseMs)
}

/** Drop the kept backup blob (before the heap is measured). */
export function releaseBackup(): void {
  lastBackup = null
  lastManifest = null
  lastCaseFile = null
}
