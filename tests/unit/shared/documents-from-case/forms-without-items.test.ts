// The 2021 范本 forms without item lists and the policy letters are issued from a case's acts
// (docs/domain/capture-once.md): each act filled in full leaves nothing to ask, the form builds,
// and it is due only from the acts it belongs to.
import { describe, expect, it } from 'vitest'
import {
  applySupplements,
  documentsDue,
  mapDocument,
  type CaseSource,
  type IssuedRef,
} from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { DocumentKind } from '../../../../shared/documents/kinds'
import type { Act, ActPayload, ActType, CaseFacts } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, officers, pathB } from './paths'

const [li] = officers as [(typeof officers)[0]]

/** Path (b) up to the decision, with the acts of these forms added on their days. */
function withActs(extra: Array<[ActType, string, unknown]>, until = '2026-05-11'): CaseFacts {
  const c = pathB()
  const acts: Act[] = [
    ...c.acts.filter((a) => a.occurredOn <= until),
    ...extra.map(([type, on, payload]) => act(type, on, payload as ActPayload<typeof type>)),
  ].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
  return { ...c, acts, violationIds: ['fsl-124-1-5'] }
}

const src = (facts: CaseFacts, issued: IssuedRef[] = []): CaseSource => ({
  facts,
  officerUnits: {},
  issued,
})

function issue(facts: CaseFacts, kind: DocumentKind, issued: IssuedRef[] = []) {
  const s = src(facts, issued)
  const due = documentsDue(s).filter((d) => d.kind === kind)
  if (!due.length) throw new Error(`${kind} not due`)
  const doc = mapDocument(s, kind, due.at(-1)!.act.id)!
  const built = buildDocument(kind, doc.input, {
    ...hanyangContext,
    documentDate: doc.documentDate,
  })
  return { doc, due, errors: built.ok ? [] : built.errors }
}

const TESTING = {
  kind: 'inspection',
  institution: '武汉市食品质量安全监督检验所',
  items: '“香酥饼干”样品2盒，检验项目：过氧化值',
  partyNotified: true,
  requirements: '按照GB 7100-2015检验',
  dueOn: '2026-03-27',
}

describe('each form from its act, nothing asked when the act was filled in full', () => {
  it.each<[DocumentKind, Array<[ActType, string, unknown]>]>([
    [
      'matterApproval',
      [
        [
          'matterApproved',
          '2026-03-10',
          {
            matter: '委托检验',
            reason: '须经检验确定（市场监督管理行政处罚程序规定第三十二条）',
            officerOpinion: '建议委托检验',
            unitOpinion: '同意',
            unitHead: '周科长',
            approver: '刘局长',
          },
        ],
      ],
    ],
    [
      'serviceAddressConfirmation',
      [
        [
          'serviceAddressConfirmed',
          '2026-03-04',
          {
            signedBy: '陈明',
            address: '武汉市汉阳区鹦鹉大道18号',
            electronicConsent: true,
            electronicChannel: 'email',
            electronicAddress: 'chen@example.com',
          },
        ],
      ],
    ],
    [
      'materialsRequest',
      [
        [
          'materialsRequested',
          '2026-03-05',
          { materials: ['进货票据'], provideBy: '2026-03-12', serviceMethod: 'direct' },
        ],
      ],
    ],
    [
      'assistanceLetter',
      [
        [
          'assistanceRequested',
          '2026-03-05',
          { recipient: '武汉市武昌区市场监督管理局', matters: '核查供货者的销售记录' },
        ],
      ],
    ],
    ['testingCommission', [['testingStarted', '2026-03-12', TESTING]]],
    ['testingPeriodNotice', [['testingStarted', '2026-03-12', TESTING]]],
    [
      'testingResultNotice',
      [
        ['testingStarted', '2026-03-12', TESTING],
        ['testingConcluded', '2026-03-27', { result: '过氧化值不合格', partyNotified: true }],
      ],
    ],
    [
      'identificationRequest',
      [
        [
          'testingStarted',
          '2026-03-12',
          {
            ...TESTING,
            kind: 'rightsHolderIdentification',
            institution: '湖北香酥食品有限公司',
            identificationPurpose: 'identify',
          },
        ],
      ],
    ],
    [
      'refundOrder',
      [
        [
          'refundOrdered',
          '2026-04-11',
          {
            amountFen: 86_400,
            requirement: '向消费者逐一退还',
            refundBy: '2026-04-25',
            legalBasis: '《中华人民共和国价格法》第四十一条',
          },
        ],
      ],
    ],
    [
      'caseTransferLetter',
      [
        [
          'caseTransferred',
          '2026-03-20',
          {
            to: 'otherAuthority',
            recipient: '武汉市洪山区市场监督管理局',
            reason: '本案不属于本局管辖',
            materials: ['立案审批表'],
          },
        ],
      ],
    ],
    [
      'crimeTransferLetter',
      [
        [
          'caseTransferred',
          '2026-03-20',
          {
            to: 'judicial',
            recipient: '武汉市公安局汉阳区分局',
            reason: '涉案金额达到追诉标准',
            suspectedCrime: '销售伪劣产品',
          },
        ],
      ],
    ],
    [
      'designationNotice',
      [
        [
          'jurisdictionDesignated',
          '2026-03-02',
          { ground: 'dispute', designatedOffice: '武汉市汉阳区市场监督管理局' },
        ],
      ],
    ],
    [
      'assignmentNotice',
      [
        [
          'caseAssigned',
          '2026-03-02',
          { recipient: '鹦鹉洲市场监督管理所', requirements: '依法核查处理' },
        ],
      ],
    ],
    [
      'reminderLetter',
      [
        [
          'administrativeReminder',
          '2026-03-02',
          { method: 'written', content: '按照承诺完善经营场所设施', replyBy: '2026-03-20' },
        ],
      ],
    ],
    [
      'enforcementSuggestionLetter',
      [
        [
          'enforcementSuggestion',
          '2026-03-02',
          { method: 'written', content: '建立广告宣传内容审核制度' },
        ],
      ],
    ],
  ])('%s', (kind, extra) => {
    const { doc, errors } = issue(withActs(extra), kind)
    expect(doc.missing).toEqual([])
    expect(errors).toEqual([])
  })
})

describe('forms from acts of the existing procedure', () => {
  it('案件来源登记表 from 线索登记: the source, lead, registrar and the head’s decision (filed)', () => {
    const facts = withActs([])
    const clue = facts.acts.find((a) => a.type === 'clueRegistered')!
    Object.assign(clue.payload, { registrar: li.name, handlingOpinion: '建议核查', head: '周科长' })
    const { doc, errors } = issue(facts, 'caseSourceRegister')
    expect(doc.missing).toEqual([])
    expect(errors).toEqual([])
    expect(doc.input).toMatchObject({
      source: 'inspection',
      registrar: '李明',
      headOpinion: { text: '同意立案调查。', signer: '周科长' },
    })
  })

  it('案件来源登记表: a lead entered without registrar, opinion and head asks exactly those', () => {
    const { doc } = issue(withActs([]), 'caseSourceRegister')
    expect(doc.missing.map((m) => m.path)).toEqual([
      'registrar',
      'handlingOpinion.text',
      'handlingOpinion.signer',
      'headOpinion.signer',
    ])
  })

  it('行政处理决定审批表 from the decision: the proposal, the review and discussion, both opinions', () => {
    const c = pathB()
    const decision = c.acts.find((a) => a.type === 'penaltyDecision')!
    Object.assign(decision.payload, {
      unitOpinion: '建议作出行政处罚决定',
      unitHead: '周科长',
      approver: '刘局长',
    })
    const { doc, errors } = issue(c, 'decisionApproval')
    expect(doc.missing).toEqual([])
    expect(errors).toEqual([])
    expect(String(doc.input.proposal)).toMatch(/^拟给予.*罚款人民币.*依据：/)
    expect(doc.input.review).toMatch(/^法制审核意见：同意/)
    expect(doc.input.discussion).toBeTruthy()
    expect(doc.documentDate).toBe(decision.occurredOn)
  })

  it('强制执行申请书 from 申请强制执行: decision number, service and the 催告 from earlier acts', () => {
    const c = pathB()
    const decision = c.acts.find((a) => a.type === 'penaltyDecision')!
    const acts = [
      ...c.acts.filter((a) => a.type !== 'caseClosed' && a.occurredOn <= '2026-06-10'),
      act('enforcementApplied', '2026-09-20', {
        court: '武汉市汉阳区人民法院',
        amountFen: 1_000_000,
        head: '刘局长',
      }),
    ]
    const issued: IssuedRef[] = [
      {
        kind: 'penaltyDecision',
        docNo: '鄂汉阳市监处罚〔2026〕12号',
        status: 'issued',
        sourceActIds: [decision.id],
      },
    ]
    const { doc, errors } = issue({ ...c, acts }, 'enforcementApplication', issued)
    expect(doc.missing).toEqual([])
    expect(errors).toEqual([])
    expect(doc.input).toMatchObject({
      decisionNumber: '鄂汉阳市监处罚〔2026〕12号',
      decisionDate: '2026-05-12',
      servedOn: '2026-05-13',
      reminderServedOn: '2026-06-10',
    })
  })

  it('行政处罚文书送达公告 only for 公告送达; the reason from the 送达 act, else asked', () => {
    const c = pathB()
    expect(documentsDue(src(c)).some((d) => d.kind === 'servicePublicNotice')).toBe(false)
    const acts = c.acts.map((a) =>
      a.type === 'decisionServed'
        ? ({ ...a, payload: { ...a.payload, method: 'publicNotice' } } as Act)
        : a,
    )
    const { doc } = issue({ ...c, acts }, 'servicePublicNotice')
    expect(doc.input).toMatchObject({ documentTitle: '行政处罚决定书', isDecision: true })
    expect(doc.missing.map((m) => m.path)).toEqual(['reason'])
    const answered = applySupplements(doc.input, doc.missing, { reason: '当事人下落不明' })
    const built = buildDocument('servicePublicNotice', answered, {
      ...hanyangContext,
      documentDate: doc.documentDate,
    })
    expect(built.ok ? [] : built.errors).toEqual([])
    const withReason = acts.map((a) =>
      a.type === 'decisionServed'
        ? ({ ...a, payload: { ...a.payload, publicNoticeReason: '邮寄送达被退回' } } as Act)
        : a,
    )
    const full = issue({ ...c, acts: withReason }, 'servicePublicNotice')
    expect(full.doc.missing).toEqual([])
    expect(full.errors).toEqual([])
  })

  it('a transfer gives the 移送函 or the 移送书 after its recipient, never both', () => {
    const transfer = (to: 'otherAuthority' | 'judicial') =>
      documentsDue(
        src(
          withActs([
            [
              'caseTransferred',
              '2026-03-20',
              { to, recipient: '某机关', reason: '不属于本局管辖' },
            ],
          ]),
        ),
      ).map((d) => d.kind)
    expect(transfer('otherAuthority')).toContain('caseTransferLetter')
    expect(transfer('otherAuthority')).not.toContain('crimeTransferLetter')
    expect(transfer('judicial')).toContain('crimeTransferLetter')
    expect(transfer('judicial')).not.toContain('caseTransferLetter')
  })

  it('a 委托 gives the 委托书 and 期间告知书 titled after its kind; a rights holder’s 辨认 the form 16', () => {
    const due = (kind: string) =>
      documentsDue(src(withActs([['testingStarted', '2026-03-12', { ...TESTING, kind }]]))).filter(
        (d) => d.act.type === 'testingStarted',
      )
    expect(due('inspection').map((d) => d.title)).toEqual(['检验委托书', '检验期间告知书'])
    expect(due('appraisal').map((d) => d.title)).toEqual(['鉴定委托书', '鉴定期间告知书'])
    expect(due('rightsHolderIdentification').map((d) => d.kind)).toEqual(['identificationRequest'])
  })
})
