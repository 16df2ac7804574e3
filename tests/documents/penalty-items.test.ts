// Documents from the per-violation penalty items (docs/domain/discretion.md): the printed text of
// the 行政处罚决定书, 法制审核表, 责令改正通知书, 调查终结报告, 履行催告书 and 结案审批表, the
// mappers that fill them from a case, and inputs frozen by the earlier template versions.
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/documents/registry'
import type { DocumentKind } from '../../shared/documents/kinds'
import type { TDocumentDefinitions } from '../../shared/documents/pdf-types'
import { collectText } from '../../shared/documents/fonts/glyphs'

/** The text of a definition without line breaks (as squash leaves pdftotext output). */
const flat = (content: TDocumentDefinitions['content']) => squash(collectText(content))
import {
  applySupplements,
  documentsDue,
  mapDocument,
  type CaseSource,
  type MissingField,
} from '../../shared/documents/from-case'
import {
  correctionOrderCitations,
  resolveViolations,
} from '../../shared/documents/from-case/violations'
import { remedyPendingRanges } from '../../shared/documents/from-case/map-decision'
import { joinProvisions } from '../../shared/documents/blocks/penalty'
import { BUILTIN_VIOLATIONS, findViolation } from '../../shared/discretion/catalogue'
import { formatProvision, type PenaltyItem, type ViolationEntry } from '../../shared/discretion'
import type { Act, CaseFacts } from '../../shared/domain/case'
import { SAMPLES, SAMPLE_VIOLATIONS } from '../fixtures/documents/samples'
import { act, officers, pathA, pathB } from '../unit/shared/documents-from-case/paths'
import { contextOn } from '../fixtures/documents/context'
import { pdfText, renderPdf, squash } from './render'

const printed = new Map<DocumentKind, string>()

async function textOfPdf(definition: TDocumentDefinitions): Promise<string> {
  return squash(pdfText(await renderPdf(definition)).replace(/—\s*\d+\s*—/g, ''))
}

function build(kind: DocumentKind, input: unknown, ctx = SAMPLES[kind].ctx): TDocumentDefinitions {
  const built = buildDocument(kind, input, ctx)
  if (!built.ok) throw new Error(`${kind}: ${built.errors.join('; ')}`)
  return built.definition
}

beforeAll(async () => {
  for (const kind of [
    'penaltyDecision',
    'caseReview',
    'correctionOrder',
    'investigationReport',
    'paymentReminder',
    'closingApproval',
  ] as const) {
    printed.set(kind, await textOfPdf(build(kind, SAMPLES[kind].input)))
  }
}, 60_000)

const has = (kind: DocumentKind, ...sentences: string[]) => {
  for (const s of sentences) expect(printed.get(kind) ?? '', s).toContain(squash(s))
}

describe('printed text of the samples (pdftotext)', () => {
  it('行政处罚决定书: each violation with its provisions, basis and penalty, then the combined penalty and the exact 罚没款 total (APL Art. 59)', () => {
    has(
      'penaltyDecision',
      '（一）经营超过保质期的食品。该行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，依法从轻处以没收违法所得人民币壹佰叁拾元整（130.00元），罚款人民币陆万元整（60,000.00元）。',
      '（二）经营标签不符合规定的预包装食品。该行为违反了《中华人民共和国食品安全法》第六十七条第一款、第七十一条第一款的规定',
      '处以罚款人民币贰万元整（20,000.00元）。',
      '本局决定对当事人合并作出如下行政处罚：',
      '（二）罚款人民币捌万元整（80,000.00元）',
      '以上罚没款合计人民币捌万零壹佰叁拾元整（80,130.00元），其中罚款80,000.00元、没收违法所得130.00元。',
    )
  })

  it('行政处罚决定书: 责令改正 joined to the decision cites APL Art. 28 para 1 with the date and the requirement', () => {
    has(
      'penaltyDecision',
      '依据《中华人民共和国行政处罚法》第二十八条第一款的规定，责令当事人限期于2026年3月20日前改正上述违法行为。改正要求：停止经营超过保质期的食品',
    )
  })

  it('法制审核表: the discretion sentence is computed from the numbers (¥50,000–¥100,000, fine ¥60,000 → 20 %, 从轻档)', () => {
    has(
      'caseReview',
      '法定罚款幅度为5万元以上10万元以下，拟罚款6万元，位于该幅度的20%处，属从轻档（5万元至6.5万元）。',
      '裁量：从轻。情节：主动消除或者减轻违法行为危害后果（行政处罚法第三十二条第一项）。理由：当事人主动下架并销毁涉案食品',
      '法定罚款幅度为5000元以上5万元以下，拟罚款2万元，位于该幅度的33.3%处，属一般档',
    )
    expect(printed.get('caseReview')).not.toContain('法定最低限额')
  })

  it('责令改正通知书: cites the provisions violated and APL Art. 28 para 1 with the basis that orders correction', () => {
    has(
      'correctionOrder',
      '你单位的上述行为违反了《中华人民共和国食品安全法》第五十三条第一款、第五十三条第二款的规定。依据《中华人民共和国行政处罚法》第二十八条第一款和《中华人民共和国食品安全法》第一百二十六条第一款第（三）项的规定，责令你单位于2026年4月13日前改正上述违法行为。',
    )
  })

  it('调查终结报告: 情节 and proposal per violation agree with the proposed items', () => {
    has(
      'investigationReport',
      '（一）经营超过保质期的食品：裁量：从轻。',
      '（二）经营标签不符合规定的预包装食品：裁量：一般。',
      '（一）经营超过保质期的食品：依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，建议从轻处以没收违法所得人民币壹佰叁拾元整（130.00元），罚款人民币陆万元整（60,000.00元）。',
      '建议处以罚款人民币贰万元整（20,000.00元）。',
    )
  })

  it('履行催告书: period end, surcharge to the reminder date, and 3 % a day 至实际缴纳之日 capped at the fine (APL Art. 72 para 1 item 1)', () => {
    has(
      'paymentReminder',
      '你单位缴纳罚款的期限已于2026年3月30日届满。自2026年3月31日起至2026年4月10日，应加处罚款人民币贰万陆仟肆佰元整（26,400.00元）。',
      '加处罚款继续每日按未缴纳罚款数额的百分之三计算至实际缴纳之日，加处罚款的总额不超出未缴纳罚款的数额人民币捌万元整（80,000.00元）。',
      '十个工作日内',
    )
  })

  it('结案审批表: the fine, confiscation and surcharge actually paid', () => {
    has('closingApproval', '已缴纳罚款80,000.00元、没收违法所得130.00元、加处罚款50,400.00元。')
  })
})

describe('行政处罚告知书 with violations (APL Art. 44)', () => {
  it('states each violation with its proposed penalty before the combined proposed penalty', () => {
    const text = flat(
      build('penaltyNotice', {
        ...SAMPLES.penaltyNotice.input,
        violations: SAMPLE_VIOLATIONS,
        proposedPenalties: [
          { type: '没收违法所得', amountFen: 13_000 },
          { type: '罚款', amountFen: 8_000_000 },
        ],
      }).content,
    )
    expect(text).toContain(
      squash(
        '（一）经营超过保质期的食品。该行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定，依据《中华人民共和国食品安全法》第一百二十四条第一款第（五）项的规定，拟依法从轻处以没收违法所得',
      ),
    )
    expect(text).toContain(squash('本局拟对你单位合并作出如下行政处罚：'))
  })
})

describe('法制审核表 discretion sentence', () => {
  const review = (violations: unknown) =>
    flat(build('caseReview', { ...SAMPLES.caseReview.input, violations }).content)

  it('a fine at the maximum is never called the legal minimum', () => {
    const [first] = SAMPLE_VIOLATIONS
    const atMax = {
      ...first,
      penalties: [{ type: '罚款', amountFen: 10_000_000 }],
      discretion: 'heavier',
      grounds: ['多次违法'],
      reason: '一年内第二次经营超过保质期食品',
      fine: { ...first!.fine, fineFen: 10_000_000 },
    }
    const text = review([atMax])
    expect(text).toContain('拟罚款10万元，位于该幅度的100%处，属从重档')
    expect(text).not.toContain('最低限额')
  })

  it('a violation without a fine rule prints its penalty without a range sentence', () => {
    const warningOnly = {
      name: '未按规定公示营业执照',
      violates: '《市场主体登记管理条例》第三十一条',
      basis: '《市场主体登记管理条例》第四十八条',
      penalties: [{ type: '警告' }],
      discretion: 'general',
      grounds: [],
    }
    const text = review([SAMPLE_VIOLATIONS[0], warningOnly])
    expect(text.match(/法定罚款幅度/g)).toHaveLength(1)
    expect(text).toContain('拟处警告。裁量：一般。')
  })

  it('refuses a discretion input whose fine differs from the violation’s 罚款', () => {
    const [first] = SAMPLE_VIOLATIONS
    const wrong = { ...first, fine: { ...first!.fine, fineFen: 7_000_000 } }
    const built = buildDocument(
      'caseReview',
      { ...SAMPLES.caseReview.input, violations: [wrong] },
      SAMPLES.caseReview.ctx,
    )
    expect(built.ok).toBe(false)
  })
})

describe('inputs frozen by the earlier template versions still build with their old text', () => {
  const strip = (input: object, ...keys: string[]) =>
    Object.fromEntries(Object.entries(input).filter(([k]) => !keys.includes(k)))

  it.each([
    [
      'penaltyDecision',
      strip(SAMPLES.penaltyDecision.input, 'violations', 'forfeiture', 'correctionOrder'),
      '第一百二十五条第一款第（二）项的规定，本局决定对当事人作出如下行政处罚：',
      ['罚没款合计', '分别裁量'],
    ],
    [
      'caseReview',
      strip(SAMPLES.caseReview.input, 'violations'),
      '没收违法所得130元，罚款80000元',
      ['违法行为及裁量', '法定罚款幅度'],
    ],
    [
      'correctionOrder',
      strip(SAMPLES.correctionOrder.input, 'violations'),
      '根据《中华人民共和国行政处罚法》第二十八条第一款和《中华人民共和国食品安全法》第一百二十六条第一款第（三）项的规定，本局责令你单位',
      [],
    ],
    [
      'investigationReport',
      {
        ...strip(SAMPLES.investigationReport.input, 'violations'),
        discretion: '涉案食品货值金额较小，当事人积极配合调查。',
      },
      '涉案食品货值金额较小，当事人积极配合调查。',
      ['裁量：'],
    ],
    [
      'paymentReminder',
      strip(SAMPLES.paymentReminder.input, 'dueDate'),
      '截至2026年4月10日，加处罚款为人民币贰万陆仟肆佰元整（26,400.00元）。',
      ['实际缴纳之日'],
    ],
    [
      'closingApproval',
      strip(SAMPLES.closingApproval.input, 'paid'),
      '行政处罚决定执行完毕',
      ['已缴纳'],
    ],
  ] as const)('%s', (kind, input, expected, absent) => {
    const text = flat(build(kind, input).content)
    expect(squash(text)).toContain(squash(expected))
    for (const a of absent) expect(text).not.toContain(a)
  })

  it('an investigation report without violations still requires the discretion text', () => {
    const built = buildDocument(
      'investigationReport',
      { ...SAMPLES.investigationReport.input, violations: undefined, discretion: '' },
      SAMPLES.investigationReport.ctx,
    )
    expect(built.ok).toBe(false)
    if (!built.ok) expect(built.errors.join()).toContain('自由裁量理由')
  })
})

// ---- mappers ----

const ANSWER: Record<MissingField['input'], string> = {
  text: '补充内容',
  textarea: '补充的详细内容。',
  date: '2026-06-01',
  time: '09:30',
  lines: '证据一\n证据二',
  speakerLines: '刘局长：同意',
}

const source = (facts: CaseFacts, extra: Partial<CaseSource> = {}): CaseSource => ({
  facts,
  officerUnits: { [officers[0]!.officerId]: '食品安全监管科' },
  issued: [],
  ...extra,
})

function mappedInput(src: CaseSource, kind: DocumentKind) {
  const due = documentsDue(src).find((d) => d.kind === kind)
  if (!due) throw new Error(`${kind} not due`)
  const doc = mapDocument(src, kind, due.act.id)
  if (!doc) throw new Error(`${kind} not mapped`)
  const answers = Object.fromEntries(doc.missing.map((m) => [m.path, ANSWER[m.input]]))
  return { doc, input: applySupplements(doc.input, doc.missing, answers) }
}

const entry = (id: string): ViolationEntry => {
  const e = findViolation(BUILTIN_VIOLATIONS, id)
  if (!e) throw new Error(`catalogue entry ${id} missing`)
  return e
}

function item(id: string, over: Partial<PenaltyItem>): PenaltyItem {
  const e = entry(id)
  return {
    violationId: id,
    violationName: e.name,
    violates: e.violates.map(formatProvision).join('、'),
    basis: formatProvision(e.basis),
    ...(e.fine ? { fineRule: e.fine } : {}),
    warning: false,
    fineFen: 0,
    confiscatedGainsFen: 0,
    confiscatedPropertyValueFen: 0,
    discretion: 'general',
    grounds: [],
    correctionRequired: e.correctionMandatory,
    ...over,
  }
}

/** pathB with the decision's penalty split into two violations and 责令改正 joined to it. */
function pathBWithItems(): CaseFacts {
  const facts = pathB()
  const items: PenaltyItem[] = [
    item('fsl-125-1-2-label', {
      goodsValueFen: 80_000,
      fineFen: 3_000_000,
      confiscatedGainsFen: 80_000,
    }),
    item('fsl-126-1-3', {
      warning: true,
      fineFen: 2_000_000,
      discretion: 'lighter',
      grounds: ['art32_1'],
      reason: '当事人主动补建进货查验记录',
    }),
  ]
  for (const a of facts.acts) {
    if (a.type === 'penaltyDecision') {
      a.payload.penalty = { ...a.payload.penalty, items }
      a.payload.correction = { mode: 'immediate', requirement: '建立并执行进货查验记录制度' }
    }
  }
  return facts
}

describe('mappers fill the new fields from the case', () => {
  it('行政处罚决定书: items → violations with their discretion inputs, 罚没款 amounts, 责令改正 (APL Art. 28)', async () => {
    const { input } = mappedInput(source(pathBWithItems()), 'penaltyDecision')
    expect(input.violations).toHaveLength(2)
    expect(input.violations).toMatchObject([
      {
        name: '生产经营标签、说明书不符合食品安全法规定的食品、食品添加剂',
        discretion: 'general',
        fine: {
          fineFen: 3_000_000,
          facts: { goodsValueFen: 80_000 },
          bands: { lighterPercent: 30, heavierPercent: 30 },
        },
      },
      {
        discretion: 'lighter',
        grounds: ['主动消除或者减轻违法行为危害后果（行政处罚法第三十二条第一项）'],
        penalties: [{ type: '警告' }, { type: '罚款', amountFen: 2_000_000 }],
      },
    ])
    expect(input.forfeiture).toEqual({
      fineFen: 5_000_000,
      confiscatedGainsFen: 80_000,
      confiscatedPropertyValueFen: 0,
    })
    expect(input.correctionOrder).toEqual({
      mode: 'immediate',
      requirement: '建立并执行进货查验记录制度',
    })
    const text = await textOfPdf(build('penaltyDecision', input, contextOn('2026-05-12')))
    expect(text).toContain(
      squash(
        '以上罚没款合计人民币伍万零捌佰元整（50,800.00元），其中罚款50,000.00元、没收违法所得800.00元。',
      ),
    )
    expect(text).toContain(
      squash(
        '依据《中华人民共和国行政处罚法》第二十八条第一款的规定，责令当事人立即改正上述违法行为。改正要求：建立并执行进货查验记录制度。',
      ),
    )
  })

  it('the office’s discretion bands are used for the 法制审核表 sentence', () => {
    const facts = pathBWithItems()
    const concluded = facts.acts.find((a) => a.type === 'investigationConcluded')!
    const decision = facts.acts.find((a) => a.type === 'penaltyDecision')!
    if (concluded.type === 'investigationConcluded' && decision.type === 'penaltyDecision')
      concluded.payload.proposedPenalty = decision.payload.penalty
    const settings = { discretionBands: { lighterPercent: 60, heavierPercent: 20 } }
    const { input } = mappedInput(
      source(facts, { ruleSettings: settings as CaseSource['ruleSettings'] }),
      'caseReview',
    )
    const text = flat(build('caseReview', input, contextOn('2026-05-08')).content)
    // ¥30,000 in ¥5,000–¥50,000 is at 55.6 %: 从轻 under bands 60/20, 一般 under the default 30/30.
    expect(text).toContain('拟罚款3万元，位于该幅度的55.6%处，属从轻档（5000元至3.2万元）')
  })

  it('a penalty recorded before items existed maps to the old layout (no violations, no discretion inputs)', () => {
    const { input } = mappedInput(source(pathB()), 'penaltyDecision')
    expect(input.violations).toBeUndefined()
    expect(input.correctionOrder).toBeUndefined()
    expect(flat(build('penaltyDecision', input, contextOn('2026-05-12')).content)).toContain(
      '罚没款合计',
    )
  })

  it('履行催告书: surcharge from the FINE_DUE deadline rolled to a working day, days of a pending review left out (APL Arts. 72, 73)', async () => {
    const decision = act('penaltyDecision', '2026-03-12', {
      penalty: {
        warning: false,
        circulatedCriticism: false,
        fineFen: 8_000_000,
        confiscatedGainsFen: 0,
        confiscatedPropertyValueFen: 0,
        licenceAction: 'none',
        businessRestriction: 'none',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条第一款第（五）项',
      },
    })
    const acts: Act[] = [
      ...pathB().acts.filter((a) => ['clueRegistered', 'caseFiled'].includes(a.type)),
      decision,
      act('decisionServed', '2026-03-13', {
        decisionActId: decision.id,
        method: 'direct',
        recipient: '陈明',
        publicationNotified: true,
        electronicConsent: false,
      }),
      act('remedyFiled', '2026-04-01', { kind: 'review', body: '武汉市汉阳区人民政府' }),
      act('remedyConcluded', '2026-04-05', { result: 'upheld' }),
      act('reminderServed', '2026-04-10', {
        amountDueFen: 8_000_000,
        surchargeFen: 0,
        serviceMethod: 'direct',
      }),
    ]
    const facts = { ...pathB(), acts }
    expect(remedyPendingRanges(facts, '2026-04-10')).toEqual([
      { from: '2026-04-01', to: '2026-04-05' },
    ])
    const { input } = mappedInput(source(facts), 'paymentReminder')
    // 2026-03-28 (15 days after service) is a Saturday → due Monday 2026-03-30; 11 days to 04-10,
    // of which 04-01…04-05 (5 days) under review: 6 days × 3 % × ¥80,000 = ¥14,400.
    expect(input).toMatchObject({ dueDate: '2026-03-30', excludedDays: 5, surchargeFen: 1_440_000 })
    const text = await textOfPdf(build('paymentReminder', input, contextOn('2026-04-10')))
    expect(text).toContain(squash('其中申请行政复议或者提起行政诉讼期间的5日依法不计算加处罚款'))
    expect(text).toContain(squash('计算至实际缴纳之日'))
  })

  it('履行催告书: once the surcharge equals the unpaid fine it stops growing (APL Art. 72 cap)', () => {
    const built = flat(
      build('paymentReminder', {
        ...SAMPLES.paymentReminder.input,
        asOf: '2026-06-30',
        surchargeFen: 8_000_000,
      }).content,
    )
    expect(built).toContain('加处罚款已达到未缴纳罚款的数额，不再增加。')
    expect(built).not.toContain('此后按上述标准计算')
  })

  it('结案审批表: the surcharge paid recorded at closing is printed with the fine and confiscation paid', () => {
    const facts = pathB()
    for (const a of facts.acts) if (a.type === 'caseClosed') a.payload.surchargePaidFen = 123_400
    const { input } = mappedInput(source(facts), 'closingApproval')
    expect(input.paid).toEqual({
      fineFen: 5_000_000,
      confiscatedGainsFen: 0,
      surchargeFen: 123_400,
    })
    expect(flat(build('closingApproval', input, contextOn('2026-06-20')).content)).toContain(
      '已缴纳罚款50,000.00元、加处罚款1,234.00元。',
    )
  })
})

describe('责令改正通知书 from the case’s violations', () => {
  const withViolations = (ids: string[]) => ({ ...pathA(), violationIds: ids })

  it('cites the provisions violated and the basis that orders correction (APL Art. 28 para 1)', () => {
    const { doc, input } = mappedInput(source(withViolations(['fsl-126-1-3'])), 'correctionOrder')
    expect(doc.missing.map((m) => m.path)).not.toContain('violatedProvision')
    expect(input.violatedProvision).toBe(
      '《中华人民共和国食品安全法》第五十三条第一款、第五十三条第二款',
    )
    const text = flat(build('correctionOrder', input, contextOn('2026-09-08')).content)
    expect(text).toContain(
      '依据《中华人民共和国行政处罚法》第二十八条第一款和《中华人民共和国食品安全法》第一百二十六条第一款第（三）项的规定，责令你单位于2026年9月18日前改正上述违法行为。',
    )
  })

  it('a basis that does not itself order correction is not cited for the order', () => {
    const cited = correctionOrderCitations(source(withViolations(['fsl-124-1-5'])))
    expect(cited?.legalBasis).toBe('《中华人民共和国行政处罚法》第二十八条第一款')
    expect(cited?.violatedProvision).toBe('《中华人民共和国食品安全法》第三十四条第（十）项')
  })

  it('without violations the order prints what was entered on the act, as before', () => {
    const { doc, input } = mappedInput(source(pathA()), 'correctionOrder')
    expect(doc.missing.map((m) => m.path)).toContain('violatedProvision')
    expect(input.violations).toBeUndefined()
    expect(flat(build('correctionOrder', input, contextOn('2026-09-08')).content)).toContain(
      '根据《中华人民共和国行政处罚法》第二十八条第一款的规定，本局责令你单位',
    )
  })

  it('resolves ids against the catalogue it is given: order kept, unknown ids skipped, office entries win', () => {
    const office: ViolationEntry = {
      ...entry('fsl-126-1-3'),
      name: '本局裁量基准：未建立进货查验记录',
    }
    const merged = [...BUILTIN_VIOLATIONS.filter((e) => e.id !== office.id), office]
    expect(
      resolveViolations(['fsl-126-1-3', 'no-such-id', 'fsl-124-1-5'], merged).map((e) => e.name),
    ).toEqual(['本局裁量基准：未建立进货查验记录', entry('fsl-124-1-5').name])
  })
})

describe('joinProvisions', () => {
  it.each([
    [
      ['《食品安全法》第五十三条第一款', '《食品安全法》第五十三条第二款'],
      '《食品安全法》第五十三条第一款、第五十三条第二款',
    ],
    [
      ['《食品安全法》第六十七条第一款、《食品安全法》第七十一条第一款'],
      '《食品安全法》第六十七条第一款、第七十一条第一款',
    ],
    [
      ['《广告法》第九条', '《食品安全法》第七十三条', '《广告法》第九条'],
      '《广告法》第九条、《食品安全法》第七十三条',
    ],
  ])('%j → %s', (input, expected) => {
    expect(joinProvisions(input)).toBe(expected)
  })
})
