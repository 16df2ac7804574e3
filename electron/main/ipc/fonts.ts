/**
 * fonts:* handlers: read one allowlisted font file of the office PC (prefer the installed
 * 仿宋/黑体 on Windows). ─── reads from disk on the renderer's request ───
 *
 * The renderer names a file, never a path: the name must be exactly one allowlisted file name
 * (shared/ipc/system-fonts.ts, compared lower-cased; contract.ts already refuses anything else),
 * and main looks it up among the entries of `%WINDIR%\Fonts` (WINDIR, else SystemRoot), then of
 * the per-user font folder `%LOCALAPPDATA%\Microsoft\Windows\Fonts`. Only a regular file (no
 * symlink, no folder) of at most 64 MB is read. Anywhere but Windows the answer is `unsupported`.
 *
 * Test-only override: `CASEDESK_FONTS_DIR` replaces the font folder (on any platform), so unit and
 * Electron tests can use a temporary folder. It only changes which folder the allowlisted names
 * are looked up in.
 */
import { lstat, readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import {
  MAX_SYSTEM_FONT_BYTES,
  isSystemFontFileName,
  systemFontLabel,
} from '@shared/ipc/system-fonts'
import { ioFailure, type HostFailure } from '../services/file-io'
import type { Handlers } from './types'

interface FontsDeps {
  /** `process.platform`. */
  platform: string
  /** Environment (WINDIR, SystemRoot, CASEDESK_FONTS_DIR). */
  env: Readonly<Record<string, string | undefined>>
}

/**
 * The folder system fonts are read from, or null when this host has none we support.
 * @returns e.g. 'C:\\Windows\\Fonts'; `CASEDESK_FONTS_DIR` when set (tests)
 */
export function systemFontsDir(deps: FontsDeps): string | null {
  const override = deps.env.CASEDESK_FONTS_DIR?.trim()
  if (override) return override
  if (deps.platform !== 'win32') return null
  const windows = (deps.env.WINDIR ?? deps.env.SystemRoot)?.trim()
  return windows ? join(windows, 'Fonts') : null
}

const unsupported: HostFailure = {
  ok: false,
  code: 'unsupported',
  message: '只有在 Windows 上运行的桌面版才能使用本机字体，文书将使用内置思源字体。',
}

/**
 * Fonts installed "for this user only" (Windows 10 1809+), where offices often put 方正小标宋:
 * `%LOCALAPPDATA%\Microsoft\Windows\Fonts`. Null off Windows, without LOCALAPPDATA, or when
 * the test override is set (then only that folder is searched).
 */
function userFontsDir(deps: FontsDeps): string | null {
  if (deps.env.CASEDESK_FONTS_DIR?.trim() || deps.platform !== 'win32') return null
  const local = deps.env.LOCALAPPDATA?.trim()
  return local ? join(local, 'Microsoft', 'Windows', 'Fonts') : null
}

/** The entry of `dir` whose lower-cased name is `wanted` (Windows names are case-insensitive). */
async function findEntry(dir: string, wanted: string): Promise<string | null> {
  const entries = await readdir(dir)
  return entries.find((entry) => entry.toLowerCase() === wanted) ?? null
}

/** A missing per-user folder is normal (no per-user fonts installed). */
async function findUserEntry(dir: string | null, wanted: string): Promise<string | null> {
  if (dir === null) return null
  try {
    return await findEntry(dir, wanted)
  } catch {
    return null
  }
}

/** Handlers for fonts:readSystem. */
export function createFontsHandlers(deps: FontsDeps): Pick<Handlers, 'fonts:readSystem'> {
  return {
    'fonts:readSystem': async ({ fileName }) => {
      // The contract refused other names already; checked again so this handler is safe alone.
      if (!isSystemFontFileName(fileName)) {
        return { ok: false, code: 'invalid', message: `“${fileName}”不是可读取的系统字体文件。` }
      }
      const dir = systemFontsDir(deps)
      if (dir === null) return unsupported
      const wanted = fileName.toLowerCase()
      let entry: string | null
      try {
        entry = await findEntry(dir, wanted)
      } catch (error) {
        return ioFailure(error, 'read', dir)
      }
      let folder = dir
      if (entry === null) {
        const userDir = userFontsDir(deps)
        entry = await findUserEntry(userDir, wanted)
        if (entry !== null && userDir !== null) folder = userDir
      }
      if (entry === null) return { ok: true, value: { fileName: wanted, bytes: null } }
      const path = join(folder, entry)
      try {
        const info = await lstat(path)
        if (!info.isFile()) {
          return {
            ok: false,
            code: 'io',
            message: `字体文件夹中的“${entry}”不是普通文件（可能是链接或文件夹），无法使用${systemFontLabel(wanted)}。`,
          }
        }
        if (info.size > MAX_SYSTEM_FONT_BYTES) {
          return {
            ok: false,
            code: 'io',
            message: `字体文件“${entry}”过大（${(info.size / 1024 / 1024).toFixed(1)} MB，上限 64 MB），无法使用。`,
          }
        }
        const bytes = await readFile(path)
        if (bytes.byteLength > MAX_SYSTEM_FONT_BYTES) {
          return { ok: false, code: 'io', message: `字体文件“${entry}”过大，无法使用。` }
        }
        return {
          ok: true,
          value: {
            fileName: wanted,
            bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
          },
        }
      } catch (error) {
        return ioFailure(error, 'read', path)
      }
    },
  }
}
