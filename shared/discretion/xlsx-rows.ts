// The office's 裁量基准 as a sheet: one row per violation entry, Chinese headers, amounts in 元.
// Pure mapping between sheet rows (string[][], header first) and ViolationEntry; the workbook
// itself is read and written with exceljs in the renderer. Layout and examples:
// docs/domain/violations.md.
import { parseYuanToFen } from '../money'
import { ENTRY_TEXT_LIMITS, ViolationEntrySchema, entryIssueMessage } from './entry-schema'
import {
  FINE_BASES,
  PENALTY_KINDS,
  type FineBase,
  type FineRule,
  type PenaltyKind,
  type Provision,
  type ViolationEntry,
} from './types'

/** Keys of the sheet's columns, in sheet order. */
export type ViolationColumnKey =
  | 'id'
  | 'name'
  | 'field'
  | 'violates'
  | 'basisLaw'
  | 'basisArticle'
  | 'basisParagraph'
  | 'basisItem'
  | 'penalties'
  | 'fineKind'
  | 'minYuan'
  | 'maxYuan'
  | 'base'
  | 'minTimes'
  | 'maxTimes'
  | 'thresholdYuan'
  | 'belowMinYuan'
  | 'belowMaxYuan'
  | 'aboveMinTimes'
  | 'aboveMaxTimes'
  | 'fallbackMinYuan'
  | 'fallbackMaxYuan'
  | 'fallbackWhenZero'
  | 'correctionMandatory'
  | 'fineOnlyIfNotCorrected'
  | 'firstOffenceMayBeExempt'
  | 'listName'
  | 'itemNo'
  | 'basisText'
  | 'source'
  | 'unverified'

/** One column of the sheet: header (matched exactly), width and what to write in it. */
export interface ViolationColumn {
  key: ViolationColumnKey
  header: string
  /** Column width in characters for the exported sheet. */
  width: number
  /** The header must be present (optional columns may be left out of an office's file). */
  required: boolean
  /** What the cell holds, for the 说明 sheet. */
  help: string
}

/** The fine rule kinds as written in the 罚款方式 column. */
export const FINE_KIND_LABELS = {
  fixed: '固定金额',
  multiple: '倍数',
  tiered: '分档',
  fallback: '无法计算时适用',
} as const satisfies Record<FineRule['kind'], string>

const penaltyLabels = Object.values(PENALTY_KINDS).join('/')
const baseLabels = Object.values(FINE_BASES).join('/')

/** The sheet's columns in order (docs/domain/violations.md). */
export const VIOLATION_COLUMNS: readonly ViolationColumn[] = [
  {
    key: 'id',
    header: '编号',
    width: 14,
    required: true,
    help: '唯一编号，如 fsl-124-1-1 或 本局-食品-001；与内置条目编号相同时替换内置条目',
  },
  {
    key: 'name',
    header: '违法行为名称',
    width: 36,
    required: true,
    help: '如：经营超过保质期的食品',
  },
  { key: 'field', header: '领域', width: 10, required: true, help: '如：食品安全、广告、价格' },
  {
    key: 'violates',
    header: '违反条款（法律名称|条|款|项，多条用；分隔）',
    width: 34,
    required: true,
    help: '每条写“法律名称|条|款|项”，款、项可空，如：食品安全法|34|1|10；多条用“；”分隔；条款项用阿拉伯数字',
  },
  {
    key: 'basisLaw',
    header: '处罚依据法律',
    width: 16,
    required: true,
    help: '法律名称，不带书名号，如：食品安全法',
  },
  { key: 'basisArticle', header: '条', width: 6, required: true, help: '阿拉伯数字，如 124' },
  { key: 'basisParagraph', header: '款', width: 6, required: true, help: '阿拉伯数字，可空' },
  { key: 'basisItem', header: '项', width: 6, required: true, help: '阿拉伯数字，可空' },
  {
    key: 'penalties',
    header: `处罚种类（${penaltyLabels}，用、分隔）`,
    width: 28,
    required: true,
    help: `从 ${penaltyLabels} 中选，多个用“、”分隔`,
  },
  {
    key: 'fineKind',
    header: '罚款方式（固定金额/倍数/分档/无法计算时适用）',
    width: 16,
    required: true,
    help: '处罚种类含罚款时必填；不含罚款时留空。固定金额填最低/最高罚款；倍数填计算基数和最低/最高倍数；分档填计算基数、分档界限、不足界限时最低/最高（元）、达到界限时最低/最高倍数；无法计算时适用填倍数或分档各列，再填无法计算时最低/最高（元）',
  },
  {
    key: 'minYuan',
    header: '最低罚款（元）',
    width: 12,
    required: true,
    help: '固定金额的下限，单位元，最多两位小数；“X元以下”填 0',
  },
  { key: 'maxYuan', header: '最高罚款（元）', width: 12, required: true, help: '固定金额的上限' },
  {
    key: 'base',
    header: `计算基数（${baseLabels}）`,
    width: 14,
    required: true,
    help: `倍数、分档、无法计算时适用必填：${baseLabels}`,
  },
  {
    key: 'minTimes',
    header: '最低倍数',
    width: 9,
    required: true,
    help: '如 1；“百分之五十以上”填 0.5；“X倍以下”填 0',
  },
  { key: 'maxTimes', header: '最高倍数', width: 9, required: true, help: '如 5' },
  {
    key: 'thresholdYuan',
    header: '分档界限（元）',
    width: 12,
    required: true,
    help: '如 10000（“货值金额不足一万元的……；一万元以上的……”）',
  },
  {
    key: 'belowMinYuan',
    header: '不足界限时最低（元）',
    width: 12,
    required: true,
    help: '基数不足界限时的罚款下限',
  },
  {
    key: 'belowMaxYuan',
    header: '不足界限时最高（元）',
    width: 12,
    required: true,
    help: '基数不足界限时的罚款上限',
  },
  {
    key: 'aboveMinTimes',
    header: '达到界限时最低倍数',
    width: 10,
    required: true,
    help: '基数达到界限时的倍数下限',
  },
  {
    key: 'aboveMaxTimes',
    header: '达到界限时最高倍数',
    width: 10,
    required: true,
    help: '基数达到界限时的倍数上限',
  },
  {
    key: 'fallbackMinYuan',
    header: '无法计算时最低（元）',
    width: 12,
    required: true,
    help: '基数无法计算或者明显偏低时的罚款下限',
  },
  {
    key: 'fallbackMaxYuan',
    header: '无法计算时最高（元）',
    width: 12,
    required: true,
    help: '基数无法计算或者明显偏低时的罚款上限',
  },
  {
    key: 'fallbackWhenZero',
    header: '基数为零时也适用（是/否）',
    width: 10,
    required: false,
    help: '“没有违法所得的，处……”填 是；可空（视为否）',
  },
  {
    key: 'correctionMandatory',
    header: '必须责令改正（是/否）',
    width: 10,
    required: true,
    help: '处罚依据写明责令改正的填 是',
  },
  {
    key: 'fineOnlyIfNotCorrected',
    header: '拒不改正才罚款（是/否）',
    width: 10,
    required: true,
    help: '“责令改正，给予警告；拒不改正的，处……罚款”填 是；可空（视为否）',
  },
  {
    key: 'firstOffenceMayBeExempt',
    header: '可首违不罚（是/否）',
    width: 10,
    required: true,
    help: '首违不罚清单列明该违法行为的填 是',
  },
  {
    key: 'listName',
    header: '免罚清单名称',
    width: 20,
    required: false,
    help: '可空；与免罚清单事项号同时填写',
  },
  { key: 'itemNo', header: '免罚清单事项号', width: 10, required: false, help: '可空' },
  {
    key: 'basisText',
    header: '条文原文',
    width: 50,
    required: true,
    help: '处罚依据的原文（罚则句），照录法律文本',
  },
  {
    key: 'source',
    header: '来源',
    width: 30,
    required: true,
    help: '条文与裁量基准的出处，如：××省市场监管行政处罚裁量权基准（2022）',
  },
  {
    key: 'unverified',
    header: '条文未核实（是/否）',
    width: 10,
    required: false,
    help: '条文原文未能与正式文本核对的填 是；可空（视为否）',
  },
]

/** One problem of an imported sheet: 1-based sheet row, column header, Chinese message. */
export interface RowError {
  row: number
  column: string
  message: string
}

/** Most data rows an import accepts. */
export const MAX_IMPORT_ROWS = 5000

const MAX_CELL_CHARS: Partial<Record<ViolationColumnKey, number>> = {
  id: ENTRY_TEXT_LIMITS.id,
  name: ENTRY_TEXT_LIMITS.name,
  field: ENTRY_TEXT_LIMITS.field,
  violates: 1000,
  basisLaw: ENTRY_TEXT_LIMITS.law,
  penalties: 200,
  listName: ENTRY_TEXT_LIMITS.listName,
  itemNo: ENTRY_TEXT_LIMITS.itemNo,
  basisText: ENTRY_TEXT_LIMITS.basisText,
  source: ENTRY_TEXT_LIMITS.source,
}
/** Any other cell (numbers, 是/否, labels). */
const SHORT_CELL_CHARS = 40

const columnByKey = new Map(VIOLATION_COLUMNS.map((c) => [c.key, c]))
const headerOf = (key: ViolationColumnKey): string => columnByKey.get(key)?.header ?? key

const penaltyByLabel = new Map<string, PenaltyKind>(
  (Object.entries(PENALTY_KINDS) as [PenaltyKind, string][]).map(([k, v]) => [v, k]),
)
const baseByLabel = new Map<string, FineBase>(
  (Object.entries(FINE_BASES) as [FineBase, string][]).map(([k, v]) => [v, k]),
)
const fineKindByLabel = new Map<string, FineRule['kind']>(
  (Object.entries(FINE_KIND_LABELS) as [FineRule['kind'], string][]).map(([k, v]) => [v, k]),
)

/** Which fine columns each 罚款方式 uses (the others must stay empty). */
const FINE_COLUMNS: readonly ViolationColumnKey[] = [
  'minYuan',
  'maxYuan',
  'base',
  'minTimes',
  'maxTimes',
  'thresholdYuan',
  'belowMinYuan',
  'belowMaxYuan',
  'aboveMinTimes',
  'aboveMaxTimes',
  'fallbackMinYuan',
  'fallbackMaxYuan',
  'fallbackWhenZero',
]
const TIERED_COLUMNS: readonly ViolationColumnKey[] = [
  'base',
  'thresholdYuan',
  'belowMinYuan',
  'belowMaxYuan',
  'aboveMinTimes',
  'aboveMaxTimes',
]
const MULTIPLE_COLUMNS: readonly ViolationColumnKey[] = ['base', 'minTimes', 'maxTimes']
const FALLBACK_COLUMNS: readonly ViolationColumnKey[] = [
  'fallbackMinYuan',
  'fallbackMaxYuan',
  'fallbackWhenZero',
]

/** Reads the cells of one row; every problem is collected, nothing thrown. */
class RowReader {
  readonly errors: RowError[] = []
  /** Columns already reported (too long): no second message for them. */
  private readonly reported = new Set<ViolationColumnKey>()
  constructor(
    private readonly rowNo: number,
    private readonly cells: ReadonlyMap<ViolationColumnKey, string>,
  ) {}

  raw(key: ViolationColumnKey): string {
    return this.reported.has(key) ? '' : (this.cells.get(key) ?? '')
  }

  error(key: ViolationColumnKey, message: string): undefined {
    if (!this.reported.has(key))
      this.errors.push({ row: this.rowNo, column: headerOf(key), message })
    return undefined
  }

  /** Reports cells over their length limit; they count as reported from then on. */
  checkLengths(): void {
    for (const [key, value] of this.cells) {
      const max = MAX_CELL_CHARS[key] ?? SHORT_CELL_CHARS
      if (value.length > max) {
        this.error(key, `内容过长（${value.length}个字），不能超过${max}个字`)
        this.reported.add(key)
      }
    }
  }

  text(key: ViolationColumnKey, required: boolean): string | undefined {
    const v = this.raw(key)
    if (!v) return required ? this.error(key, `请填写${shortName(key)}`) : undefined
    return v
  }

  int(key: ViolationColumnKey, required: boolean): number | undefined {
    const v = this.raw(key)
    if (!v) return required ? this.error(key, `请填写${shortName(key)}`) : undefined
    return parseArticleNumber(v) ?? this.error(key, `“${v}”不是正整数，请填写阿拉伯数字，如 12`)
  }

  yuan(key: ViolationColumnKey): number | undefined {
    const v = this.raw(key)
    if (!v) return this.error(key, `请填写${shortName(key)}`)
    return (
      parseYuanToFen(v) ??
      this.error(key, `“${v}”不是金额，请填写以元为单位的数字（最多两位小数），如 5000 或 0.5`)
    )
  }

  times(key: ViolationColumnKey): number | undefined {
    const v = this.raw(key)
    if (!v) return this.error(key, `请填写${shortName(key)}`)
    return parseTimes(v) ?? this.error(key, `“${v}”不是倍数，请填写数字，如 1、0.5 或 10`)
  }

  bool(key: ViolationColumnKey, required: boolean): boolean | undefined {
    const v = this.raw(key)
    if (!v) return required ? this.error(key, `请填写“是”或“否”`) : false
    if (v === '是') return true
    if (v === '否') return false
    return this.error(key, `“${v}”应为“是”或“否”`)
  }

  base(): FineBase | undefined {
    const v = this.raw('base')
    if (!v) return this.error('base', `请填写计算基数（${baseLabels}）`)
    return baseByLabel.get(v) ?? this.error('base', `“${v}”不是计算基数，请填写 ${baseLabels}`)
  }

  /** The listed columns must be empty for this 罚款方式. */
  unused(keys: readonly ViolationColumnKey[], kindLabel: string): void {
    for (const k of keys) {
      if (this.raw(k)) this.error(k, `罚款方式为“${kindLabel}”时此列应留空`)
    }
  }
}

function shortName(key: ViolationColumnKey): string {
  return headerOf(key).replace(/（[^）]*）$/, '')
}

function parseArticleNumber(s: string): number | undefined {
  if (!/^\d{1,4}$/.test(s)) return undefined
  const n = Number(s)
  return n >= 1 ? n : undefined
}

function parseTimes(s: string): number | undefined {
  if (!/^\d{1,4}(?:\.\d{1,4})?$/.test(s)) return undefined
  return Number(s)
}

function stripLawName(s: string): string {
  return s.trim().replace(/^《/, '').replace(/》$/, '').trim()
}

function parseProvisionList(r: RowReader): Provision[] | undefined {
  const v = r.text('violates', true)
  if (v === undefined) return undefined
  const parts = v
    .split(/[；;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length > 20) return r.error('violates', '违反条款不能超过20条')
  const out: Provision[] = []
  for (const part of parts) {
    const fields = part.split(/[|｜]/).map((f) => f.trim())
    const [law = '', article = '', paragraph = '', item = ''] = fields
    const lawName = stripLawName(law)
    if (fields.length < 2 || fields.length > 4 || !lawName || !article) {
      return r.error(
        'violates',
        `“${part}”格式不对，请写成“法律名称|条|款|项”（款、项可空），如 食品安全法|34|1|10`,
      )
    }
    const a = parseArticleNumber(article)
    const p = paragraph ? parseArticleNumber(paragraph) : undefined
    const i = item ? parseArticleNumber(item) : undefined
    if (a === undefined || (paragraph && p === undefined) || (item && i === undefined)) {
      return r.error('violates', `“${part}”中的条、款、项应为阿拉伯数字`)
    }
    out.push(provision(lawName, a, p, i))
  }
  return out
}

function provision(law: string, article: number, paragraph?: number, item?: number): Provision {
  const p: Provision = { law, article }
  if (paragraph !== undefined) p.paragraph = paragraph
  if (item !== undefined) p.item = item
  return p
}

function parsePenalties(r: RowReader): PenaltyKind[] | undefined {
  const v = r.text('penalties', true)
  if (v === undefined) return undefined
  const out: PenaltyKind[] = []
  for (const label of v.split(/[、，,；;/\s]+/).filter((s) => s !== '')) {
    const k = penaltyByLabel.get(label)
    if (!k) return r.error('penalties', `“${label}”不是处罚种类，请从 ${penaltyLabels} 中选`)
    if (out.includes(k)) return r.error('penalties', `处罚种类“${label}”重复`)
    out.push(k)
  }
  return out
}

function fixedRule(r: RowReader, minKey: ViolationColumnKey, maxKey: ViolationColumnKey) {
  const minFen = r.yuan(minKey)
  const maxFen = r.yuan(maxKey)
  if (minFen === undefined || maxFen === undefined) return undefined
  if (minFen > maxFen) return r.error(minKey, `${shortName(minKey)}不能高于${shortName(maxKey)}`)
  return { kind: 'fixed' as const, minFen, maxFen }
}

function multipleRule(
  r: RowReader,
  base: FineBase,
  minKey: ViolationColumnKey,
  maxKey: ViolationColumnKey,
) {
  const minTimes = r.times(minKey)
  const maxTimes = r.times(maxKey)
  if (minTimes === undefined || maxTimes === undefined) return undefined
  if (minTimes > maxTimes)
    return r.error(minKey, `${shortName(minKey)}不能高于${shortName(maxKey)}`)
  return { kind: 'multiple' as const, base, minTimes, maxTimes }
}

function tieredRule(r: RowReader, base: FineBase): FineRule | undefined {
  const thresholdFen = r.yuan('thresholdYuan')
  const below = fixedRule(r, 'belowMinYuan', 'belowMaxYuan')
  const atOrAbove = multipleRule(r, base, 'aboveMinTimes', 'aboveMaxTimes')
  if (thresholdFen === undefined || !below || !atOrAbove) return undefined
  if (thresholdFen === 0) return r.error('thresholdYuan', '分档界限应大于 0')
  return { kind: 'tiered', base, thresholdFen, below, atOrAbove }
}

/** The fine rule of a row: undefined with no error when 罚款方式 is empty. */
function parseFine(r: RowReader): { rule?: FineRule; ok: boolean } {
  const label = r.raw('fineKind')
  const before = r.errors.length
  if (!label) {
    for (const k of FINE_COLUMNS) {
      if (r.raw(k)) r.error(k, '未填写罚款方式，此列应留空；如有罚款请先填写罚款方式')
    }
    return { ok: r.errors.length === before }
  }
  const kind = fineKindByLabel.get(label)
  if (!kind) {
    r.error('fineKind', `“${label}”不是罚款方式，请填写 固定金额/倍数/分档/无法计算时适用`)
    return { ok: false }
  }
  let rule: FineRule | undefined
  switch (kind) {
    case 'fixed':
      r.unused([...MULTIPLE_COLUMNS, ...TIERED_COLUMNS.slice(1), ...FALLBACK_COLUMNS], label)
      rule = fixedRule(r, 'minYuan', 'maxYuan')
      break
    case 'multiple': {
      r.unused(['minYuan', 'maxYuan', ...TIERED_COLUMNS.slice(1), ...FALLBACK_COLUMNS], label)
      const base = r.base()
      rule = base && multipleRule(r, base, 'minTimes', 'maxTimes')
      break
    }
    case 'tiered': {
      r.unused(['minYuan', 'maxYuan', 'minTimes', 'maxTimes', ...FALLBACK_COLUMNS], label)
      const base = r.base()
      rule = base && tieredRule(r, base)
      break
    }
    case 'fallback': {
      // The primary rule is tiered when 分档界限 is filled, a multiple otherwise.
      r.unused(['minYuan', 'maxYuan'], label)
      const base = r.base()
      const isTiered = r.raw('thresholdYuan') !== ''
      if (isTiered) r.unused(['minTimes', 'maxTimes'], `${label}（分档）`)
      else r.unused(TIERED_COLUMNS.slice(1), `${label}（倍数）`)
      const primary =
        base && (isTiered ? tieredRule(r, base) : multipleRule(r, base, 'minTimes', 'maxTimes'))
      const fallback = fixedRule(r, 'fallbackMinYuan', 'fallbackMaxYuan')
      const whenZero = r.bool('fallbackWhenZero', false)
      if (primary && fallback && whenZero !== undefined) {
        rule = { kind: 'fallback', primary, fallback }
        if (whenZero) rule.fallbackWhenZero = true
      }
      break
    }
  }
  return { rule, ok: r.errors.length === before && rule !== undefined }
}

function cellMap(
  header: ReadonlyMap<ViolationColumnKey, number>,
  row: readonly string[],
): Map<ViolationColumnKey, string> {
  const out = new Map<ViolationColumnKey, string>()
  for (const [key, index] of header) out.set(key, String(row[index] ?? '').trim())
  return out
}

/** Parses one data row; `errors` holds every problem of the row. */
function rowToEntry(
  rowNo: number,
  cells: Map<ViolationColumnKey, string>,
): { entry?: ViolationEntry; errors: RowError[] } {
  const r = new RowReader(rowNo, cells)
  r.checkLengths()
  const id = r.text('id', true)
  const name = r.text('name', true)
  const field = r.text('field', true)
  const violates = parseProvisionList(r)
  const basisLaw = r.text('basisLaw', true)
  const article = r.int('basisArticle', true)
  const paragraph = r.int('basisParagraph', false)
  const item = r.int('basisItem', false)
  const penalties = parsePenalties(r)
  const fine = parseFine(r)
  const correctionMandatory = r.bool('correctionMandatory', true)
  const fineOnlyIfNotCorrected = r.bool('fineOnlyIfNotCorrected', false)
  const firstOffenceMayBeExempt = r.bool('firstOffenceMayBeExempt', true)
  const listName = r.text('listName', false)
  const itemNo = r.text('itemNo', false)
  if (!listName !== !itemNo) {
    r.error(listName ? 'itemNo' : 'listName', '免罚清单名称与事项号应同时填写或同时留空')
  }
  const basisText = r.text('basisText', true)
  const source = r.text('source', true)
  const unverified = r.bool('unverified', false)
  if (penalties && fine.ok) {
    if (penalties.includes('fine') && !fine.rule) {
      r.error('fineKind', '处罚种类含罚款，请填写罚款方式')
    } else if (!penalties.includes('fine') && fine.rule) {
      r.error('penalties', '填写了罚款方式，处罚种类应含“罚款”')
    }
  }
  if (r.errors.length > 0) return { errors: r.errors }
  const entry: ViolationEntry = {
    id: id!,
    name: name!,
    field: field!,
    violates: violates!,
    basis: provision(stripLawName(basisLaw!), article!, paragraph, item),
    penalties: penalties!,
    correctionMandatory: correctionMandatory!,
    firstOffenceMayBeExempt: firstOffenceMayBeExempt!,
    source: source!,
    basisText: basisText!,
  }
  if (fine.rule) entry.fine = fine.rule
  if (fineOnlyIfNotCorrected) entry.fineOnlyIfNotCorrected = true
  if (listName && itemNo) entry.exemptionListItem = { listName, itemNo }
  if (unverified) entry.unverified = true
  // Safety net: the stored schema must accept what the row mapping built.
  const checked = ViolationEntrySchema.safeParse(entry)
  if (!checked.success) {
    return {
      errors: checked.error.issues.map((i) => ({
        row: rowNo,
        column: headerOf(schemaPathColumn(i.path)),
        message: entryIssueMessage(i),
      })),
    }
  }
  return { entry: checked.data, errors: [] }
}

function schemaPathColumn(path: readonly PropertyKey[]): ViolationColumnKey {
  const [head, sub] = path
  switch (head) {
    case 'basis':
      return sub === 'article'
        ? 'basisArticle'
        : sub === 'paragraph'
          ? 'basisParagraph'
          : sub === 'item'
            ? 'basisItem'
            : 'basisLaw'
    case 'fine':
      return 'fineKind'
    case 'exemptionListItem':
      return sub === 'itemNo' ? 'itemNo' : 'listName'
    case 'id':
    case 'name':
    case 'field':
    case 'violates':
    case 'penalties':
    case 'basisText':
    case 'source':
    case 'correctionMandatory':
    case 'firstOffenceMayBeExempt':
    case 'fineOnlyIfNotCorrected':
    case 'unverified':
      return head
    default:
      return 'id'
  }
}

/**
 * Parses a sheet (first row = headers, matched by exact text in any order) into catalogue
 * entries. Blank rows are skipped; row numbers in errors are the sheet's (header = row 1).
 * All or nothing: any problem in any row returns every problem and no entries. Amounts in 元
 * become integer 分 without floating point (parseYuanToFen).
 */
export function rowsToEntries(
  rows: readonly (readonly string[])[],
): { entries: ViolationEntry[] } | { errors: RowError[] } {
  const headerRow = rows[0] ?? []
  const header = new Map<ViolationColumnKey, number>()
  const errors: RowError[] = []
  const byHeader = new Map(VIOLATION_COLUMNS.map((c) => [c.header, c]))
  headerRow.forEach((cell, index) => {
    const col = byHeader.get(String(cell ?? '').trim())
    if (!col) return
    if (header.has(col.key)) {
      errors.push({ row: 1, column: col.header, message: '表头重复，请删去多余的一列' })
    } else header.set(col.key, index)
  })
  for (const c of VIOLATION_COLUMNS) {
    if (c.required && !header.has(c.key)) {
      errors.push({
        row: 1,
        column: c.header,
        message: '缺少此列，请从“导出为 Excel”得到的模板开始填写，不要改动第 1 行表头',
      })
    }
  }
  if (errors.length > 0) return { errors }

  const data = rows.slice(1)
  const filled = data.filter((row) => row.some((c) => String(c ?? '').trim() !== '')).length
  if (filled > MAX_IMPORT_ROWS) {
    return {
      errors: [
        { row: 1, column: '', message: `一次最多导入${MAX_IMPORT_ROWS}条，此文件有${filled}条` },
      ],
    }
  }
  const entries: ViolationEntry[] = []
  const firstRowOfId = new Map<string, number>()
  data.forEach((row, i) => {
    const rowNo = i + 2
    if (!row.some((c) => String(c ?? '').trim() !== '')) return
    const r = rowToEntry(rowNo, cellMap(header, row))
    errors.push(...r.errors)
    if (!r.entry) return
    const earlier = firstRowOfId.get(r.entry.id)
    if (earlier !== undefined) {
      errors.push({
        row: rowNo,
        column: headerOf('id'),
        message: `编号“${r.entry.id}”与第 ${earlier} 行重复，请改用不同的编号`,
      })
      return
    }
    firstRowOfId.set(r.entry.id, rowNo)
    entries.push(r.entry)
  })
  return errors.length > 0 ? { errors } : { entries }
}

function yuanCell(fen: number): string {
  const yuan = Math.floor(fen / 100)
  const cents = fen % 100
  return cents === 0 ? String(yuan) : `${yuan}.${String(cents).padStart(2, '0')}`
}

const boolCell = (b: boolean | undefined) => (b ? '是' : '否')

function provisionCell(p: Provision): string {
  const parts = [
    p.law,
    String(p.article),
    p.paragraph ? String(p.paragraph) : '',
    p.item ? String(p.item) : '',
  ]
  while (parts.length > 2 && parts[parts.length - 1] === '') parts.pop()
  return parts.join('|')
}

/** The fine cells of a rule; throws for a shape the sheet cannot express (see the docs). */
function fineCells(id: string, rule: FineRule): Partial<Record<ViolationColumnKey, string>> {
  const unsupported = () =>
    new RangeError(`条目“${id}”的罚款方式无法用表格表示（docs/domain/violations.md）`)
  const tiered = (t: FineRule): Partial<Record<ViolationColumnKey, string>> => {
    if (t.kind !== 'tiered' || t.below.kind !== 'fixed' || t.atOrAbove.kind !== 'multiple')
      throw unsupported()
    if (t.atOrAbove.base !== t.base) throw unsupported()
    return {
      base: FINE_BASES[t.base],
      thresholdYuan: yuanCell(t.thresholdFen),
      belowMinYuan: yuanCell(t.below.minFen),
      belowMaxYuan: yuanCell(t.below.maxFen),
      aboveMinTimes: String(t.atOrAbove.minTimes),
      aboveMaxTimes: String(t.atOrAbove.maxTimes),
    }
  }
  const multiple = (m: FineRule): Partial<Record<ViolationColumnKey, string>> => {
    if (m.kind !== 'multiple') throw unsupported()
    return { base: FINE_BASES[m.base], minTimes: String(m.minTimes), maxTimes: String(m.maxTimes) }
  }
  switch (rule.kind) {
    case 'fixed':
      return {
        fineKind: FINE_KIND_LABELS.fixed,
        minYuan: yuanCell(rule.minFen),
        maxYuan: yuanCell(rule.maxFen),
      }
    case 'multiple':
      return { fineKind: FINE_KIND_LABELS.multiple, ...multiple(rule) }
    case 'tiered':
      return { fineKind: FINE_KIND_LABELS.tiered, ...tiered(rule) }
    case 'fallback': {
      if (rule.fallback.kind !== 'fixed') throw unsupported()
      const primary = rule.primary.kind === 'tiered' ? tiered(rule.primary) : multiple(rule.primary)
      return {
        fineKind: FINE_KIND_LABELS.fallback,
        ...primary,
        fallbackMinYuan: yuanCell(rule.fallback.minFen),
        fallbackMaxYuan: yuanCell(rule.fallback.maxFen),
        fallbackWhenZero: boolCell(rule.fallbackWhenZero),
      }
    }
  }
}

/**
 * Whether {@link entriesToRows} can write the entry's fine rule: fixed; multiple; tiered with a
 * fixed range below and a multiple of the same base at or above the threshold; fallback whose
 * primary is one of those multiple/tiered rules and whose fallback is a fixed range.
 */
export function fineRuleFitsSheet(rule: FineRule): boolean {
  try {
    fineCells('', rule)
    return true
  } catch {
    return false
  }
}

/**
 * The sheet of `entries`: header row first, then one row per entry, in the order of
 * {@link VIOLATION_COLUMNS}. `rowsToEntries(entriesToRows(e))` gives `e` back. Throws a
 * RangeError naming the entry when its fine rule has a shape the sheet cannot express.
 */
export function entriesToRows(entries: readonly ViolationEntry[]): string[][] {
  const rows: string[][] = [VIOLATION_COLUMNS.map((c) => c.header)]
  for (const e of entries) {
    const cells: Partial<Record<ViolationColumnKey, string>> = {
      id: e.id,
      name: e.name,
      field: e.field,
      violates: e.violates.map(provisionCell).join('；'),
      basisLaw: e.basis.law,
      basisArticle: String(e.basis.article),
      basisParagraph: e.basis.paragraph ? String(e.basis.paragraph) : '',
      basisItem: e.basis.item ? String(e.basis.item) : '',
      penalties: e.penalties.map((p) => PENALTY_KINDS[p]).join('、'),
      ...(e.fine ? fineCells(e.id, e.fine) : {}),
      correctionMandatory: boolCell(e.correctionMandatory),
      fineOnlyIfNotCorrected: boolCell(e.fineOnlyIfNotCorrected),
      firstOffenceMayBeExempt: boolCell(e.firstOffenceMayBeExempt),
      listName: e.exemptionListItem?.listName ?? '',
      itemNo: e.exemptionListItem?.itemNo ?? '',
      basisText: e.basisText,
      source: e.source,
      unverified: boolCell(e.unverified),
    }
    rows.push(VIOLATION_COLUMNS.map((c) => cells[c.key] ?? ''))
  }
  return rows
}
