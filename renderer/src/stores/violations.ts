/**
 * The violation catalogue in use (违法行为库): the built-in entries merged with the office's own
 * 裁量基准, which is imported from / exported to .xlsx (docs/domain/violations.md). Screens reach
 * the catalogue only through this store.
 */
import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { BUILTIN_VIOLATIONS, findViolation, mergeCatalogue } from '@shared/discretion/catalogue'
import type { ViolationEntry } from '@shared/discretion/types'
import { rowsToEntries, type RowError } from '@shared/discretion/xlsx-rows'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import { officeViolationsRepo } from '@renderer/db/repositories/office-violations'
import { todayIso, writeContext } from '@renderer/services/write-context'
import { guardResult } from '@renderer/db/write-guard'
import { xlsxFilter } from '@renderer/services/xlsx-export'

/** A sheet read and checked, waiting for the user to confirm (nothing is saved before). */
interface ViolationImportPreview {
  fileName: string
  /** The entries that would replace the office's; empty when `errors` is not. */
  entries: ViolationEntry[]
  /** Every problem of the sheet (row, column header, message); any error blocks the import. */
  errors: RowError[]
  /** How many of the entries restate a built-in entry (same id). */
  replacesBuiltin: number
}

/** Which entries an export writes. */
export type ViolationExportScope = 'all' | 'office'

type Outcome = { ok: true } | { ok: false; message: string }

export const useViolationsStore = defineStore('violations', () => {
  /** The office's entries as stored (empty until `load` or when none were imported). */
  const officeEntries = shallowRef<ViolationEntry[]>([])
  /** When and from which file the office's entries were imported. */
  const officeUpdatedAt = ref<string | null>(null)
  const officeSource = ref<string | null>(null)
  /** A Chinese message when the stored entries could not be read. */
  const loadError = ref<string | null>(null)
  const loaded = ref(false)
  const saving = ref(false)
  const preview = shallowRef<ViolationImportPreview | null>(null)

  /** Built-in entries merged with the office's (the office's replace built-ins with the same id). */
  const entries = computed<ViolationEntry[]>(() =>
    mergeCatalogue(BUILTIN_VIOLATIONS, officeEntries.value),
  )
  const officeIds = computed(() => new Set(officeEntries.value.map((e) => e.id)))

  /** Read the office's entries from the database. */
  async function load(): Promise<void> {
    const r = await officeViolationsRepo(db).read()
    if (r.ok) {
      officeEntries.value = r.entries
      officeUpdatedAt.value = r.updatedAt
      officeSource.value = r.source
      loadError.value = null
    } else {
      officeEntries.value = []
      officeUpdatedAt.value = null
      officeSource.value = null
      loadError.value = r.message
    }
    loaded.value = true
  }

  /** The entry in use with `id` (the office's one when it restates a built-in entry). */
  function byId(id: string): ViolationEntry | undefined {
    return findViolation(entries.value, id)
  }

  /** The entry comes from the office's 裁量基准 (not, or not only, the built-in catalogue). */
  function isOffice(id: string): boolean {
    return officeIds.value.has(id)
  }

  /**
   * Check the rows of a sheet (header first) and show them as the import preview. Nothing is
   * saved until {@link confirmImport}.
   */
  function importRows(
    rows: readonly (readonly string[])[],
    fileName: string,
  ): ViolationImportPreview {
    const r = rowsToEntries(rows)
    const builtinIds = new Set(BUILTIN_VIOLATIONS.map((e) => e.id))
    const p: ViolationImportPreview =
      'errors' in r
        ? { fileName, entries: [], errors: r.errors, replacesBuiltin: 0 }
        : {
            fileName,
            entries: r.entries,
            errors: [],
            replacesBuiltin: r.entries.filter((e) => builtinIds.has(e.id)).length,
          }
    preview.value = p
    return p
  }

  /** Let the user choose an .xlsx file, read its first sheet and show the preview. */
  async function pickImport(): Promise<Outcome> {
    preview.value = null
    const picked = await host.pickFile('从 Excel 导入裁量基准', [xlsxFilter])
    if (!picked.ok) return { ok: false, message: picked.code === 'canceled' ? '' : picked.message }
    const { readViolationsWorkbook } = await import('@renderer/services/violations-xlsx')
    const read = await readViolationsWorkbook(picked.value.name, picked.value.bytes)
    if (!read.ok) return read
    const p = importRows(read.rows, picked.value.name)
    if (p.errors.length === 0 && p.entries.length === 0) {
      preview.value = null
      return {
        ok: false,
        message: `“${picked.value.name}”中没有裁量基准（第 2 行起都是空行）。请从导出的模板开始填写。`,
      }
    }
    return { ok: true }
  }

  /** Save the previewed entries (replacing the office's) in one audited transaction. */
  async function confirmImport(): Promise<Outcome & { count?: number }> {
    const p = preview.value
    if (!p) return { ok: false, message: '没有待导入的文件，请先选择文件' }
    if (p.errors.length > 0) return { ok: false, message: '文件中有错误，请改正后重新选择文件' }
    saving.value = true
    try {
      const r = await guardResult(() =>
        officeViolationsRepo(db).replace(writeContext(), p.entries, p.fileName),
      )
      if (!r.ok) return r
      preview.value = null
      await load()
      return { ok: true, count: r.entries.length }
    } finally {
      saving.value = false
    }
  }

  function cancelImport(): void {
    preview.value = null
  }

  /**
   * Write the catalogue in use ('all': the template an office starts from) or only the office's
   * entries to .xlsx and save it through the host.
   */
  async function exportWorkbook(
    scope: ViolationExportScope,
  ): Promise<Outcome & { count?: number }> {
    const list = scope === 'all' ? entries.value : officeEntries.value
    if (list.length === 0) {
      return {
        ok: false,
        message:
          scope === 'office'
            ? '本机关还没有导入裁量基准，可先导出全部作为模板'
            : '违法行为库是空的',
      }
    }
    try {
      const { writeViolationsWorkbook } = await import('@renderer/services/violations-xlsx')
      const bytes = await writeViolationsWorkbook(list)
      const name = `${scope === 'all' ? '违法行为库' : '本机关裁量基准'}-${todayIso()}.xlsx`
      const saved = await host.saveFile(bytes, name, [xlsxFilter])
      if (!saved.ok) return { ok: false, message: saved.code === 'canceled' ? '' : saved.message }
      return { ok: true, count: list.length }
    } catch (err) {
      return { ok: false, message: `导出失败，请重试。${err instanceof Error ? err.message : ''}` }
    }
  }

  /** Remove the office's entries (after the user confirmed). */
  async function clearOffice(): Promise<
    { ok: true; removed: number } | { ok: false; message: string }
  > {
    saving.value = true
    try {
      const r = await guardResult(() => officeViolationsRepo(db).clear(writeContext()))
      if (r.ok) await load()
      return r
    } finally {
      saving.value = false
    }
  }

  return {
    entries,
    officeEntries,
    officeUpdatedAt,
    officeSource,
    loadError,
    loaded,
    saving,
    preview,
    load,
    byId,
    isOffice,
    importRows,
    pickImport,
    confirmImport,
    cancelImport,
    exportWorkbook,
    clearOffice,
  }
})
