/**
 * Ordering and checking a full backup and its increments before a restore
 * (docs/data-safety.md, "Increments"). Each increment names its base file (the previous file of
 * the chain) by file name and body digest, and the audit seq range it covers; the chain is valid
 * when, starting from exactly one full backup, every increment continues the previous file:
 * same installation, `base.sha256` equal to the previous body digest and `fromSeq` equal to the
 * previous `toSeq`. Pure: the caller has opened and checked each file already.
 */
import type { BackupManifest } from './format'

/** A checked backup file: its name (as picked or listed) and manifest. */
export interface ChainFile {
  name: string
  manifest: BackupManifest
}

export type ChainPlan =
  { ok: true; files: ChainFile[] } | { ok: false; message: string; missing: string | null }

const refuse = (message: string, missing: string | null = null): ChainPlan => ({
  ok: false,
  message,
  missing,
})

/**
 * Put `files` in restore order (the full backup, then its increments oldest first) and check
 * the chain. Every file must belong to it: a stray file is refused rather than ignored.
 * @returns the ordered files, or a Chinese message; `missing` names a file the chain needs
 * @example planRestoreChain([{ name: 'a-incr', manifest: inc }, { name: 'a', manifest: full }])
 */
export function planRestoreChain(files: readonly ChainFile[]): ChainPlan {
  if (files.length === 0) return refuse('请选择要恢复的备份文件。')
  const names = new Set<string>()
  for (const f of files) {
    if (names.has(f.name)) return refuse(`备份文件“${f.name}”被选择了两次。请每个文件只选一次。`)
    names.add(f.name)
    if (f.manifest.kind === 'case') {
      return refuse(`“${f.name}”是案件移交包，不是备份。请在“案件移交”中导入它。`)
    }
  }
  const fulls = files.filter((f) => f.manifest.kind === 'full')
  const increments = files.filter((f) => f.manifest.kind === 'increment')
  if (fulls.length > 1) {
    return refuse(
      `一次只能恢复一个完整备份（选择了 ${fulls.map((f) => `“${f.name}”`).join('、')}）。请只选一个完整备份及其之后的增量备份。`,
    )
  }
  const byName = new Map(files.map((f) => [f.name, f]))
  // Every increment's base must be among the files: name the first one that is not.
  for (const inc of increments) {
    const base = inc.manifest.chain?.base
    if (!base) return refuse(`增量备份“${inc.name}”缺少基础文件信息，无法恢复。`)
    if (!byName.has(base.name)) {
      return refuse(
        `缺少备份文件“${base.name}”：增量备份“${inc.name}”以它为基础。请找到该文件并一起选择，或只恢复完整备份。`,
        base.name,
      )
    }
  }
  const full = fulls[0]
  if (!full) return refuse('请同时选择这些增量备份所基于的完整备份文件。')
  const ordered: ChainFile[] = [full]
  const rest = new Set(increments)
  let prev = full
  while (rest.size > 0) {
    const next = [...rest].filter((f) => f.manifest.chain?.base?.name === prev.name)
    if (next.length === 0) {
      const stray = [...rest][0]!
      return refuse(`增量备份“${stray.name}”不接续“${prev.name}”。请只选择同一条备份链上的文件。`)
    }
    if (next.length > 1) {
      return refuse(
        `${next.map((f) => `“${f.name}”`).join('、')}都以“${prev.name}”为基础，不是同一条备份链。请只选择其中一条链上的文件。`,
      )
    }
    const inc = next[0]!
    const c = inc.manifest.chain!
    const pc = prev.manifest.chain
    if (c.base!.sha256 !== prev.manifest.body.sha256) {
      return refuse(
        `增量备份“${inc.name}”记录的基础文件校验值与“${prev.name}”不一致，文件可能被替换或修改。请改用原始备份文件。`,
      )
    }
    if (!pc || pc.installationId !== c.installationId || pc.toSeq !== c.fromSeq) {
      return refuse(
        `增量备份“${inc.name}”与“${prev.name}”的操作日志范围不衔接，无法恢复。请改用原始备份文件。`,
      )
    }
    ordered.push(inc)
    rest.delete(inc)
    prev = inc
  }
  return { ok: true, files: ordered }
}
