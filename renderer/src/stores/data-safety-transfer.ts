/**
 * The case-transfer part of the data-safety store (./data-safety.ts): export one case as a
 * package, read and check a package, import it (renderer/src/backup/case-transfer.ts).
 */
import { ref, shallowRef } from 'vue'
import type { CaseImportChoice, RecordProblem } from '@shared/backup'
import { host } from '@renderer/bridge/api'
import {
  applyCaseImport,
  exportCase,
  readCasePackage,
  type CasePackage,
} from '@renderer/backup/case-transfer'
import { db } from '@renderer/db/db'
import { guardWrite } from '@renderer/db/write-guard'
import { writeContext } from '@renderer/services/write-context'

const fileFilters = [{ name: 'CaseDesk 备份', extensions: ['casedesk'] }]

/** What the case-transfer part needs from the store. */
interface TransferDeps {
  run: <T>(fn: () => Promise<T>) => Promise<T>
  appVersion: () => string
}

/** State and actions of case transfer (called once, inside the store's setup). */
export function useCaseTransfer({ run, appVersion }: TransferDeps) {
  const casePackage = shallowRef<CasePackage | null>(null)
  const caseError = ref<{ message: string; problems: RecordProblem[] } | null>(null)

  async function exportCaseByNo(caseNo: string): Promise<{ ok: boolean; message: string }> {
    return run(async () => {
      const found = (await db.table('cases').where('caseNo').equals(caseNo.trim()).first()) as
        { id: string } | undefined
      if (!found) return { ok: false, message: `找不到案件编号为“${caseNo}”的案件，请核对后重试。` }
      const pkg = await exportCase(db, found.id, {
        appVersion: appVersion(),
        now: new Date().toISOString(),
      })
      if (!pkg.ok) return pkg
      const saved = await host.saveFile(
        new Uint8Array(await pkg.blob.arrayBuffer()),
        pkg.fileName,
        fileFilters,
      )
      if (!saved.ok) return { ok: false, message: saved.message }
      return { ok: true, message: `已导出案件移交包（${pkg.manifest.totalRecords} 条记录）。` }
    })
  }

  async function pickCasePackage(): Promise<string | null> {
    caseError.value = null
    casePackage.value = null
    const picked = await host.pickFile('选择案件移交包', fileFilters)
    if (!picked.ok) return picked.code === 'canceled' ? null : picked.message
    const bytes = picked.value.bytes
    const r = await run(() => readCasePackage(db, new Blob([new Uint8Array(bytes)])))
    if (r.ok) casePackage.value = r.pkg
    else caseError.value = { message: r.message, problems: r.problems }
    return null
  }

  async function applyCasePackage(
    choice: CaseImportChoice,
  ): Promise<{ ok: boolean; message: string }> {
    const pkg = casePackage.value
    if (!pkg) return { ok: false, message: '请先选择案件移交包。' }
    const r = await run(() => guardWrite(() => applyCaseImport(db, pkg, choice, writeContext())))
    if (!r.ok) return r
    casePackage.value = null
    return {
      ok: true,
      message: r.value.written
        ? `已导入 ${r.value.written} 条记录。`
        : '未写入任何记录，本机数据保持不变。',
    }
  }

  function dismissCasePackage(): void {
    casePackage.value = null
    caseError.value = null
  }

  return {
    casePackage,
    caseError,
    exportCaseByNo,
    pickCasePackage,
    applyCasePackage,
    dismissCasePackage,
  }
}
