/**
 * BENCH-ONLY: one issued document record for the bench dataset, without rendering it. The input
 * comes from the shared case → document mappers (as on the case page's 文书 tab); the fields no
 * act holds (what the officer would type) are filled with bench text of realistic length; the
 * context is the office's context of the document's date, frozen as issueDocument freezes it;
 * the 文号 is counted in memory (fresh database). See ./seed.ts for what is not real.
 */
import { BUNDLED_FONT_SET } from '@shared/documents/fonts/font-set'
import { formatDocNumber, joinDocPrefix } from '@shared/documents/format/doc-number'
import {
  applySupplements,
  mapDocument,
  type MappedDocument,
  type documentContextFrom,
} from '@shared/documents/from-case'
import { DOCUMENT_KIND_INFO, resolveDocCode, type DocumentKind } from '@shared/documents/kinds'
import { DOCUMENT_REGISTRY } from '@shared/documents/registry'
import type { ActRecord, CaseRecord } from '@renderer/db/cases-records'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { docNoCounterKey } from '@renderer/db/repositories/counters'
import { factsOf } from '@renderer/db/repositories/cases'
import { freezeContext } from '@renderer/services/documents-issue'

/** 文号 counters of the run (key docNo:code:year → last serial) and the office's 代字. */
export interface DocNumbering {
  counters: Map<string, number>
  officeCode: string
}

const SENTENCES = [
  '执法人员出示执法证件后，对当事人经营场所进行了现场检查，当事人负责人在场并配合检查。',
  '经查，当事人在经营场所内销售的部分商品未按规定标明价格，标价签所标示的品名、规格与实物不符。',
  '当事人对上述事实无异议，表示系因店内人员更替、对相关规定不熟悉所致，愿意立即整改。',
  '执法人员调取了当事人近三个月的进货台账、销售记录及相关票据，并对现场情况拍照固定。',
  '当事人已于检查当日下架涉案商品，重新制作标价签，并组织店内员工学习相关法律法规。',
  '根据《中华人民共和国行政处罚法》第三十三条的规定，综合考虑当事人违法行为的情节、后果及改正情况。',
  '复查时，执法人员核对了整改记录和现场标示，未发现同类问题再次发生，整改措施落实到位。',
  '当事人表示今后将严格遵守市场监管法律法规，建立健全内部管理制度，主动接受社会监督。',
  '本案证据包括现场检查笔录、询问笔录、营业执照复印件、进货票据、现场照片等，证据之间能够相互印证。',
  '办案人员建议对当事人予以从轻处理，并通过行政指导督促其规范经营。',
]

function hashOf(text: string): number {
  let h = 2166136261
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619)
  return h >>> 0
}

function paragraph(seed: number, sentences: number): string {
  let out = ''
  for (let i = 0; i < sentences; i++) out += SENTENCES[(seed + i * 7) % SENTENCES.length]
  return out
}

/** What the officer would type for each field no act holds (deterministic per case and field). */
function supplements(mapped: MappedDocument, caseId: string): Record<string, string> {
  const values: Record<string, string> = {}
  for (const f of mapped.missing) {
    const h = hashOf(`${caseId}:${f.path}`)
    const leaf = f.path.split('.').at(-1) ?? ''
    if (f.input === 'date') values[f.path] = mapped.documentDate
    else if (f.input === 'time') values[f.path] = /end/i.test(leaf) ? '11:20' : '09:30'
    else if (f.input === 'lines')
      values[f.path] = [0, 1, 2].map((i) => paragraph(h + i, 1)).join('\n')
    else if (f.input === 'speakerLines')
      values[f.path] =
        `主持人：${paragraph(h, 1)}\n办案人员：${paragraph(h + 3, 2)}\n法制审核人员：同意办案机构意见。`
    else if (f.input === 'textarea') values[f.path] = paragraph(h, 6 + (h % 15))
    else if (/phone/i.test(leaf)) values[f.path] = `027-8485${String(1000 + (h % 9000))}`
    else if (/idNumber/i.test(leaf))
      values[f.path] = `42010519${80 + (h % 20)}0101${String(1000 + (h % 9000))}`
    else if (/name|signer|recorder|reporter/i.test(leaf)) values[f.path] = '王志强'
    else if (/position|capacity/i.test(leaf)) values[f.path] = '负责人'
    else if (/place/i.test(leaf)) values[f.path] = '当事人经营场所'
    else values[f.path] = paragraph(h, 1)
  }
  return values
}

/** Arguments of {@link benchDocument}. */
export interface BenchDocumentArgs {
  record: CaseRecord
  acts: ActRecord[]
  officerUnits: Record<string, string>
  /** Documents already made for this case (later documents cite their 文号). */
  issued: DocumentRecord[]
  kind: DocumentKind
  actId: string
  numbering: DocNumbering
  contextOn: (date: string) => ReturnType<typeof documentContextFrom>
  newId: () => string
}

/** The issued record of one document, or null when the template refuses the mapped input. */
export function benchDocument(a: BenchDocumentArgs): DocumentRecord | null {
  const mapped = mapDocument(
    {
      facts: factsOf(a.record, a.acts),
      officerUnits: a.officerUnits,
      issued: a.issued.map((d) => ({
        kind: d.kind,
        docNo: d.docNo,
        status: d.status,
        sourceActIds: d.sourceActIds,
      })),
    },
    a.kind,
    a.actId,
  )
  if (!mapped) return null
  const context = a.contextOn(mapped.documentDate)
  if (!context.ok) return null
  const input = applySupplements(mapped.input, mapped.missing, supplements(mapped, a.record.id))
  const date = mapped.documentDate
  const year = Number(date.slice(0, 4))
  const code = resolveDocCode(a.kind, context.ctx.docCodeOverrides)
  let serial = 0
  let docNo = ''
  const key = code ? docNoCounterKey(code, year) : ''
  if (code) {
    serial = (a.numbering.counters.get(key) ?? 0) + 1
    docNo = formatDocNumber({ prefix: joinDocPrefix(a.numbering.officeCode, code), year, serial })
    input.docNumber = { year, serial }
  }
  if (!DOCUMENT_REGISTRY[a.kind].inputSchema.safeParse(input).success) return null
  if (code) a.numbering.counters.set(key, serial)
  const info = DOCUMENT_KIND_INFO[a.kind]
  return {
    id: a.newId(),
    caseId: a.record.id,
    kind: a.kind,
    title: info.title,
    docNo,
    code: code ?? '',
    year,
    serial,
    status: 'issued',
    issuedOn: date,
    issuedAt: `${date}T02:00:00.000Z`,
    issuedBy: 'bench-seed',
    partyName: a.record.partyName,
    caseNo: a.record.caseNo,
    templateVersion: info.version,
    sha256: '',
    snapshot: { input, ctx: freezeContext(context.ctx, BUNDLED_FONT_SET) },
    sourceActIds: [...mapped.sourceActIds],
  }
}
