// 警示劝诫书, 书面告诫书, 合规经营承诺书 and 服务意见建议反馈表 (鄂市监法〔2022〕42号 items 十三, 十五)
// printed through pdfmake and read back with pdftotext: each says what it is in the policy's
// words and carries the office's contact block with the 12315 hotline.
import { beforeAll, describe, expect, it } from 'vitest'
import type { DocumentKind } from '../../shared/documents/kinds'
import { sampleTexts, squash } from './render'

const KINDS = [
  'warningLetter',
  'cautionLetter',
  'complianceCommitment',
  'serviceFeedback',
] as const satisfies readonly DocumentKind[]

let texts = new Map<DocumentKind, string>()

beforeAll(async () => {
  texts = await sampleTexts(KINDS)
}, 60_000)

const has = (kind: DocumentKind, ...parts: string[]) => {
  for (const part of parts) expect(texts.get(kind), part).toContain(squash(part))
}

describe('警示劝诫书 and 书面告诫书 (item 十三)', () => {
  it('警示劝诫书: findings, provision, the measure named as the policy does, not a penalty', () => {
    has(
      'warningLetter',
      '警示劝诫书',
      '鄂汉阳市监警示〔2026〕4号',
      '经查，你单位未在经营场所醒目位置公示食品经营许可证。上述行为不符合《中华人民共和国食品安全法》第三十五条的规定。',
      '（鄂市监法〔2022〕42号）第十三项，本局对你单位予以警示劝诫',
      '（一）立即将食品经营许可证悬挂于经营场所醒目位置。',
      '本警示劝诫属于柔性监管措施，不是行政处罚',
      '联系人：王敏',
      '投诉举报电话：12315',
    )
  })
  it('书面告诫书: the same frame with its own measure', () => {
    has(
      'cautionLetter',
      '书面告诫书',
      '鄂汉阳市监告诫〔2026〕2号',
      '本局对你单位予以书面告诫',
      '本书面告诫属于柔性监管措施，不是行政处罚',
      '投诉举报电话：12315',
    )
  })
})

describe('合规经营承诺书', () => {
  it('is addressed to the office, cites the decision and leaves the signatures to the party', () => {
    has(
      'complianceCommitment',
      '合规经营承诺书',
      '武汉市汉阳区市场监督管理局：',
      '经你局于2026年6月5日依法作出不予行政处罚决定（鄂汉阳市监不罚〔2026〕3号）',
      '（一）将营业执照置于经营场所醒目位置。',
      '承诺人（签章）：',
      '经营者（签名）：',
      '投诉举报电话：12315',
    )
    // The party signs it: no office sign-off.
    expect(texts.get('complianceCommitment')).not.toContain('（印章）')
  })
})

describe('服务意见建议反馈表 (item 十五)', () => {
  it('names the matter, the measures and the officers, with boxes for the party', () => {
    has(
      'serviceFeedback',
      '服务意见建议反馈表',
      '执法措施说服教育、不予行政处罚决定、回访',
      '执法人员陈志强、刘晓燕',
      '□满意□基本满意□不满意',
      '意见建议',
      '反馈人',
      '联系电话：027-84845678',
      '投诉举报电话：12315',
    )
  })
})
