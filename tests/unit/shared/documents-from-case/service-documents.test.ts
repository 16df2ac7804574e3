// 警示劝诫书, 书面告诫书, 合规经营承诺书 and 服务意见建议反馈表 are filled from the acts
// (docs/domain/capture-once.md; 鄂市监法〔2022〕42号 items 十三, 十五).
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument, type CaseSource } from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { DocumentKind } from '../../../../shared/documents/kinds'
import type { Act, CaseFacts } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, pathA, pathC } from './paths'

const source = (facts: CaseFacts): CaseSource => ({ facts, officerUnits: {}, issued: [] })

function mapped(facts: CaseFacts, kind: DocumentKind, issued: CaseSource['issued'] = []) {
  const src = { ...source(facts), issued }
  const due = documentsDue(src).find((d) => d.kind === kind)
  if (!due) throw new Error(`${kind} not due`)
  return mapDocument(src, kind, due.act.id)!
}
const builds = (doc: ReturnType<typeof mapped>) => {
  const b = buildDocument(doc.kind, doc.input, {
    ...hanyangContext,
    documentDate: doc.documentDate,
  })
  return b.ok ? [] : b.errors
}

describe('警示劝诫书 / 书面告诫书 from 警示劝诫 / 书面告诫', () => {
  const withMeasure = (type: 'warningAdmonition' | 'writtenCaution'): CaseFacts => {
    const c = pathA()
    const acts: Act[] = [
      ...c.acts.filter((a) => a.occurredOn <= '2026-09-08'),
      act(type, '2026-09-09', {
        method: 'written',
        content: '建立并执行食品进货查验记录制度\n组织从业人员学习《中华人民共和国食品安全法》',
      }),
    ]
    return { ...c, acts, violationIds: ['fsl-126-1-3'] }
  }

  it.each([
    ['warningAdmonition', 'warningLetter'],
    ['writtenCaution', 'cautionLetter'],
  ] as const)(
    '%s → %s: nothing asked; findings from the order, provisions from the violation',
    (type, kind) => {
      const doc = mapped(withMeasure(type), kind)
      expect(doc.missing).toEqual([])
      expect(doc.input.findings).toBe('未建立食品进货查验记录制度')
      expect(doc.input.legalReferences).toMatch(/^《中华人民共和国食品安全法》第/)
      expect(doc.input.requirements).toEqual([
        '建立并执行食品进货查验记录制度',
        '组织从业人员学习《中华人民共和国食品安全法》',
      ])
      expect(builds(doc)).toEqual([])
    },
  )

  it('without a violation named on the case the provisions are asked', () => {
    const facts = { ...withMeasure('warningAdmonition'), violationIds: [] }
    expect(mapped(facts, 'warningLetter').missing.map((m) => m.path)).toEqual(['legalReferences'])
  })
})

describe('合规经营承诺书 from 不予行政处罚决定', () => {
  const withCommitments = (commitments?: string[]): CaseFacts => {
    const c = pathC()
    const acts = c.acts.map((a) =>
      a.type === 'noPenaltyDecision'
        ? ({ ...a, payload: { ...a.payload, ...(commitments ? { commitments } : {}) } } as Act)
        : a,
    )
    return { ...c, acts }
  }

  it('prints the commitments entered on the decision and the decision’s number once issued', () => {
    const facts = withCommitments(['将营业执照置于经营场所醒目位置'])
    const decision = facts.acts.find((a) => a.type === 'noPenaltyDecision')!
    const doc = mapped(facts, 'complianceCommitment', [
      {
        kind: 'noPenaltyDecision',
        docNo: '鄂汉阳市监不罚〔2026〕3号',
        status: 'issued',
        sourceActIds: [decision.id],
      },
    ])
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      cause: '未按规定公示营业执照',
      decisionDate: '2026-06-05',
      decisionNumber: '鄂汉阳市监不罚〔2026〕3号',
      commitments: ['将营业执照置于经营场所醒目位置'],
    })
    expect(builds(doc)).toEqual([])
  })

  it('an older decision without commitments asks for them', () => {
    const doc = mapped(withCommitments(), 'complianceCommitment')
    expect(doc.missing.map((m) => m.path)).toEqual(['commitments'])
  })
})

describe('服务意见建议反馈表 from 回访', () => {
  it('names the measures the party met up to the visit and the visitors', () => {
    const doc = mapped(pathA(), 'serviceFeedback')
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      measures: '行政约谈、责令改正通知书送达、整改复查、回访',
      officerNames: ['李明', '张华'],
    })
    expect(builds(doc)).toEqual([])
  })
})
