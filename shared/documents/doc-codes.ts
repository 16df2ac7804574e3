/**
 * One 文号 series per numbered kind (docs/domain/numbering.md): the 序号 is taken per printed
 * prefix and year, so two kinds whose 文书代字 print the same prefix would share one series — a
 * 整改复查 or any other document could then carry a number of the 约谈 series. The same holds for
 * a code that prints the case-number prefix (机关代字 + 案, formatCaseNo). These checks refuse
 * such codes when the office saves them; the defaults are kept distinct by a test.
 */
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, resolveDocCode, type DocumentKind } from './kinds'
import { joinDocPrefix } from './format/doc-number'

/** The character that marks a case number after the 机关代字 (鄂汉阳市监案〔2026〕3号). */
export const CASE_NUMBER_MARK = '案'

/**
 * Kinds whose code (the office's `overrides`, else the default) prints a prefix another numbered
 * kind also prints, or the case-number prefix: kind → Chinese message saying what to change.
 * Kinds without a number are not considered. Empty when every series is the kind's own.
 */
export function formCodeClashes(
  officeCode: string,
  overrides: Partial<Record<DocumentKind, string | null>> = {},
): Partial<Record<DocumentKind, string>> {
  const byPrefix = new Map<string, DocumentKind[]>()
  for (const kind of DOCUMENT_KINDS) {
    const code = resolveDocCode(kind, overrides)
    if (code === null) continue
    const prefix = joinDocPrefix(officeCode, code)
    byPrefix.set(prefix, [...(byPrefix.get(prefix) ?? []), kind])
  }
  const out: Partial<Record<DocumentKind, string>> = {}
  const casePrefix = joinDocPrefix(officeCode, CASE_NUMBER_MARK)
  for (const [prefix, kinds] of byPrefix) {
    for (const kind of kinds) {
      if (prefix === casePrefix) {
        out[kind] = `“${prefix}”是案件编号的前缀，文书代字不能与案件编号相同，请改用其他代字`
        continue
      }
      const others = kinds.filter((k) => k !== kind).map((k) => `“${DOCUMENT_KIND_INFO[k].title}”`)
      if (others.length)
        out[kind] =
          `与${others.join('、')}的文号前缀“${prefix}”相同，两种文书会共用一个编号序列，请改用不同的文书代字`
    }
  }
  return out
}
