/**
 * 免罚清单 commands: add/edit/deactivate items, import from .xlsx/.csv with a preview (every bad
 * row listed before anything is written; the user confirms the valid rows), the template.
 */
import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'
import {
  checkExemptionImport,
  type ExemptionImportCheck,
  type ExemptionRowInput,
} from '@shared/domain/exemptions'
import { host } from '@renderer/bridge/api'
import { db } from '@renderer/db/db'
import type { ExemptionItem } from '@renderer/db/cases-records'
import { useLiveQuery } from '@renderer/composables/use-live-query'
import { exemptionsRepo, type ExemptionImportResult } from '@renderer/db/repositories/exemptions'
import { writeContext } from '@renderer/services/write-context'
import { guardResult, guardWrite } from '@renderer/db/write-guard'
import {
  exemptionImportFilters,
  exemptionTemplate,
  parseExemptionFile,
} from '@renderer/services/exemption-import'
import { xlsxFilter } from '@renderer/services/xlsx-export'

/** A file read and checked, waiting for the user to confirm. */
interface ImportPreview {
  fileName: string
  rows: Partial<Record<keyof ExemptionRowInput, string>>[]
  firstRow: number
  check: ExemptionImportCheck
}

export const useExemptionsStore = defineStore('exemptions', () => {
  const saving = ref(false)
  const preview = shallowRef<ImportPreview | null>(null)
  const result = shallowRef<ExemptionImportResult | null>(null)

  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    saving.value = true
    try {
      return await fn()
    } finally {
      saving.value = false
    }
  }

  /**
   * The whole 免罚清单, kept current while the calling component lives (call it in `setup`: the
   * live query ends with the component's scope).
   */
  function liveItems() {
    return useLiveQuery(() => exemptionsRepo(db).list(), [] as ExemptionItem[])
  }

  function save(input: Partial<ExemptionRowInput> & { id?: string }) {
    return guarded(() => guardResult(() => exemptionsRepo(db).save(writeContext(), input)))
  }

  function setActive(id: string, active: boolean) {
    return guarded(() =>
      guardResult(() => exemptionsRepo(db).setActive(writeContext(), id, active)),
    )
  }

  /** Pick a file, read it and check every row. Nothing is written yet. */
  async function pickImport(): Promise<{ ok: true } | { ok: false; message: string }> {
    result.value = null
    const picked = await host.pickFile('导入免罚清单', exemptionImportFilters)
    if (!picked.ok) {
      return { ok: false, message: picked.code === 'canceled' ? '' : picked.message }
    }
    const parsed = await parseExemptionFile(picked.value.name, picked.value.bytes)
    if (!parsed.ok) return parsed
    const check = checkExemptionImport(
      parsed.rows.map((input, i) => ({ row: parsed.firstRow + i, input })),
    )
    if (check.valid.length === 0 && check.errors.length === 0) {
      return { ok: false, message: `“${picked.value.name}”中没有清单事项（第 2 行起都是空行）。` }
    }
    preview.value = { fileName: picked.value.name, ...parsed, check }
    return { ok: true }
  }

  /**
   * Write the valid rows of the preview; the bad rows stay listed in the result. When the write
   * fails (e.g. a full disk) nothing was written and the preview stays for another try.
   */
  async function confirmImport(): Promise<
    ExemptionImportResult | { ok: false; message: string } | null
  > {
    const p = preview.value
    if (!p) return null
    const r = await guarded(() =>
      guardWrite(() =>
        exemptionsRepo(db).importRows(writeContext(), p.rows, { firstRow: p.firstRow }),
      ),
    )
    if (!r.ok) return { ok: false, message: r.message }
    result.value = r.value
    preview.value = null
    return r.value
  }

  function cancelImport(): void {
    preview.value = null
  }

  async function downloadTemplate(): Promise<{ ok: true } | { ok: false; message: string }> {
    const bytes = await exemptionTemplate()
    const r = await host.saveFile(bytes, '免罚清单导入模板.xlsx', [xlsxFilter])
    if (r.ok) return { ok: true }
    return { ok: false, message: r.code === 'canceled' ? '' : r.message }
  }

  return {
    saving,
    liveItems,
    preview,
    result,
    save,
    setActive,
    pickImport,
    confirmImport,
    cancelImport,
    downloadTemplate,
  }
})
