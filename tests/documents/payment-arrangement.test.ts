// 延期（分期）缴纳罚款通知书 (form 47; 《中华人民共和国行政处罚法》第六十六条第二款): filled from the
// 延期/分期缴纳批准 act and the decision, printed with every due date, the account and the
// surcharge warning (APL Art. 72), and the contact block.
import { describe, expect, it } from 'vitest'
import { documentsDue, mapDocument } from '../../shared/documents/from-case'
import { buildDocument } from '../../shared/documents/registry'
import type { Act, ActPayload } from '../../shared/domain/case'
import { contextOn } from '../fixtures/documents/context'
import { SAMPLES } from '../fixtures/documents/samples'
import { act, pathB } from '../unit/shared/documents-from-case/paths'
import { pdfText, renderPdf, squash } from './render'

describe('延期（分期）缴纳罚款通知书 (APL Art. 66 para 2)', () => {
  it('is filled from the approval and the decision and asks nothing once the decision is issued', () => {
    const facts = pathB()
    const decision = facts.acts.find((a) => a.type === 'penaltyDecision') as Act
    const plan: ActPayload<'paymentArrangementApproved'> = {
      kind: 'instalments',
      schedule: [
        { dueOn: '2026-06-15', amountFen: 1_500_000 },
        { dueOn: '2026-07-15', amountFen: 1_500_000 },
      ],
      approver: '刘局长',
    }
    const at = facts.acts.indexOf(decision) + 3
    facts.acts.splice(at, 0, act('paymentArrangementApproved', '2026-05-25', plan))
    const src = {
      facts,
      officerUnits: {},
      issued: [
        {
          kind: 'penaltyDecision' as const,
          docNo: '鄂汉阳市监处罚〔2026〕5号',
          status: 'issued' as const,
          sourceActIds: [decision.id],
        },
      ],
    }
    const due = documentsDue(src).find((d) => d.kind === 'paymentArrangement')!
    const doc = mapDocument(src, 'paymentArrangement', due.act.id)!
    expect(doc.missing).toEqual([])
    expect(doc.input).toMatchObject({
      decisionNumber: '鄂汉阳市监处罚〔2026〕5号',
      decisionDate: decision.occurredOn,
      arrangement: '分期缴纳',
      fineFen: 5_000_000,
    })
    expect(buildDocument('paymentArrangement', doc.input, contextOn(doc.documentDate)).ok).toBe(
      true,
    )
  })

  it('prints each instalment, the account, the surcharge warning and the contact block', async () => {
    const { input, ctx } = SAMPLES.paymentArrangement
    const built = buildDocument('paymentArrangement', input, ctx)
    if (!built.ok) throw new Error(built.errors.join('; '))
    const text = squash(pdfText(await renderPdf(built.definition)))
    for (const s of [
      '延期（分期）缴纳罚款通知书',
      '第六十六条第二款',
      '同意你单位分期缴纳',
      '（一）2026年4月30日前缴纳人民币肆万元整（40,000.00元）；',
      '（二）2026年5月29日前缴纳',
      '每日按罚款数额的百分之三加处罚款',
      '12315',
    ])
      expect(text, s).toContain(squash(s))
  })
})
