// Capture once, print everywhere (docs/domain/capture-once.md): when each act's dialog was filled
// in full — times, place, recorder, signers, opinions — and the evidence was registered once,
// every document of the three paths is filled from the acts and asks the officer nothing.
import { describe, expect, it } from 'vitest'
import {
  documentsDue,
  mapDocument,
  type CaseSource,
  type IssuedRef,
} from '../../../../shared/documents/from-case'
import { buildDocument } from '../../../../shared/documents/registry'
import type { Act, CaseFacts } from '../../../../shared/domain/case'
import { hanyangContext } from '../../../fixtures/documents/context'
import { act, officers, pathA, pathB, pathC } from './paths'

const [li, zhang] = officers as [(typeof officers)[0], (typeof officers)[0]]

/** What each act's dialog captures for its documents, by act type. */
const CAPTURED: Partial<Record<Act['type'], Record<string, unknown>>> = {
  clueRegistered: {
    registrar: li.name,
    registrarId: li.officerId,
    handlingOpinion: '建议核查，视情况决定是否立案',
    head: '周科长',
  },
  penaltyDecision: { unitOpinion: '建议作出行政处罚决定', unitHead: '周科长', approver: '刘局长' },
  interviewNoticeServed: { time: '09:30' },
  interviewHeld: {
    startTime: '09:30',
    endTime: '10:20',
    recorder: zhang.name,
    recorderId: zhang.officerId,
    followUp: '整改期满后实地复查',
  },
  correctionReviewed: { place: '武汉市汉阳区鹦鹉大道18号', nextStep: '已按要求整改，不予立案' },
  caseFiled: { unitOpinion: '建议立案调查', unitHead: '周科长' },
  investigationConcluded: {
    characterisation: '当事人的行为构成经营超过保质期的食品',
    discretionReason: '当事人主动配合调查，依法在法定幅度内处罚',
  },
  caseReviewed: {
    jurisdictionOpinion: '主体认定准确，本局有管辖权',
    factsOpinion: '事实清楚，证据确凿',
    characterisationOpinion: '定性准确',
    legalBasisOpinion: '适用依据正确',
    procedureOpinion: '程序合法',
    appropriatenessOpinion: '裁量适当',
    headOpinion: '同意审核意见',
    head: '吴科长',
  },
  hearingNoticeServed: { time: '09:00', recorder: zhang.name, recorderId: zhang.officerId },
  hearingHeld: {
    startTime: '09:00',
    endTime: '10:30',
    recorder: zhang.name,
    recorderId: zhang.officerId,
    partyAttendees: ['陈明（法定代表人）'],
    partyStatement: '对事实无异议，请求从轻处罚',
    reportConclusion: '违法事实清楚，证据确凿',
    reportOpinion: '建议维持拟处罚意见',
  },
  collectiveDiscussion: {
    startTime: '15:00',
    endTime: '16:00',
    place: '局三楼会议室',
    host: '刘局长',
    hostPosition: '局长',
    recorder: li.name,
    opinions: ['刘局长：同意办案机构意见', '赵副局长：同意'],
  },
  caseClosed: {
    officerOpinion: '处罚决定已执行完毕，建议结案。',
    unitOpinion: '同意结案',
    unitHead: '周科长',
  },
  followUpVisit: { time: '10:00' },
  noPenaltyDecision: {
    commitments: ['将营业执照置于经营场所醒目位置'],
    unitOpinion: '建议不予行政处罚',
    unitHead: '周科长',
    approver: '刘局长',
  },
}

/** The path with every act's dialog filled in full, the evidence registered and the violation named. */
function captured(facts: CaseFacts, evidenceOn?: string): CaseFacts {
  const acts = facts.acts.map(
    (a) => ({ ...a, payload: { ...a.payload, ...(CAPTURED[a.type] ?? {}) } }) as Act,
  )
  if (evidenceOn)
    acts.push(
      act('evidenceRecorded', evidenceOn, {
        items: ['现场检查笔录1份，证明当事人经营场所存放超过保质期的饼干', '询问笔录1份'],
        // What its 证据提取单 prints (the dialog's optional fields, filled in full).
        provider: '陈明（法定代表人）',
        place: '当事人经营场所',
      }),
    )
  acts.sort((a, b) => a.occurredOn.localeCompare(b.occurredOn))
  return { ...facts, acts }
}

/** The documents a path has issued before each later one cites them (their 文号). */
function issuedAll(facts: CaseFacts): IssuedRef[] {
  const src: CaseSource = { facts, officerUnits: {}, issued: [] }
  return documentsDue(src).map((d, i) => ({
    kind: d.kind,
    docNo: `鄂汉阳市监文〔2026〕${i + 1}号`,
    status: 'issued',
    sourceActIds: [d.act.id],
  }))
}

function pathCWithOrder(): CaseFacts {
  const c = pathC()
  c.acts.splice(
    2,
    0,
    act('correctionOrderServed', '2026-06-02', {
      violation: '营业执照未悬挂于经营场所醒目位置',
      legalBasis: '《中华人民共和国行政处罚法》第二十八条第一款',
      requirement: '将营业执照置于经营场所醒目位置',
      mode: 'byDate',
      correctBy: '2026-06-03',
      serviceMethod: 'direct',
    }),
  )
  return c
}

const PATHS: ReadonlyArray<readonly [string, CaseFacts]> = [
  ['(a) 约谈 → 责令改正 → 复查 → 回访', { ...captured(pathA()), violationIds: ['fsl-126-1-3'] }],
  [
    '(b) 立案 → 告知 → 听证 → 法制审核 → 集体讨论 → 决定 → 结案',
    { ...captured(pathB(), '2026-03-20'), violationIds: ['fsl-124-1-5'] },
  ],
  ['(c) 首违不罚 → 回访 → 结案', { ...captured(pathCWithOrder()), violationIds: ['reg-48-1'] }],
]

describe('capture once: a path entered in full asks nothing when its documents are issued', () => {
  for (const [name, facts] of PATHS) {
    const src: CaseSource = {
      facts,
      officerUnits: { [li.officerId]: '食品安全监管科' },
      issued: issuedAll(facts),
    }
    for (const due of documentsDue(src)) {
      it(`${name}: ${due.title}`, () => {
        const doc = mapDocument(src, due.kind, due.act.id)!
        expect(doc.missing.map((m) => m.label)).toEqual([])
        const built = buildDocument(due.kind, doc.input, {
          ...hanyangContext,
          documentDate: doc.documentDate,
        })
        expect(built.ok, JSON.stringify(built)).toBe(true)
      })
    }
  }

  it('the 证据清单 prints on the report, the notice and the decision (APL Art. 46)', () => {
    const facts = PATHS[1]![1]
    const src: CaseSource = { facts, officerUnits: {}, issued: issuedAll(facts) }
    const at = (kind: 'investigationReport' | 'penaltyNotice' | 'penaltyDecision') => {
      const due = documentsDue(src).find((d) => d.kind === kind)!
      return mapDocument(src, kind, due.act.id)!.input
    }
    expect(at('investigationReport').evidence).toEqual([
      '现场检查笔录1份，证明当事人经营场所存放超过保质期的饼干',
      '询问笔录1份',
    ])
    expect(at('penaltyDecision').evidence).toHaveLength(2)
    expect(at('penaltyNotice').evidenceSummary).toBe(
      '现场检查笔录1份，证明当事人经营场所存放超过保质期的饼干；询问笔录1份。',
    )
  })

  it('evidence registered after a document’s date is not printed on it', () => {
    const facts = captured(pathB(), '2026-05-11') // after the report (04-10), before the decision
    const src: CaseSource = { facts, officerUnits: {}, issued: [] }
    const report = documentsDue(src).find((d) => d.kind === 'investigationReport')!
    const mapped = mapDocument(src, 'investigationReport', report.act.id)!
    expect(mapped.missing.map((m) => m.path)).toContain('evidence')
  })
})
