/**
 * Turning storage failures of a write into a clear Chinese message (docs/data-safety.md). A failed
 * IndexedDB transaction has already rolled back, so nothing was half-written; the caller keeps
 * its form as it is and shows the message, so nothing the user typed is lost.
 *
 * Use in store actions around a repository call:
 *   const r = await guardWrite(() => officersRepo(db).create(input, writeContext()))
 *   if (!r.ok) { ElMessage.error(r.message); return }   // the form stays open and filled
 */

/** Why a write failed, for callers that react differently (e.g. offer a backup on quota). */
type WriteFailureKind = 'quota' | 'readOnly' | 'aborted' | 'unknown'

type GuardedWrite<T> =
  { ok: true; value: T } | { ok: false; kind: WriteFailureKind; message: string }

const messages: Record<WriteFailureKind, string> = {
  quota:
    '存储空间不足，本次保存未完成（已填写的内容仍保留在表单中）。请清理磁盘空间，或在“设置 → 数据安全”中备份后再保存。',
  readOnly:
    '数据库当前为只读状态（可能正在恢复备份，或由更新版本的 CaseDesk 写入），本次保存未完成，表单内容仍保留。请稍后重试。',
  aborted: '保存被中断，本次修改未写入（表单内容仍保留）。请重新点击保存。',
  unknown:
    '保存失败，本次修改未写入（表单内容仍保留）。请重试；如仍失败，请先备份数据并联系管理员。',
}

function errorNames(err: unknown): string[] {
  const names: string[] = []
  let e: unknown = err
  for (let depth = 0; e && depth < 4; depth++) {
    if (typeof e === 'object') {
      const o = e as { name?: unknown; inner?: unknown; cause?: unknown; message?: unknown }
      if (typeof o.name === 'string') names.push(o.name)
      if (typeof o.message === 'string') names.push(o.message)
      e = o.inner ?? o.cause
    } else break
  }
  return names
}

/** Classify an error thrown by Dexie/IndexedDB (Dexie wraps the DOMException in `inner`). */
export function classifyWriteError(err: unknown): WriteFailureKind {
  const text = errorNames(err).join(' ')
  if (/QuotaExceeded|quota/i.test(text)) return 'quota'
  if (/ReadOnly|DatabaseClosed/i.test(text)) return 'readOnly'
  if (/Abort|TransactionInactive|PrematureCommit/i.test(text)) return 'aborted'
  return 'unknown'
}

/**
 * For `catch` blocks around work that is more than a write (rendering, the network): the Chinese
 * message when `err` is a storage failure of a write, null when it is something else.
 */
export function storageFailureMessage(err: unknown): string | null {
  const kind = classifyWriteError(err)
  return kind === 'unknown' ? null : messages[kind]
}

/**
 * Run a write; storage errors come back as `{ ok: false, kind, message }` instead of throwing.
 * Errors that are bugs are still reported (kind 'unknown'), never swallowed silently: the
 * original is logged to the console for the developer.
 */
export async function guardWrite<T>(write: () => Promise<T>): Promise<GuardedWrite<T>> {
  try {
    return { ok: true, value: await write() }
  } catch (err) {
    const kind = classifyWriteError(err)
    console.error('[write-guard]', err)
    return { ok: false, kind, message: messages[kind] }
  }
}

/**
 * For writes that already answer `{ ok: false, message }` on refusal (e.g. appendAct): a storage
 * error thrown instead becomes that same shape with the Chinese message, so the form stays open
 * and says what happened instead of failing silently.
 */
export async function guardResult<T extends { ok: boolean }>(
  write: () => Promise<T>,
): Promise<T | { ok: false; message: string; errors?: Record<string, string> }> {
  const r = await guardWrite(write)
  return r.ok ? r.value : { ok: false, message: r.message }
}
