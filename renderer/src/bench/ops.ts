/**
 * BENCH-ONLY timed operations. Each runs the app's REAL code path once and returns the time it
 * took inside the page (performance.now, so no DevTools round trip is counted):
 * - case list / search: casesRepo(db).listCaseRows (the store's call: rows first; a total that
 *   needs counting follows through countCases, total=… in the note)
 * - case page: what the case-detail store loads (settings, officers, case + acts, follow-ups,
 *   audit) plus deriveCaseState + computeDeadlines
 * - documents: definitionOf (buildDocument from the frozen snapshot) + getPdfRenderer().render;
 *   the 案卷 through renderCaseFile
 * - backup / restore: createFullBackup, stageBackup + commitRestore (the bench then goes on with
 *   the restored database, as the app does after its reload)
 * Baselines ("floors") use raw IndexedDB and raw pdfmake on the same index / definition; for
 * backup and restore, rawCopyAll reads every record and writes it into a scratch database.
 */
import type PdfMakeModule from 'pdfmake/build/pdfmake'
import { computeDeadlines, deriveCaseState } from '@shared/domain/case'
import {
  BUNDLED_FONT_SET,
  fontFilesOf,
  pdfmakeFontDictionary,
} from '@shared/documents/fonts/font-set'
import type { TDocumentDefinitions } from '@shared/documents/pdf-types'
import { createFullBackup } from '@renderer/backup/export'
import { commitRestore } from '@renderer/backup/restore'
import { stageBackup } from '@renderer/backup/stage'
import { db, useDatabase } from '@renderer/db/db'
import { idbRequest } from '@renderer/db/idb-request'
import type { CaseListQuery } from '@renderer/db/repositories/case-list'
import { casesRepo } from '@renderer/db/repositories/cases'
import { followUpsRepo } from '@renderer/db/repositories/follow-ups'
import { officersRepo } from '@renderer/db/repositories/officers'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { getPdfRenderer } from '@renderer/documents/pdf-renderer'
import { renderCaseFile } from '@renderer/services/documents-case'
import { definitionOf, type DocumentRenderer } from '@renderer/services/documents-issue'

/** One timing (ms) and what the operation produced, for sanity checks in the report. */
export interface Timed {
  ms: number
  info: Record<string, number | string>
}

async function ready(): Promise<void> {
  if (!db.isOpen()) await db.open()
}

/** A page of the case list through the repository. */
export async function listCases(q: CaseListQuery): Promise<Timed> {
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

/** A full backup of the database (kept in memory for the restore). */
export async function backup(appVersion: string): Promise<Timed> {
  await ready()
  const t = performance.now()
  const created = await createFullBackup(db, {
    appVersion,
    reason: 'manual',
    now: new Date().toISOString(),
  })
  const ms = performance.now() - t
  lastBackup = created.blob
  return {
    ms,
    info: { bytes: created.blob.size, records: created.manifest.totalRecords },
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

const scratchName = 'casedesk-bench-floor'

/**
 * Floors of backup and restore, raw IndexedDB with no app code: read every record of every table
 * in pages of 1,000 through the primary key (readMs), and write each page into a scratch database
 * with the same stores and indexes in its own relaxed-durability transaction (writeMs). The
 * scratch database is deleted afterwards.
 */
export async function rawCopyAll(): Promise<Timed> {
  await ready()
  const src = await rawDb()
  const names = Array.from(src.objectStoreNames)
  const layout = names.map((n) => {
    const s = src.transaction(n).objectStore(n)
    return {
      name: n,
      keyPath: s.keyPath,
      autoIncrement: s.autoIncrement,
      indexes: Array.from(s.indexNames).map((i) => {
        const ix = s.index(i)
        return { name: i, keyPath: ix.keyPath, unique: ix.unique, multiEntry: ix.multiEntry }
      }),
    }
  })
  await idbRequest(indexedDB.deleteDatabase(scratchName))
  const open = indexedDB.open(scratchName, 1)
  open.onupgradeneeded = () => {
    for (const t of layout) {
      const store = open.result.createObjectStore(t.name, {
        keyPath: t.keyPath,
        autoIncrement: t.autoIncrement,
      })
      for (const ix of t.indexes)
        store.createIndex(ix.name, ix.keyPath, { unique: ix.unique, multiEntry: ix.multiEntry })
    }
  }
  const dst = await idbRequest(open)
  let readMs = 0
  let writeMs = 0
  let records = 0
  try {
    for (const t of layout) {
      let after: IDBValidKey | undefined
      for (;;) {
        const range = after === undefined ? null : IDBKeyRange.lowerBound(after, true)
        let at = performance.now()
        const store = src.transaction(t.name).objectStore(t.name)
        const [rows, keys] = await Promise.all([
          idbRequest(store.getAll(range, 1000)),
          idbRequest(store.getAllKeys(range, 1000)),
        ])
        readMs += performance.now() - at
        if (rows.length === 0) break
        at = performance.now()
        const tx = dst.transaction(t.name, 'readwrite', { durability: 'relaxed' })
        const out = tx.objectStore(t.name)
        for (let i = 0; i < rows.length; i++) {
          if (t.keyPath === null) out.put(rows[i], keys[i])
          else out.put(rows[i])
        }
        await new Promise<void>((resolve, reject) => {
          tx.oncomplete = () => resolve()
          tx.onerror = () => reject(tx.error ?? new Error('write failed'))
        })
        writeMs += performance.now() - at
        records += rows.length
        after = keys[keys.length - 1]
        if (rows.length < 1000) break
      }
    }
  } finally {
    dst.close()
    await idbRequest(indexedDB.deleteDatabase(scratchName))
  }
  return {
    ms: readMs + writeMs,
    info: { readMs: Math.round(readMs), writeMs: Math.round(writeMs), records },
  }
}

/** Drop the kept backup blob (before the heap is measured). */
export function releaseBackup(): void {
  lastBackup = null
  lastCaseFile = null
}
