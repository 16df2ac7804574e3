import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import { DOCUMENT_KIND_INFO, DOCUMENT_KINDS, type DocumentKind } from '../../shared/documents/kinds'
import {
  DOCUMENT_REGISTRY,
  buildDocument,
  listDocumentKinds,
} from '../../shared/documents/registry'
import { docNumberText } from '../../shared/documents/blocks/frame'
import { formatChineseDate } from '../../shared/util/date'
import {
  advanceNoticeRightsSentences,
  lateSurchargeSentence,
  notSuspendedSentence,
  onTheSpotReviewFirstSentence,
  paymentAccountLines,
  paymentSentence,
  publicationSentence,
  reviewOrLitigationSentence,
} from '../../shared/documents/blocks/rights'
import { NO_PENALTY_DECISION_SENTENCES } from '../../shared/documents/templates/no-penalty-decision'
import { readCmapCodePoints } from '../../shared/documents/fonts/cmap'
import { collectText, findUnprintableCharacters } from '../../shared/documents/fonts/glyphs'
import { fontFilesOf, BUNDLED_FONT_SET } from '../../shared/documents/fonts/font-set'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { SAMPLES } from '../fixtures/documents/samples'
import { bundledFontPath, pdfText, renderPdf, squash } from './render'

const ctxOf = (kind: DocumentKind) => SAMPLES[kind].ctx
const definitions = new Map<DocumentKind, TDocumentDefinitions>()
const texts = new Map<DocumentKind, string>()
const pdfs = new Map<DocumentKind, Buffer>()

beforeAll(async () => {
  for (const kind of DOCUMENT_KINDS) {
    const built = buildDocument(kind, SAMPLES[kind].input, ctxOf(kind))
    if (!built.ok) throw new Error(`${kind}: ${built.errors.join('; ')}`)
    definitions.set(kind, built.definition)
    const pdf = await renderPdf(built.definition)
    pdfs.set(kind, pdf)
    texts.set(kind, squash(pdfText(pdf).replace(/—\s*\d+\s*—/g, '')))
  }
}, 60_000)

const textOf = (kind: DocumentKind) => texts.get(kind) ?? ''
const has = (kind: DocumentKind, ...sentences: string[]) => {
  for (const sentence of sentences) expect(textOf(kind), sentence).toContain(squash(sentence))
}

const PRINTED_TITLE: Partial<Record<DocumentKind, string>> = {
  caseReview: '法制审核表',
  caseFileCover: '行政处罚案卷',
  // The 范本's “/” means choose one: the samples print the one that applies.
  identificationRequest: '协助辨认通知书',
  testingCommission: '检验委托书',
  testingPeriodNotice: '检验期间告知书',
  testingResultNotice: '检验结果告知书',
}

describe.each(DOCUMENT_KINDS)('%s — common requirements', (kind) => {
  const info = DOCUMENT_KIND_INFO[kind]

  it('prints the office and the title', () => {
    has(kind, PRINTED_TITLE[kind] ?? info.title)
    if (kind !== 'caseFileToc' && kind !== 'caseFileNotes') has(kind, ctxOf(kind).officeName)
  })

  it('prints the 文号 in the GB/T 9704 form when the kind has one', () => {
    const input = SAMPLES[kind].input as {
      docNumber?: { year: number; serial: number | null } | null
    }
    const number = docNumberText(kind, ctxOf(kind), input.docNumber)
    if (info.defaultCode === null) {
      expect(number).toBeNull()
      return
    }
    expect(number).toMatch(/^鄂汉阳市监[^市]+〔2026〕[1-9]\d*号$/)
    has(kind, number ?? '')
  })

  it(
    info.partyFacing
      ? 'carries the contact block and the hotline 12315 (鄂市监法〔2022〕42号 item 十五)'
      : 'carries no contact block (internal)',
    () => {
      const c = ctxOf(kind).contact
      if (info.partyFacing) {
        has(
          kind,
          `联系人：${c.contactPerson}`,
          `联系电话：${c.contactPhone}`,
          `联系地址：${c.contactAddress}`,
          '投诉举报电话：12315',
        )
        has(kind, formatChineseDate(ctxOf(kind).documentDate))
      } else {
        expect(textOf(kind)).not.toContain('投诉举报电话')
      }
    },
  )

  it('names the party when it has one', () => {
    const input = SAMPLES[kind].input as { party?: { name: string } }
    if (input.party) has(kind, input.party.name)
  })

  it('uses only characters the bundled fonts can print', () => {
    const sets = fontFilesOf(BUNDLED_FONT_SET).map((file) =>
      readCmapCodePoints(readFileSync(bundledFontPath(file))),
    )
    const definition = definitions.get(kind)
    expect(definition).toBeDefined()
    expect(findUnprintableCharacters(collectText(definition?.content ?? ''), sets)).toEqual([])
  })

  it('records the template kind and version in the PDF metadata', () => {
    const info = execFileSync('pdfinfo', ['-'], { input: pdfs.get(kind) }).toString('utf8')
    expect(info).toContain(`CaseDesk ${kind} v${DOCUMENT_KIND_INFO[kind].version}`)
    expect(info).toMatch(/Producer:\s+CaseDesk/)
  })
})

describe('legally required content per type (docs/domain/documents.md)', () => {
  it('行政处罚决定书: payment, surcharge, remedies to the named government and court, non-suspension, publication', () => {
    const ctx = ctxOf('penaltyDecision')
    has(
      'penaltyDecision',
      reviewOrLitigationSentence({
        documentName: '行政处罚决定书',
        reviewBody: '武汉市汉阳区人民政府',
        court: '武汉市汉阳区人民法院',
      }),
      notSuspendedSentence(),
      paymentSentence({ documentName: '行政处罚决定书', payment: ctx.payment }),
      ...paymentAccountLines(ctx.payment),
      lateSurchargeSentence(),
      publicationSentence(),
      '罚款人民币捌万元整（80,000.00元）',
      '没收违法所得人民币壹佰叁拾元整（130.00元）',
      '当事人：武汉市汉阳区鑫源副食品商行有限公司',
      '统一社会信用代码：91420105MA4K12345U',
      '法定代表人：李建国',
    )
    expect(textOf('penaltyDecision')).toContain('六十日内向武汉市汉阳区人民政府申请行政复议')
    expect(textOf('penaltyDecision')).toContain('六个月内直接向武汉市汉阳区人民法院提起行政诉讼')
    expect(textOf('penaltyDecision')).toContain('百分之三')
  })

  it('当场行政处罚决定书: review first (ARL Art. 23), no ordinary remedy text, no publication, two officers', () => {
    has(
      'onTheSpotDecision',
      onTheSpotReviewFirstSentence({ reviewBody: '武汉市汉阳区人民政府' }),
      notSuspendedSentence(),
      '罚款人民币贰佰元整（200.00元）',
    )
    has(
      'onTheSpotDecision',
      '陈志强（执法证号：42010123001）',
      '刘晓燕（执法证号：42010123002）',
      '当事人签收',
    )
    expect(textOf('onTheSpotDecision')).not.toContain('直接向')
    expect(textOf('onTheSpotDecision')).not.toContain('国家企业信用信息公示系统')
  })

  it('行政处罚告知书: five working days with the end date, hearing right, deemed waiver, no heavier penalty', () => {
    for (const s of advanceNoticeRightsSentences({
      pronoun: '你单位',
      replyDeadline: '2026-02-24',
      hearingRight: true,
    }))
      has('penaltyNotice', s)
    has(
      'penaltyNotice',
      '五个工作日内（截止日期：2026年2月24日）',
      '视为放弃',
      '不因你单位陈述、申辩或者要求听证而给予更重的处罚',
      '罚款人民币壹拾万元整（100,000.00元）',
    )
  })

  it('行政处罚告知书 without hearing scope does not offer a hearing', () => {
    const built = buildDocument(
      'penaltyNotice',
      { ...SAMPLES.penaltyNotice.input, hearingRight: false },
      ctxOf('penaltyNotice'),
    )
    expect(built.ok).toBe(true)
    if (built.ok) expect(collectText(built.definition.content)).not.toContain('听证')
  })

  it('行政处罚听证通知书: time, place, roles, recusal, agents, waiver', () => {
    has(
      'hearingNotice',
      '2026年3月4日9时30分',
      '武汉市汉阳区市场监督管理局三楼听证室',
      '孙丽担任听证主持人',
      '马静担任记录员',
      '申请回避',
      '一至二人',
      '视为放弃听证权利',
      '公开举行',
    )
  })

  it('责令改正通知书: deadline date, legal basis and remedies', () => {
    has('correctionOrder', '于2026年4月13日前改正', '《中华人民共和国行政处罚法》第二十八条第一款')
    has(
      'correctionOrder',
      reviewOrLitigationSentence({
        documentName: '通知书',
        reviewBody: '武汉市汉阳区人民政府',
        court: '武汉市汉阳区人民法院',
      }),
    )
  })

  it('不予行政处罚决定书: the ground, education (APL Art. 33 para 3) and remedies', () => {
    has(
      'noPenaltyDecision',
      NO_PENALTY_DECISION_SENTENCES.art33_1_s2,
      '第三十三条第三款',
      '六十日内向武汉市汉阳区人民政府申请行政复议',
    )
  })

  it('履行催告书: unpaid amount, surcharge, ten working days, right to state and defend, court enforcement', () => {
    has(
      'paymentReminder',
      '十个工作日内',
      '应加处罚款人民币贰万陆仟肆佰元整（26,400.00元）',
      '有权进行陈述和申辩',
      '申请人民法院强制执行',
      '鄂汉阳市监处罚〔2026〕12号',
    )
  })

  it('行政约谈通知书: time and place of the interview', () => {
    has('interviewNotice', '2026年4月8日9时30分', '《中华人民共和国食品安全法》第一百一十四条')
  })

  it('internal forms carry their officers and approvals', () => {
    has(
      'filingApproval',
      '陈志强（执法证号：42010123001）',
      '同意立案',
      '2026年1月10日',
      '涉嫌经营超过保质期食品案',
    )
    has('caseReview', '■同意', '孙丽')
    has(
      'serviceReceipt',
      '《行政处罚决定书》（鄂汉阳市监处罚〔2026〕12号）',
      '■直接送达',
      '□留置送达',
    )
    has('closingApproval', '行政处罚决定执行完毕')
    has('followUpVisit', '■实地', '■满意')
    has('rectificationCheck', '■已整改')
    has('statementRecord', '陈述申辩人核对意见')
    has('interviewRecord', '整改期限：2026年4月13日前')
    has('collectiveDiscussion', '吴光明（局长）', '讨论决定')
    has('investigationReport', '五、处理意见')
    has('caseFileToc', '20260312', '卷内文件目录')
    has('caseFileNotes', '立卷人：刘晓燕')
  })
})

describe('rules encoded in schemas and builders', () => {
  it('a warning-only decision is not announced for publication (PubRule Art. 2)', () => {
    const built = buildDocument(
      'penaltyDecision',
      {
        ...SAMPLES.penaltyDecision.input,
        penalties: [{ type: '警告' }],
        violations: undefined,
        forfeiture: undefined,
      },
      ctxOf('penaltyDecision'),
    )
    expect(built.ok).toBe(true)
    if (built.ok) {
      const text = collectText(built.definition.content)
      expect(text).not.toContain('国家企业信用信息公示系统')
      expect(text).not.toContain('缴纳罚款')
    }
  })

  it.each([
    ['naturalPerson', 20_001, false],
    ['naturalPerson', 20_000, true],
  ] as const)(
    '当场 fine limit for a %s (APL Art. 51): %i 分 accepted = %s',
    (_kind, amountFen, ok) => {
      const built = buildDocument(
        'onTheSpotDecision',
        { ...SAMPLES.onTheSpotDecision.input, penalty: { type: '罚款', amountFen } },
        ctxOf('onTheSpotDecision'),
      )
      expect(built.ok).toBe(ok)
      if (!built.ok) expect(built.errors.join()).toContain('第五十一条')
    },
  )

  it('当场 fine limit for an organisation is ¥3,000', () => {
    const input = { ...SAMPLES.onTheSpotDecision.input, party: SAMPLES.penaltyDecision.input.party }
    expect(
      buildDocument(
        'onTheSpotDecision',
        { ...input, penalty: { type: '罚款', amountFen: 300_000 } },
        ctxOf('onTheSpotDecision'),
      ).ok,
    ).toBe(true)
    expect(
      buildDocument(
        'onTheSpotDecision',
        { ...input, penalty: { type: '罚款', amountFen: 300_001 } },
        ctxOf('onTheSpotDecision'),
      ).ok,
    ).toBe(false)
  })

  it('requires two officers (APL Art. 42)', () => {
    const built = buildDocument(
      'filingApproval',
      {
        ...SAMPLES.filingApproval.input,
        officers: SAMPLES.filingApproval.input.officers.slice(0, 1),
      },
      ctxOf('filingApproval'),
    )
    expect(built.ok).toBe(false)
    if (!built.ok) expect(built.errors.join()).toContain('不得少于两人')
  })

  it('caps the surcharge at the fine (APL Art. 72)', () => {
    const built = buildDocument(
      'paymentReminder',
      { ...SAMPLES.paymentReminder.input, surchargeFen: 8_000_001 },
      ctxOf('paymentReminder'),
    )
    expect(built.ok).toBe(false)
  })

  it('lets an office override a 文号 code, or switch the number off', () => {
    const ctx = { ...ctxOf('penaltyDecision'), docCodeOverrides: { penaltyDecision: '罚决' } }
    expect(docNumberText('penaltyDecision', ctx, { year: 2026, serial: 3 })).toBe(
      '鄂汉阳市监罚决〔2026〕3号',
    )
    const off = { ...ctxOf('penaltyDecision'), docCodeOverrides: { penaltyDecision: null } }
    expect(docNumberText('penaltyDecision', off, { year: 2026, serial: 3 })).toBeNull()
  })

  it('prints a blank serial on an unnumbered draft', () => {
    expect(docNumberText('penaltyNotice', ctxOf('penaltyNotice'), null)).toBe(
      '鄂汉阳市监罚告〔2026〕\u3000\u3000号',
    )
  })

  it('registers every kind with title, code, party-facing flag, schema and version', () => {
    expect(listDocumentKinds().map((k) => k.kind)).toEqual(DOCUMENT_KINDS)
    for (const kind of DOCUMENT_KINDS) {
      expect(DOCUMENT_REGISTRY[kind].kind).toBe(kind)
      expect(DOCUMENT_REGISTRY[kind].version).toBeGreaterThan(0)
    }
    const codes = Object.fromEntries(listDocumentKinds().map((k) => [k.kind, k.code]))
    expect(codes).toMatchObject({
      penaltyDecision: '市监处罚',
      hearingNotice: '市监听通',
      penaltyNotice: '市监罚告',
      onTheSpotDecision: '市监当罚',
      correctionOrder: '市监责改',
      noPenaltyDecision: '市监不罚',
      filingApproval: null,
    })
  })
})

describe('determinism', () => {
  it('renders the same input twice to byte-identical PDFs', async () => {
    const build = () =>
      DOCUMENT_REGISTRY.penaltyDecision.build(
        SAMPLES.penaltyDecision.input,
        ctxOf('penaltyDecision'),
      )
    const [a, b] = [await renderPdf(build()), await renderPdf(build())]
    expect(a.equals(b)).toBe(true)
    expect(JSON.stringify(build())).toBe(JSON.stringify(build()))
  })

  it('does not depend on the clock: the PDF creation date is the document date', () => {
    const info = execFileSync('pdfinfo', ['-isodates', '-'], {
      input: pdfs.get('penaltyDecision'),
    }).toString('utf8')
    expect(info).toMatch(/CreationDate:\s+2026-03-12T00:00:00/)
  })
})
