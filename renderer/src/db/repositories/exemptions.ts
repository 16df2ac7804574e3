/**
 * 免罚清单: the office's list items that a 不予处罚 decision can cite. Items are never deleted —
 * set inactive. An import matches items on 编号 (code): new codes are added, known codes updated
 * when a field differs; bad rows are reported with their row numbers and nothing else is lost.
 */
import {
  checkExemptionImport,
  validateExemptionRow,
  type ExemptionRow,
  type ExemptionRowInput,
} from '@shared/domain/exemptions'
import type { AppDB } from '../app-db'
import { appendAudit } from '../audit'
import type { ExemptionItem } from '../cases-records'
import type { WriteContext } from '../records'
import { fail, type Failure } from './write-util'

/** Result of an import: counts and every bad row (the good rows were written). */
export interface ExemptionImportResult {
  ok: true
  added: number
  updated: number
  unchanged: number
  errors: { row: number; message: string }[]
}

type ItemResult = { ok: true; item: ExemptionItem } | Failure

const sameFields = (a: ExemptionRow, b: ExemptionItem) =>
  a.code === b.code &&
  a.title === b.title &&
  a.category === b.category &&
  a.violation === b.violation &&
  a.legalBasis === b.legalBasis &&
  a.conditions === b.conditions &&
  a.source === b.source

/** Repository for the 免罚清单. */
export function exemptionsRepo(db: AppDB) {
  async function put(
    ctx: WriteContext,
    value: ExemptionRow,
    before: ExemptionItem | undefined,
  ): Promise<ExemptionItem> {
    const item: ExemptionItem = before
      ? { ...before, ...value, updatedAt: ctx.now }
      : { ...value, id: ctx.newId(), active: true, createdAt: ctx.now, updatedAt: ctx.now }
    await db.exemptions.put(item)
    await appendAudit(db, ctx, {
      action: before ? 'update' : 'create',
      entity: 'exemptions',
      entityId: item.id,
      before: before ?? null,
      after: item,
    })
    return item
  }

  return {
    /** All items by code (an office has tens to a few hundred); `activeOnly` drops inactive ones. */
    async list(activeOnly = false): Promise<ExemptionItem[]> {
      const rows = await db.exemptions.orderBy('code').toArray()
      return activeOnly ? rows.filter((r) => r.active) : rows
    },

    get(id: string): Promise<ExemptionItem | undefined> {
      return db.exemptions.get(id)
    },

    /** Add (no id) or edit (id) one item; 编号 must be unique. Field errors by field name. */
    async save(
      ctx: WriteContext,
      input: Partial<ExemptionRowInput> & { id?: string },
    ): Promise<ItemResult> {
      const r = validateExemptionRow(input)
      if (!r.ok) return fail(`请检查填写的内容：${r.message}`, r.errors)
      return db.transaction('rw', [db.exemptions, db.audit], async () => {
        const before = input.id ? await db.exemptions.get(input.id) : undefined
        if (input.id && !before) return fail('找不到该清单事项，可能已在其他窗口修改，请刷新后重试')
        const clash = (await db.exemptions.where('code').equals(r.value.code).toArray()).find(
          (x) => x.id !== input.id,
        )
        if (clash) {
          const msg = `编号“${r.value.code}”已被事项“${clash.title}”使用，请换一个编号`
          return fail(msg, { code: msg })
        }
        if (before && sameFields(r.value, before)) return { ok: true as const, item: before }
        return { ok: true as const, item: await put(ctx, r.value, before) }
      })
    },

    /** Set an item active (citable) or inactive (kept, no longer offered). */
    async setActive(ctx: WriteContext, id: string, active: boolean): Promise<ItemResult> {
      return db.transaction('rw', [db.exemptions, db.audit], async () => {
        const before = await db.exemptions.get(id)
        if (!before) return fail('找不到该清单事项，可能已在其他窗口修改，请刷新后重试')
        if (before.active === active) return { ok: true as const, item: before }
        const item: ExemptionItem = { ...before, active, updatedAt: ctx.now }
        await db.exemptions.put(item)
        await appendAudit(db, ctx, {
          action: 'setActive',
          entity: 'exemptions',
          entityId: id,
          before,
          after: item,
        })
        return { ok: true as const, item }
      })
    },

    /**
     * Import data rows in file order (blank rows included, they are skipped, so that row numbers
     * match the file): row i has number `firstRow + i` (default 2: row 1 is the header). Valid
     * rows are written in one transaction with an audit entry each; `errors` lists every bad row.
     */
    async importRows(
      ctx: WriteContext,
      rows: readonly object[],
      opts: { firstRow?: number } = {},
    ): Promise<ExemptionImportResult> {
      const first = opts.firstRow ?? 2
      const check = checkExemptionImport(rows.map((input, i) => ({ row: first + i, input })))
      return db.transaction('rw', [db.exemptions, db.audit], async () => {
        let added = 0
        let updated = 0
        let unchanged = 0
        for (const { value } of check.valid) {
          const before = await db.exemptions.where('code').equals(value.code).first()
          if (before && sameFields(value, before)) {
            unchanged++
            continue
          }
          await put(ctx, value, before)
          if (before) updated++
          else added++
        }
        return { ok: true as const, added, updated, unchanged, errors: check.errors }
      })
    },
  }
}
