// Forms 19–24 filled from the acts 先行登记保存, 解除先行登记保存, 查封/扣押, 延长, 解除: the items
// typed once in the act's row editor, the period from the SEIZURE_END clock (AEL Art. 25), and
// nothing asked once the earlier notice or decision is issued (docs/domain/capture-once.md).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument, type CaseSource } from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { DocumentKind } from '../../../../shared/documents/kinds'
import type { Act, ActPayload, CaseFacts } from '../../../../shared/domain/case'
import { contextOn } from '../../../fixtures/documents/context'
import { act, pathB } from './paths'

const items = [
  { name: '伊利纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20251002A' },
  { name: '散装桃酥', quantity: '2.5', unit: '千克' },
]
const kept: ActPayload<'evidencePreserved'> = {
  documentNo: '',
  items,
  storage: 'onSite',
  place: '当事人仓库',
  reason: '证据可能被转移',
  approver: '刘局长',
}
const seized: ActPayload<'coerciveMeasureTaken'> = {
  measure: 'seize',
  items,
  place: '本局涉案物品保管室',
  reason: '当事人涉嫌经营超过保质期的食品',
  legalBasis: '《中华人民共和国食品安全法》第一百一十条第四项',
  days: 30,
  approver: '刘局长',
}

/** pathB up to 立案, then the measures in date order. */
function withMeasures(): { facts: CaseFacts; ids: Record<string, string> } {
  const base = pathB()
  const filed = base.acts.findIndex((a) => a.type === 'caseFiled')
  const k = act('evidencePreserved', '2026-03-04', kept)
  const s = act('coerciveMeasureTaken', '2026-03-10', seized)
  const lk = act('evidencePreservationLifted', '2026-03-10', {
    preservedActId: k.id,
    outcome: 'seized',
  })
  const e = act('coerciveMeasureExtended', '2026-04-08', {
    measureActId: s.id,
    days: 20,
    reason: '需向供货商所在地协查',
    approver: '刘局长',
  })
  const l = act('coerciveMeasureLifted', '2026-04-20', {
    measureActId: s.id,
    ground: 'noViolation',
    returnedOn: '2026-04-21',
  })
  const h = act('seizedItemsHandled', '2026-04-21', {
    sourceActId: s.id,
    items: [
      { name: '伊利纯牛奶', quantity: '24', unit: '盒', disposition: 'returned' },
      { name: '散装桃酥', quantity: '2.5', unit: '千克', disposition: 'destroyed', note: '已变质' },
    ],
    place: '本局涉案物品保管室',
    handlerIds: base.officers.map((o) => o.officerId),
    witness: '陈明',
  })
  const acts: Act[] = [...base.acts.slice(0, filed + 1), k, s, lk, e, l, h]
  return {
    facts: { ...base, acts },
    ids: { k: k.id, s: s.id, lk: lk.id, e: e.id, l: l.id, h: h.id },
  }
}

function source(facts: CaseFacts, issued: CaseSource['issued'] = []): CaseSource {
  return { facts, officerUnits: {}, issued }
}

describe('先行登记保存 and 查封/扣押 documents from their acts', () => {
  const { facts, ids } = withMeasures()
  const issued: CaseSource['issued'] = [
    {
      kind: 'evidencePreservationNotice',
      docNo: '鄂汉阳市监先保〔2026〕3号',
      status: 'issued',
      sourceActIds: [ids.k!],
    },
    {
      kind: 'coerciveMeasureDecision',
      docNo: '鄂汉阳市监强制〔2026〕1号',
      status: 'issued',
      sourceActIds: [ids.s!],
    },
  ]
  const src = source(facts, issued)
  const mapped = (kind: DocumentKind, actId: string) => {
    const doc = mapDocument(src, kind, actId)
    if (!doc) throw new Error(`${kind} not mapped`)
    expect(doc.missing, kind).toEqual([])
    const built = buildDocument(kind, doc.input, contextOn(doc.documentDate))
    expect(built.ok, kind).toBe(true)
    return doc
  }

  it('each act offers its documents; the list goes with the notice and with the decision', () => {
    const due = documentsDue(src).map((d) => `${d.kind}@${d.act.id}`)
    expect(due).toEqual(
      expect.arrayContaining([
        `evidencePreservationNotice@${ids.k}`,
        `propertyList@${ids.k}`,
        `coerciveMeasureDecision@${ids.s}`,
        `propertyList@${ids.s}`,
        `sealStrip@${ids.s}`,
        `preservationReleaseNotice@${ids.lk}`,
        `coerciveMeasureExtension@${ids.e}`,
        `coerciveMeasureRelease@${ids.l}`,
      ]),
    )
  })

  it('form 19: the two typed items, 就地保存 and the place, nothing asked', () => {
    const doc = mapped('evidencePreservationNotice', ids.k!)
    expect(doc.input).toMatchObject({
      storage: '就地保存',
      place: '当事人仓库',
      goods: [
        { name: '伊利纯牛奶', spec: '250ml/盒', quantity: '24', unit: '盒', batch: '20251002A' },
        { name: '散装桃酥', spec: '', quantity: '2.5', unit: '千克', batch: '', note: '' },
      ],
    })
  })

  it('form 20: the preservation it ends, by date and issued 文号, with its items', () => {
    const doc = mapped('preservationReleaseNotice', ids.lk!)
    expect(doc.input).toMatchObject({
      preservedOn: '2026-03-04',
      noticeNumber: '鄂汉阳市监先保〔2026〕3号',
      outcome: '依法采取查封、扣押行政强制措施',
    })
    expect((doc.input.goods as unknown[]).length).toBe(2)
  })

  it('form 21 (AEL Arts. 24, 25): 扣押 for 30 days from 2026-03-10 → ends 2026-04-09', () => {
    const doc = mapped('coerciveMeasureDecision', ids.s!)
    expect(doc.input).toMatchObject({
      measure: '扣押',
      startOn: '2026-03-10',
      days: 30,
      endOn: '2026-04-09',
    })
  })

  it('form 22 (AEL Art. 25 paras 1–2): extended by 20 days, 04-09 → 04-29, citing the decision', () => {
    const doc = mapped('coerciveMeasureExtension', ids.e!)
    expect(doc.input).toMatchObject({
      decisionNumber: '鄂汉阳市监强制〔2026〕1号',
      decisionDate: '2026-03-10',
      previousEndOn: '2026-04-09',
      days: 20,
      endOn: '2026-04-29',
    })
  })

  it('form 23 (AEL Art. 28 para 1 item 1): lifted for no violation, property returned', () => {
    const doc = mapped('coerciveMeasureRelease', ids.l!)
    expect(doc.input).toMatchObject({
      ground: '当事人没有违法行为',
      groundItem: 1,
      returnedOn: '2026-04-21',
      place: '本局涉案物品保管室',
    })
  })

  it('form 24: the list of the 查封/扣押 names its decision', () => {
    const doc = mapped('propertyList', ids.s!)
    expect(doc.input).toMatchObject({
      measure: '扣押',
      attachedNumber: '鄂汉阳市监强制〔2026〕1号',
      date: '2026-03-10',
    })
  })

  it('form 25: the 封条 names the decision and its date; at least three strips', () => {
    const doc = mapped('sealStrip', ids.s!)
    expect(doc.input).toMatchObject({
      measure: '扣押',
      decisionNumber: '鄂汉阳市监强制〔2026〕1号',
      date: '2026-03-10',
      copies: 3,
    })
  })

  it('form 52: each item of the 扣押 with what was done with it', () => {
    const doc = mapped('handledItemsRecord', ids.h!)
    expect(doc.input).toMatchObject({
      source: '扣押',
      sourceDate: '2026-03-10',
      handled: [
        { name: '伊利纯牛奶', quantity: '24', unit: '盒', disposition: '返还当事人' },
        { name: '散装桃酥', quantity: '2.5', unit: '千克', disposition: '销毁', note: '已变质' },
      ],
      witness: '陈明',
    })
  })

  it('form 29: the samples as typed, with base and spare; nothing asked', () => {
    const sampled = act('samplingDone', '2026-03-05', {
      samples: [
        { name: '伊利纯牛奶', quantity: '6', unit: '盒', base: '24', spare: '3' },
        { name: '散装桃酥', quantity: '0.5', unit: '千克', base: '2.5' },
      ],
      place: '当事人仓库',
      samplerIds: facts.officers.map((o) => o.officerId),
      presentName: '陈明（法定代表人）',
    })
    const withSampling = source({ ...facts, acts: [...facts.acts, sampled] }, issued)
    const doc = mapDocument(withSampling, 'samplingRecord', sampled.id)!
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      samples: [
        { name: '伊利纯牛奶', quantity: '6', unit: '盒', sampleBase: '24', spare: '3' },
        { name: '散装桃酥', quantity: '0.5', unit: '千克', sampleBase: '2.5', spare: '' },
      ],
    })
    expect(buildDocument('samplingRecord', doc.input, contextOn(doc.documentDate)).ok).toBe(true)
  })

  it('form 11: the 证据提取单 lists the items of its 证据登记 (typed once); provider and place asked when blank', () => {
    const full = act('evidenceRecorded', '2026-03-05', {
      items: ['进货单据复印件3张，证明涉案食品来源'],
      provider: '陈明（法定代表人）',
      place: '当事人经营场所',
    })
    const bare = act('evidenceRecorded', '2026-03-06', { items: ['现场照片6张'] })
    const withEvidence = source({ ...facts, acts: [...facts.acts, full, bare] }, issued)
    const doc = mapDocument(withEvidence, 'evidenceExtraction', full.id)!
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      evidence: ['进货单据复印件3张，证明涉案食品来源'],
      provider: '陈明（法定代表人）',
    })
    expect(buildDocument('evidenceExtraction', doc.input, contextOn(doc.documentDate)).ok).toBe(
      true,
    )
    const asked = mapDocument(withEvidence, 'evidenceExtraction', bare.id)!
    expect(asked.missing.map((m) => m.path)).toEqual(['place', 'provider'])
  })

  it('form 12: the 电子数据证据提取笔录 from its act, nothing asked when filled in full', () => {
    const e = act('electronicDataExtracted', '2026-03-05', {
      place: '当事人办公室',
      startTime: '14:00',
      endTime: '15:00',
      extractorIds: facts.officers.map((o) => o.officerId),
      recorder: '刘晓燕',
      presentName: '陈明（法定代表人）',
      carrier: '收银电脑',
      method: '导出并计算哈希值',
      items: ['销售明细.xlsx，SHA-256：3f9a'],
    })
    const withData = source({ ...facts, acts: [...facts.acts, e] }, issued)
    const doc = mapDocument(withData, 'electronicDataRecord', e.id)!
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      carrier: '收银电脑',
      items: ['销售明细.xlsx，SHA-256：3f9a'],
    })
    expect(buildDocument('electronicDataRecord', doc.input, contextOn(doc.documentDate)).ok).toBe(
      true,
    )
  })

  it('form 26 only for a 查封 with a 受托保管人 (AEL Art. 26 para 2)', () => {
    const sealed = act('coerciveMeasureTaken', '2026-03-11', {
      ...seized,
      measure: 'seal',
      custodian: '某物流仓储有限公司',
    })
    const withSeal = source({ ...facts, acts: [...facts.acts, sealed] }, issued)
    const due = documentsDue(withSeal).filter((d) => d.kind === 'custodyEntrustment')
    expect(due.map((d) => d.act.id)).toEqual([sealed.id])
    const doc = mapDocument(withSeal, 'custodyEntrustment', sealed.id)!
    expect(doc.missing.map((m) => m.label)).toEqual(['实施行政强制措施决定书文号'])
  })

  it('before the notice is issued, form 20 asks for its 文号', () => {
    const doc = mapDocument(source(facts), 'preservationReleaseNotice', ids.lk!)
    expect(doc?.missing.map((m) => m.label)).toEqual(['先行登记保存证据通知书文号'])
  })
})
