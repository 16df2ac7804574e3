/**
 * Turn a renderer-suggested file name into a safe single path segment. The renderer never
 * chooses paths; this name is only a dialog default or a temp-file name.
 */
// Control characters are intended here: they are illegal in Windows file names.
// eslint-disable-next-line no-control-regex
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/g
const windowsReserved = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i

/**
 * @param name - the suggested name, e.g. '责令改正通知书（某某公司）.pdf'
 * @param extension - required extension without dot (e.g. 'pdf'); appended when missing
 * @returns a name with no separators, control characters, leading dots or reserved device names
 */
export function sanitizeFileName(name: string, extension?: string): string {
  let base = name.replace(forbidden, '_').replace(/\s+/g, ' ').trim()
  base = base.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
  if (windowsReserved.test(base)) base = `_${base}`
  if (base === '') base = '未命名'
  const suffix = extension ? `.${extension.toLowerCase()}` : ''
  if (suffix && !base.toLowerCase().endsWith(suffix)) base += suffix
  // Keep well under the 255-byte limit of common file systems (CJK = 3 bytes in UTF-8).
  while (Buffer.byteLength(base, 'utf8') > 200) {
    const stem = base.slice(0, base.length - suffix.length)
    base = stem.slice(0, -1) + suffix
  }
  return base
}
