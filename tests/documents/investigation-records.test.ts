// 现场笔录, 询问通知书, 询问笔录, 不予立案审批表, 听证笔录 and 听证报告 printed through pdfmake and
// read back with pdftotext: each prints what its act captured and the wording the law requires
// (APL Arts. 43, 55, 64; SAMR-PR Art. 20). Field layouts follow the 2021 model set [U].
import { beforeAll, describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/documents/registry'
import type { DocumentKind } from '../../shared/documents/kinds'
import { SAMPLES } from '../fixtures/documents/samples'
import { pdfPageCount, pdfText, renderPdf, squash } from './render'

const KINDS = [
  'onSiteRecord',
  'inquiryNotice',
  'inquiryRecord',
  'nonFilingApproval',
  'hearingRecord',
  'hearingReport',
] as const satisfies readonly DocumentKind[]

const texts = new Map<DocumentKind, string>()

async function printed(kind: DocumentKind, input: unknown = SAMPLES[kind].input): Promise<string> {
  const built = buildDocument(kind, input, SAMPLES[kind].ctx)
  if (!built.ok) throw new Error(`${kind}: ${built.errors.join('; ')}`)
  return squash(pdfText(await renderPdf(built.definition)).replace(/—\s*\d+\s*—/g, ''))
}

beforeAll(async () => {
  for (const kind of KINDS) texts.set(kind, await printed(kind))
}, 60_000)

const has = (kind: DocumentKind, ...parts: string[]) => {
  for (const part of parts) expect(texts.get(kind), part).toContain(squash(part))
}

describe('现场笔录 (form 9)', () => {
  it('prints time, place, officers with certificates, the person present and the findings', () => {
    has(
      'onSiteRecord',
      '现场笔录',
      '2026年1月8日9时30分至10时40分',
      '武汉市汉阳区汉阳大道588号1栋1层当事人经营场所',
      '陈志强（执法证号：42010123001）',
      '李建国',
      '420105197203153216',
      '已超过保质期',
      '对检查情况无异议',
    )
  })
  it('records that the certificates were shown and the recusal right told, and the signatures', () => {
    has(
      'onSiteRecord',
      '执法人员已向现场负责人出示执法证件',
      '申请执法人员回避的权利',
      '现场负责人核对意见',
      '记录人签名',
    )
  })
})

describe('records: the people recorded sign every page; the confirmation is written by hand', () => {
  it.each([
    ['onSiteRecord', ['现场负责人（签名）：', '执法人员（签名）：']],
    ['inquiryRecord', ['被询问人（签名）：', '询问人（签名）：']],
    ['hearingRecord', ['当事人（代理人）（签名）：', '听证主持人（签名）：']],
  ] as const)('%s', async (kind, signers) => {
    const built = buildDocument(kind, SAMPLES[kind].input, SAMPLES[kind].ctx)
    if (!built.ok) throw new Error(built.errors.join('; '))
    const pdf = await renderPdf(built.definition)
    const pages = pdfPageCount(pdf)
    for (let page = 1; page <= pages; page += 1) {
      const text = squash(pdfText(pdf, { page }))
      for (const signer of signers) expect(text, `第${page}页`).toContain(squash(signer))
      expect(text).toContain(`第${page}页共${pages}页`)
    }
    expect(texts.get(kind)).not.toMatch(/与我所[说述]的?一致|确认无误|与现场情况一致/)
  })
})

describe('询问通知书 (form 13)', () => {
  it('asks the party to come at the time and place, with the materials, and carries the contact block', () => {
    has(
      'inquiryNotice',
      '询问通知书',
      '鄂汉阳市监询通〔2026〕3号',
      '武汉市汉阳区鑫源副食品商行有限公司：',
      '为调查了解你单位经营超过保质期的酱牛肉的有关情况，根据《中华人民共和国行政处罚法》第五十五条的规定',
      '于2026年1月13日9时30分到武汉市汉阳区市场监督管理局执法稽查大队询问室接受询问调查',
      '涉案酱牛肉的进货票据',
      '不得拒绝或者阻挠',
      '12315',
    )
  })
})

describe('询问笔录 (form 14)', () => {
  it('prints the person asked, the rights told and the Q&A line by line', () => {
    has(
      'inquiryRecord',
      '询问笔录',
      '2026年1月13日9时30分至10时15分',
      '被询问人',
      '李建国',
      '男',
      '与本案关系法定代表人（当事人：武汉市汉阳区鑫源副食品商行有',
      '执法人员陈志强、刘晓燕已向被询问人出示执法证件',
      '问：你是否申请执法人员回避？',
      '答：不申请。',
      '被询问人核对意见',
    )
  })
})

describe('不予立案审批表 (form 7, SAMR-PR Art. 20)', () => {
  it('prints the ground as Art. 20 reads, the opinions and approval', () => {
    has(
      'nonFilingApproval',
      '不予立案审批表',
      '汉阳区钟家村堃淼便利店',
      '属于《市场监督管理行政处罚程序规定》第二十条规定的“违法行为轻微并及时改正，没有造成危害后果”情形，建议不予立案。',
      '建议不予立案。',
      '同意不予立案。',
      '王海',
    )
  })
})

describe('听证笔录 (form 40) and 听证报告 (form 41)', () => {
  it('the record prints the hearing officers, both sides and the signatures after checking', () => {
    has(
      'hearingRecord',
      '听证笔录',
      '2026年3月4日9时30分至11时00分',
      '公开',
      '孙丽',
      '何涛',
      '马静',
      '王律师（委托代理人）',
      '调查人员',
      '有现场笔录、询问笔录和进货票据为证',
      '请求从轻处罚',
      '当事人（代理人）核对意见',
      '听证主持人',
    )
  })
  it('a party that did not appear is printed as such', async () => {
    const text = await printed('hearingRecord', {
      ...SAMPLES.hearingRecord.input,
      partyAppeared: false,
      partyAttendees: [],
    })
    expect(text).toContain(squash('当事人无正当理由未出席听证'))
  })
  it('the report prints the conclusion and the presider’s opinion, signed by the presider', () => {
    has(
      'hearingReport',
      '听证报告',
      '听证主持人：孙丽',
      '听证员：何涛',
      '违法事实清楚，证据确凿；当事人主动退款，可依法从轻处罚。',
      '建议维持没收违法所得130元',
      '处理意见',
      '听证主持人年月日',
    )
  })
})
