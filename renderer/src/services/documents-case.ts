/**
 * The documents of one case: what its acts can produce (documentsDue), the mapped input of each,
 * the context of the document's date, drafts, and the case file (案卷) of its issued documents.
 */
import { buildCaseFileDoc, type CaseFileDocument } from '@shared/documents/case-file'
import {
  CASE_FILE_PLACE,
  caseFileRefusal,
  emptyVolumeMessage,
  orderForCaseFile,
  receiptGroup,
  type CaseFileVolume,
} from '@shared/documents/case-file-rules'
import {
  documentContextFrom,
  documentParty,
  documentsDue,
  mapDocument,
  type CaseSource,
  type DueDocument,
  type MappedDocument,
} from '@shared/documents/from-case'
import type { DocumentContext } from '@shared/documents/context'
import { CLOSING_REASONS, effectiveActs } from '@shared/domain/case'
import type { DocumentKind } from '@shared/documents/kinds'
import type { AppDB } from '@renderer/db/app-db'
import type { DocumentRecord } from '@renderer/db/documents-records'
import { casesRepo, type CaseBundle } from '@renderer/db/repositories/cases'
import { documentsRepo } from '@renderer/db/repositories/documents'
import { officeProfileRepo } from '@renderer/db/repositories/office-profile'
import { officersRepo } from '@renderer/db/repositories/officers'
import { settingsRepo } from '@renderer/db/repositories/rule-settings'
import { officeViolationsRepo } from '@renderer/db/repositories/office-violations'
import { BUILTIN_VIOLATIONS, mergeCatalogue } from '@shared/discretion/catalogue'
import {
  buildOrExplain,
  definitionOf,
  draftDefinition,
  type DocumentRenderer,
  type Outcome,
} from './documents-issue'

/** A case with everything its documents are made from. */
export interface CaseDocuments {
  bundle: CaseBundle
  source: CaseSource
  due: DueDocument[]
  issued: DocumentRecord[]
}

/** Loads a case, its issued documents and what its acts can produce now. */
export async function loadCaseDocuments(
  db: AppDB,
  caseId: string,
): Promise<CaseDocuments | undefined> {
  const bundle = await casesRepo(db).getCase(caseId)
  if (!bundle) return undefined
  const [issued, officers, ruleSettings, office] = await Promise.all([
    documentsRepo(db).listForCase(caseId),
    officersRepo(db).list(),
    settingsRepo(db).getRuleSettings(),
    officeViolationsRepo(db).read(),
  ])
  const source: CaseSource = {
    facts: bundle.facts,
    // The catalogue the case's violationIds are resolved against (built-in + the office's own).
    violations: mergeCatalogue(BUILTIN_VIOLATIONS, office.ok ? office.entries : []),
    ruleSettings,
    officerUnits: Object.fromEntries(officers.map((o) => [o.id, o.unit])),
    issued: issued.map((d) => ({
      kind: d.kind,
      docNo: d.docNo,
      status: d.status,
      sourceActIds: d.sourceActIds,
    })),
  }
  return { bundle, source, due: documentsDue(source), issued }
}

/** The mapped input of one due document. */
export function mapDue(cd: CaseDocuments, kind: DocumentKind, actId: string): MappedDocument {
  const mapped = mapDocument(cd.source, kind, actId)
  if (!mapped) throw new Error(`${kind} 不能由该环节生成`)
  return mapped
}

/**
 * The document context of `date` from the office profile and its contact versions; `note` is set
 * when the date is before the first contact version (the earliest one is used).
 */
export async function contextOn(
  db: AppDB,
  date: string,
): Promise<Outcome<{ ctx: DocumentContext; note?: string }>> {
  const repo = officeProfileRepo(db)
  const [profile, versions] = await Promise.all([repo.get(), repo.listContactVersions()])
  if (!profile) return { ok: false, message: '尚未填写机关档案，请先在“设置 → 机关档案”中填写。' }
  return documentContextFrom(profile, versions, date)
}

/** Renders a draft (no number, 草稿 watermark). */
export async function renderDraft(
  renderer: DocumentRenderer,
  kind: DocumentKind,
  input: unknown,
  ctx: DocumentContext,
): Promise<Outcome<{ bytes: Uint8Array }>> {
  const built = buildOrExplain(kind, input, { ...ctx, fontSet: renderer.fontSet })
  if (!built.ok) return built
  return { ok: true, bytes: await renderer.render(draftDefinition(built.definition)) }
}

/** What the 卷内备考表 and the cover need beyond the acts. */
export interface CaseFileForm {
  /** 正卷 or 副卷 (SAMR-PR Art. 78): each volume has its own cover, TOC and 备考表. */
  volume: CaseFileVolume
  /** 永久 / 定期30年 / 定期10年 (国家档案局令第8号 Art. 6; docs/domain/case-file.md). */
  retention: '永久' | '定期30年' | '定期10年'
  archiveNumber: string
  compiler: string
  checker: string
  notes: string
  /** Legal date of compiling/checking. */
  compiledOn: string
}

/**
 * One volume of the case file (form.volume): its cover, TOC, the issued documents filed in that
 * volume in SAMR-PR Art. 78 order, and its 备考表; one PDF with continuous page numbers. Refused
 * (with the reason) before 结案, without issued documents, or when the volume holds none.
 * `progress` gets (done, total, label).
 */
export async function renderCaseFile(
  db: AppDB,
  renderer: DocumentRenderer,
  caseId: string,
  form: CaseFileForm,
  progress: (done: number, total: number, label: string) => void,
): Promise<Outcome<{ bytes: Uint8Array; fileName: string }>> {
  const cd = await loadCaseDocuments(db, caseId)
  if (!cd) return { ok: false, message: '找不到该案件，请返回案件列表刷新后重试。' }
  const all = cd.issued.filter((d) => d.status === 'issued')
  const refusal = caseFileRefusal(cd.bundle.facts.acts, all.length)
  if (refusal) return { ok: false, message: refusal }
  const actType = new Map(cd.bundle.facts.acts.map((a) => [a.id, a.type]))
  const docs = orderForCaseFile(
    all
      .filter((d) => CASE_FILE_PLACE[d.kind].volume === form.volume)
      .map((d) => {
        // A notice's 送达回证 files after its notice (docs/domain/case-file.md).
        const group =
          d.kind === 'serviceReceipt'
            ? receiptGroup(actType.get(d.sourceActIds[0] ?? ''))
            : undefined
        return { ...d, date: d.issuedOn, sequence: d.issuedAt, ...(group ? { group } : {}) }
      }),
  )
  if (docs.length === 0) return { ok: false, message: emptyVolumeMessage(form.volume) }
  const acts = effectiveActs(cd.bundle.facts.acts)
  const closed = acts.filter((a) => a.type === 'caseClosed').at(-1)
  if (!closed || closed.type !== 'caseClosed')
    return { ok: false, message: '案件尚未结案：请先记录“结案”环节。' }
  const total = docs.length + 2
  const parts: CaseFileDocument[] = []
  for (const [i, doc] of docs.entries()) {
    progress(i, total, `准备第 ${i + 1}/${docs.length} 份：${doc.title}`)
    const built = definitionOf(doc, renderer.fontSet)
    if (!built.ok) return { ok: false, message: `${doc.title}${doc.docNo}：${built.message}` }
    parts.push({
      title: doc.title,
      number: doc.docNo,
      date: doc.issuedOn,
      remark: '',
      definition: built.definition,
    })
  }
  const ctxResult = await contextOn(db, closed.occurredOn)
  if (!ctxResult.ok) return ctxResult
  const decision = all
    .filter((d) => ['penaltyDecision', 'noPenaltyDecision', 'onTheSpotDecision'].includes(d.kind))
    .at(-1)
  const filed = acts.find((a) => a.type === 'caseFiled')
  const record = cd.bundle.record
  progress(docs.length, total, '排版整卷并编页码…')
  const definition = buildCaseFileDoc(
    {
      cover: {
        caseNumber: record.caseNo,
        cause: record.cause,
        party: documentParty(record.partySnapshot),
        decisionNumber: decision?.docNo ?? '',
        outcome: decision
          ? decision.title.replace(/书$/, '')
          : CLOSING_REASONS[closed.payload.reason],
        filedOn: filed?.occurredOn,
        closedOn: closed.occurredOn,
        retention: form.retention,
        volume: form.volume,
        archiveNumber: form.archiveNumber,
      },
      documents: parts,
      notes: {
        notes: form.notes,
        compiler: form.compiler,
        compiledOn: form.compiledOn,
        checker: form.checker,
        checkedOn: form.compiledOn,
      },
    },
    { ...ctxResult.ctx, fontSet: renderer.fontSet },
  )
  const bytes = await renderer.render(definition)
  progress(total, total, '完成')
  return { ok: true, bytes, fileName: `${record.caseNo}案卷（${form.volume}）.pdf` }
}
