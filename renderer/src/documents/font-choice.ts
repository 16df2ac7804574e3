/**
 * Which fonts documents are rendered with (docs/documents-layout.md, fonts):
 * - new documents use the office's choice: the bundled set (default) or this PC's 仿宋/黑体
 *   (Windows desktop). When the PC's fonts are chosen but cannot all be read, the bundled set is
 *   used and `status.fallback` says which file is missing and what to do;
 * - a reprint uses the set the document was issued with (`snapshot.ctx.fontSetId`); renderers are
 *   kept per set id. When that set is not available on this PC, `rendererFor` says so instead of
 *   rendering with other fonts and reporting a false hash mismatch.
 *
 * Host, renderer factory and default renderer are injected (tests pass fakes); the app's wiring
 * is in ./font-choice-app.ts. System font bytes are read once per session after a success (a
 * failed read is retried on the next apply, so installing a font and choosing again works).
 */
import type { FontSet } from '@shared/documents/fonts/font-set'
import {
  WINDOWS_REQUIRED_FILES,
  WINDOWS_SPEC_HEI,
  WINDOWS_SPEC_XBS,
  WINDOWS_TITLE_FILE,
  fontSetFromBytes,
  isSystemFontSetId,
  windowsSpecFor,
  type FontSetSpec,
} from '@shared/documents/fonts/windows-font-set'
import { systemFontLabel, type SystemFontFileName } from '@shared/ipc/system-fonts'
import type { HostApi } from '@renderer/bridge/host-api'
import type { DocumentFontChoice } from '@renderer/db/repositories/document-fonts'
import type { DocumentRenderer } from '@renderer/services/documents-issue'

/** Supplies a font file's bytes by the file name a FontSet uses. */
export type FontBytes = (file: string) => Promise<Uint8Array>

interface FontChoiceDeps<R extends DocumentRenderer> {
  host: Pick<HostApi, 'readSystemFont'>
  /** The renderer with the bundled fonts (the session's default). */
  defaultRenderer: R
  /** A renderer for a set built from system fonts, reading bytes from `source`. */
  createRenderer(set: FontSet, source: FontBytes): R
  /**
   * Earlier bundled sets still reproducible from the shipped files (LEGACY_BUNDLED_FONT_SETS) and
   * how to make a renderer for one; used only for reprints of documents issued with them.
   */
  legacy?: { sets: readonly FontSet[]; createRenderer(set: FontSet): R }
  /** Told whenever the renderer for new documents changes (the app: setPdfRenderer). */
  onActive?(renderer: R): void
}

/** What the 文书字体 setting shows. */
export interface FontStatus {
  choice: DocumentFontChoice
  /** The set new documents are rendered with. */
  active: FontSet
  /** false when this host cannot read system fonts at all (browser, not Windows). */
  systemSupported: boolean
  /** Set when the PC's fonts were chosen but the bundled set is used: why, and what to do. */
  fallback: string | null
}

type SystemFiles =
  | { ok: true; files: Partial<Record<SystemFontFileName, Uint8Array>> }
  | { ok: false; unsupported: boolean; message: string }

const SPECS: readonly FontSetSpec[] = [WINDOWS_SPEC_XBS, WINDOWS_SPEC_HEI]

const installHint =
  '请将缺少的字体文件安装到 C:\\Windows\\Fonts（可从其他装有 Windows 的电脑复制，或联系管理员），然后重新选择“本机仿宋、黑体（Windows）”。'

/** The font choice of one session. */
export function createFontChoice<R extends DocumentRenderer>(deps: FontChoiceDeps<R>) {
  const renderers = new Map<string, R>([[deps.defaultRenderer.fontSet.id, deps.defaultRenderer]])
  let systemFiles: Promise<SystemFiles> | null = null
  let active: R = deps.defaultRenderer
  let status: FontStatus = {
    choice: 'bundled',
    active: deps.defaultRenderer.fontSet,
    systemSupported: true,
    fallback: null,
  }

  async function readAll(): Promise<SystemFiles> {
    const names = [...WINDOWS_REQUIRED_FILES, WINDOWS_TITLE_FILE]
    const results = await Promise.all(names.map((name) => deps.host.readSystemFont(name)))
    const files: Partial<Record<SystemFontFileName, Uint8Array>> = {}
    const problems: string[] = []
    for (const [i, result] of results.entries()) {
      const name = names[i] as SystemFontFileName
      if (!result.ok) {
        if (result.code === 'unsupported') {
          return { ok: false, unsupported: true, message: result.message }
        }
        problems.push(`${name}（${systemFontLabel(name)}）：${result.message}`)
      } else if (result.value.bytes) {
        files[name] = result.value.bytes
      } else if (name !== WINDOWS_TITLE_FILE) {
        problems.push(`本机未安装 ${name}（${systemFontLabel(name)}）`)
      }
    }
    if (problems.length) return { ok: false, unsupported: false, message: problems.join('；') }
    return { ok: true, files }
  }

  /** The PC's font files, read once per session after a success; failures are retried. */
  function loadSystemFiles(): Promise<SystemFiles> {
    systemFiles ??= readAll().then(
      (r) => {
        if (!r.ok) systemFiles = null
        return r
      },
      (error: unknown) => {
        systemFiles = null
        throw error
      },
    )
    return systemFiles
  }

  function rendererOf(set: FontSet, files: Partial<Record<SystemFontFileName, Uint8Array>>): R {
    let renderer = renderers.get(set.id)
    if (!renderer) {
      renderer = deps.createRenderer(set, async (file) => {
        const bytes = files[file as SystemFontFileName]
        if (!bytes) throw new Error(`本机字体文件 ${file} 未读取，无法排版。`)
        return bytes
      })
      renderers.set(set.id, renderer)
    }
    return renderer
  }

  /** Builds the set of `spec` from the PC's fonts, or explains why not. */
  async function systemSet(
    spec: FontSetSpec | null,
  ): Promise<{ ok: true; renderer: R } | { ok: false; unsupported: boolean; message: string }> {
    const loaded = await loadSystemFiles()
    if (!loaded.ok) return loaded
    const chosen = spec ?? windowsSpecFor(loaded.files[WINDOWS_TITLE_FILE] !== undefined)
    let built = fontSetFromBytes(chosen, loaded.files)
    // An unusable 小标宋 file alone does not cost the office its 仿宋/黑体: titles use 黑体.
    if (!built.ok && spec === null && built.problems.every((p) => p.file === WINDOWS_TITLE_FILE)) {
      built = fontSetFromBytes(WINDOWS_SPEC_HEI, loaded.files)
    }
    if (!built.ok) {
      return {
        ok: false,
        unsupported: false,
        message: built.problems.map((p) => `${p.message}（${systemFontLabel(p.file)}）`).join('；'),
      }
    }
    return { ok: true, renderer: rendererOf(built.set, loaded.files) }
  }

  function activate(renderer: R): void {
    active = renderer
    deps.onActive?.(renderer)
  }

  return {
    /** The renderer for new documents (issue, drafts, the case file). */
    active: (): R => active,

    /** The current status (what `apply` last returned). */
    status: (): FontStatus => status,

    /**
     * Applies the office's choice: the PC's fonts when chosen and all readable, else the bundled
     * set with `fallback` explaining why.
     */
    async apply(choice: DocumentFontChoice): Promise<FontStatus> {
      if (choice === 'bundled') {
        activate(deps.defaultRenderer)
        status = { ...status, choice, active: deps.defaultRenderer.fontSet, fallback: null }
        return status
      }
      const r = await systemSet(null)
      if (r.ok) {
        activate(r.renderer)
        status = { choice, active: r.renderer.fontSet, systemSupported: true, fallback: null }
        return status
      }
      activate(deps.defaultRenderer)
      status = {
        choice,
        active: deps.defaultRenderer.fontSet,
        systemSupported: !r.unsupported,
        fallback: r.unsupported
          ? r.message
          : `已改用内置思源字体，因为本机字体不完整：${r.message}。${installHint}`,
      }
      return status
    },

    /**
     * The renderer for the set a document was issued with (`snapshot.ctx.fontSetId`), or a
     * Chinese message saying that set is not available on this PC.
     */
    async rendererFor(
      fontSetId: string,
    ): Promise<{ ok: true; renderer: R } | { ok: false; message: string }> {
      const known = renderers.get(fontSetId)
      if (known) return { ok: true, renderer: known }
      const legacy = deps.legacy?.sets.find((set) => set.id === fontSetId)
      if (legacy && deps.legacy) {
        const renderer = deps.legacy.createRenderer(legacy)
        renderers.set(fontSetId, renderer)
        return { ok: true, renderer }
      }
      const cannot = '无法重印出与原件一致的文书（重印会与存档的 SHA-256 不符）'
      if (!isSystemFontSetId(fontSetId)) {
        const what = fontSetId.startsWith('bundled-')
          ? `其他版本软件的内置字体（${fontSetId}），与本版本的内置字体（${deps.defaultRenderer.fontSet.id}）不同`
          : `字体（${fontSetId}），在本版本中不可用`
        return {
          ok: false,
          message: `此文书出具时使用的是${what}，${cannot}。请使用出具时的软件版本重印。`,
        }
      }
      const spec = SPECS.find((s) => fontSetId.startsWith(`${s.idPrefix}@`)) ?? null
      const r = spec ? await systemSet(spec) : null
      if (r?.ok && r.renderer.fontSet.id === fontSetId) return { ok: true, renderer: r.renderer }
      const why = !r ? '字体组合无法识别' : r.ok ? '本机字体文件的版本与出具时不同' : r.message
      return {
        ok: false,
        message: `此文书出具时使用的是出具电脑上的本机字体（${spec?.label ?? fontSetId}），在这台电脑上不可用：${why}。${cannot}。请在出具该文书的电脑上重印，或安装与出具时相同的字体文件后重试。`,
      }
    },
  }
}

/** The font choice of one session (see {@link createFontChoice}). */
export type FontChoice<R extends DocumentRenderer> = ReturnType<typeof createFontChoice<R>>
