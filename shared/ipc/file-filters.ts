/** File-type filters shared by both hosts: the same check and the same Chinese message. */

/** A dialog filter: Chinese label and extensions without dots (`'*'` = any). */
export interface FileFilterSpec {
  name: string
  extensions: string[]
}

/**
 * The lower-case extension of a file name, without the dot.
 * @returns '' when the name has none (or is a dot-file such as '.env')
 */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase()
}

/**
 * Whether a picked file's name is allowed by the filters. No filters, or an extension `'*'`,
 * allow anything; the comparison ignores case.
 */
export function matchesFilters(name: string, filters: readonly FileFilterSpec[]): boolean {
  if (filters.length === 0) return true
  const ext = extensionOf(name)
  return filters.some((f) => f.extensions.some((e) => e === '*' || e.toLowerCase() === ext))
}

/**
 * The Chinese message for a file whose type the filters do not allow.
 * @example wrongTypeMessage('a.txt', [{ name: 'PDF 文件', extensions: ['pdf'] }])
 *   // '“a.txt”的文件类型不符合要求。请选择PDF 文件（.pdf）。'
 */
export function wrongTypeMessage(name: string, filters: readonly FileFilterSpec[]): string {
  const wanted = filters
    .map((f) => `${f.name}（${f.extensions.map((e) => `.${e}`).join('、')}）`)
    .join('或')
  return `“${name}”的文件类型不符合要求。请选择${wanted}。`
}

/** The `accept` attribute of a file input for these filters ('' = anything). */
export function acceptAttribute(filters: readonly FileFilterSpec[]): string {
  const exts = filters.flatMap((f) => f.extensions)
  if (exts.length === 0 || exts.includes('*')) return ''
  return [...new Set(exts.map((e) => `.${e.toLowerCase()}`))].join(',')
}
