/**
 * The system font files the renderer may ask the host for (`fonts:readSystem`). Exact file names,
 * compared lower-cased, never paths: main resolves them inside the Windows font folder only.
 * No zod here so the allowlist can be used anywhere (contract.ts wraps it in a schema).
 */

/** Allowlisted file names (lower case) with the face they hold, for messages. */
export const SYSTEM_FONT_FILES = {
  'simfang.ttf': '仿宋',
  'simhei.ttf': '黑体',
  'simsun.ttc': '宋体 / 新宋体',
  'simkai.ttf': '楷体',
  /** 方正小标宋简体 — not part of Windows; offices install it for document titles. */
  'fzxbsjw.ttf': '方正小标宋简体',
} as const

/** One allowlisted system font file name (lower case). */
export type SystemFontFileName = keyof typeof SYSTEM_FONT_FILES

/** Largest system font file the host reads: 64 MB (simsun.ttc is about 18 MB). */
export const MAX_SYSTEM_FONT_BYTES = 64 * 1024 * 1024

/**
 * Whether `name` is exactly one allowlisted file name (case-insensitive; no path, no `..`).
 * @param name - e.g. 'SIMFANG.TTF' (true), '..\\simfang.ttf' (false), 'arial.ttf' (false)
 */
export function isSystemFontFileName(name: string): boolean {
  return Object.hasOwn(SYSTEM_FONT_FILES, name.toLowerCase())
}

/**
 * The Chinese name of the face an allowlisted file holds, for messages.
 * @param name - an allowlisted file name, any case
 * @returns e.g. '仿宋' for 'simfang.ttf', or the name itself when not allowlisted
 */
export function systemFontLabel(name: string): string {
  const key = name.toLowerCase()
  return isSystemFontFileName(key) ? SYSTEM_FONT_FILES[key as SystemFontFileName] : name
}
