// 典型案例 (鄂市监法〔2022〕42号 items 十四, 十八): a draft from a closed case — 案情, 处理, 法律依据 and
// 以案释法 (written by the officer) — and its text for publication with party names and personal
// data masked (docs/domain/statistics.md).
import {
  CASE_SOURCES,
  NO_PENALTY_GROUNDS,
  viewCase,
  type CaseFacts,
  type Party,
} from '../domain/case'
import { formatFenAsYuan } from '../money'
import { formatChineseDate } from '../util/date'
import { penaltyContent, redactPersonalData, violationType } from './summary'

/** The four parts of a 典型案例, each editable before export. */
export interface TypicalCaseDraft {
  title: string
  facts: string
  handling: string
  basis: string
  lesson: string
}

const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '钟离',
  '端木',
  '申屠',
  '南宫',
  '独孤',
]

/** A natural person's name as published: surname + 某 (赵玥镕 → 赵某, 欧阳娜 → 欧阳某). */
export function maskPersonName(name: string): string {
  const n = name.trim()
  if (n === '') return n
  const compound = COMPOUND_SURNAMES.find((s) => n.startsWith(s) && n.length > s.length)
  return `${compound ?? n.slice(0, 1)}某`
}

const ORG_SUFFIXES = [
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '分公司',
  '公司',
  '专业合作社',
  '合作社',
  '大药房',
  '药房',
  '超市',
  '商行',
  '经营部',
  '门市部',
  '加油站',
  '酒店',
  '餐厅',
  '饭店',
  '便利店',
  '店',
  '厂',
  '中心',
  '馆',
  '行',
  '部',
]
const REGION = /^(?:[^省市区县旗]{1,9}?(?:省|自治区|市|自治州|州|盟|区|县|旗))+/

/**
 * An organisation's name as published in a 典型案例: the region and the legal form kept, the
 * distinctive part replaced by 某 (武汉市汉阳区鑫源商贸有限公司 → 武汉市汉阳区某有限公司).
 */
export function maskOrganisationName(name: string): string {
  const n = name.trim()
  const suffix = ORG_SUFFIXES.find((s) => n.endsWith(s)) ?? ''
  const region = REGION.exec(n.slice(0, n.length - suffix.length))?.[0] ?? ''
  return `${region}某${suffix}`
}

/** Name replacements for a party: [original, published] pairs, longest first. */
export function partyNameMasks(p: Party, keepOrganisationName: boolean): [string, string][] {
  const out: [string, string][] = []
  if (p.kind === 'naturalPerson') out.push([p.name, maskPersonName(p.name)])
  if (p.kind === 'soleTrader') {
    if (!keepOrganisationName) out.push([p.name, maskOrganisationName(p.name)])
    out.push([p.operatorName, maskPersonName(p.operatorName)])
  }
  if (p.kind === 'organisation') {
    if (!keepOrganisationName) out.push([p.name, maskOrganisationName(p.name)])
    out.push([p.legalRepresentative, maskPersonName(p.legalRepresentative)])
  }
  return out.filter(([a]) => a.trim() !== '').sort((a, b) => b[0].length - a[0].length)
}

const SOURCE_PHRASES: Partial<Record<string, string>> = {
  inspection: '在监督检查中发现',
  complaint: '根据投诉举报发现',
  approval: '在审批中发现',
  monitoring: '通过监测发现',
  referral: '根据移送的线索发现',
  assigned: '根据上级交办的线索发现',
  other: '发现',
}

/** How the case came to the office, as a phrase of the 案情. */
function sourcePhrase(source: CaseFacts['source']): string {
  const label = (CASE_SOURCES as Record<string, string>)[source] ?? ''
  return SOURCE_PHRASES[source] ?? (label ? `经${label}发现` : '发现')
}

/** Whether a case can be a 典型案例: closed, with an effective decision. */
export function isTypicalCaseCandidate(c: Pick<CaseFacts, 'acts'>): boolean {
  const v = viewCase(c)
  return v.closed && v.decision !== undefined
}

/**
 * The first draft of a 典型案例 from a closed case: the 案情 from the source and the
 * investigation report summary, the 处理 from the decision, the 法律依据 from the decision's
 * basis. The 以案释法 part is left for the officer (nothing in the case says it).
 */
export function typicalCaseDraft(c: CaseFacts, authority: string): TypicalCaseDraft {
  const v = viewCase(c)
  const d = v.decision
  const report = v.last('investigationConcluded')
  const type = violationType(c.cause)
  const facts = [
    `${formatChineseDate(c.sourceDate)}，${authority}${sourcePhrase(c.source)}，${c.party.name}涉嫌${type}。`,
    report ? report.payload.summary : '',
  ]
    .filter(Boolean)
    .join('')
  let handling = ''
  let basis = ''
  if (d?.type === 'penaltyDecision') {
    const lenient = d.payload.leniency
      ? `鉴于当事人${d.payload.leniency.explanation}，依法${d.payload.leniency.kind === 'lighter' ? '从轻' : '减轻'}处罚。`
      : ''
    handling = `${lenient}${formatChineseDate(d.occurredOn)}，${authority}依法对当事人作出行政处罚：${penaltyContent(d.payload.penalty)}。`
    basis = d.payload.penalty.legalBasis
  } else if (d?.type === 'summaryPenalty') {
    const parts = [
      d.payload.warning ? '警告' : '',
      d.payload.fineFen > 0 ? `罚款人民币${formatFenAsYuan(d.payload.fineFen)}元` : '',
    ]
    handling = `${formatChineseDate(d.occurredOn)}，执法人员依法当场作出行政处罚：${parts.filter(Boolean).join('；')}。`
    basis = d.payload.legalBasis
  } else if (d?.type === 'noPenaltyDecision') {
    handling = `${formatChineseDate(d.occurredOn)}，${authority}依法对当事人作出不予行政处罚决定。${d.payload.reason}`
    basis = `《中华人民共和国行政处罚法》：${NO_PENALTY_GROUNDS[d.payload.ground]}`
  }
  return { title: `${c.party.name}${type}案`, facts, handling, basis, lesson: '' }
}

/** What is missing before a draft can be exported (Chinese), or an empty list. */
export function typicalCaseProblems(d: TypicalCaseDraft): string[] {
  const labels: [keyof TypicalCaseDraft, string][] = [
    ['title', '标题'],
    ['facts', '案情'],
    ['handling', '处理'],
    ['basis', '法律依据'],
    ['lesson', '以案释法'],
  ]
  return labels.filter(([k]) => d[k].trim() === '').map(([, l]) => `请填写${l}`)
}

/**
 * The 典型案例 text for publication: the party's names masked (natural persons always;
 * organisations unless `keepOrganisationName`, e.g. a serious case published "处罚到人" under item
 * 十四), then every ID number, phone and natural person's address masked.
 */
export function typicalCaseText(
  d: TypicalCaseDraft,
  party: Party,
  opts: { keepOrganisationName: boolean },
): string {
  const body = [
    `典型案例：${d.title.trim()}`,
    '',
    '一、案情',
    d.facts.trim(),
    '',
    '二、处理',
    d.handling.trim(),
    '',
    '三、法律依据',
    d.basis.trim(),
    '',
    '四、以案释法',
    d.lesson.trim(),
  ].join('\n')
  let out = body
  for (const [from, to] of partyNameMasks(party, opts.keepOrganisationName)) {
    out = out.split(from).join(to)
  }
  return `${redactPersonalData(out, party)}\n`
}
