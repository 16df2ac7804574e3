// 回访记录表 printed through pdfmake and read back with pdftotext: every yes/no question is asked
// with the words of the act dialog (FOLLOW_UP_VISIT_QUESTIONS) and carries the recorded answer.
import { describe, expect, it } from 'vitest'
import { buildDocument } from '../../shared/documents/registry'
import { ACT_FIELDS } from '../../shared/domain/case/act-fields'
import {
  FOLLOW_UP_VISIT_QUESTION_ORDER,
  FOLLOW_UP_VISIT_QUESTIONS,
  type FollowUpVisitQuestionKey,
} from '../../shared/domain/case/visit-questions'
import { SAMPLES } from '../fixtures/documents/samples'
import { pdfText, renderPdf, squash } from './render'

type Answers = Record<FollowUpVisitQuestionKey, boolean>

const YES = '■是□否'
const NO = '□是■否'

async function printedText(input: unknown): Promise<string> {
  const built = buildDocument('followUpVisit', input, SAMPLES.followUpVisit.ctx)
  if (!built.ok) throw new Error(built.errors.join('; '))
  return squash(pdfText(await renderPdf(built.definition)))
}

function inputWith(a: Answers) {
  return {
    ...SAMPLES.followUpVisit.input,
    conduct: {
      conductProper: a.conductProper,
      rightsExplained: a.rightsExplained,
      integrityIssues: a.integrityIssue,
    },
    needsGuidance: a.needsGuidance,
  }
}

describe('回访记录表 questions (鄂市监法〔2022〕42号 第十五项; 恩施州《行政处罚案件回访制度》)', () => {
  it('the act dialog labels each checkbox with the question the form prints', () => {
    const labels = Object.fromEntries(ACT_FIELDS.followUpVisit.map((f) => [f.key, f.label]))
    for (const key of FOLLOW_UP_VISIT_QUESTION_ORDER) {
      expect(labels[key], key).toBe(FOLLOW_UP_VISIT_QUESTIONS[key])
    }
  })

  it.each<[string, Answers]>([
    [
      'all proper, no guidance needed',
      { conductProper: true, rightsExplained: true, integrityIssue: false, needsGuidance: false },
    ],
    [
      'improper conduct, rights not told, 吃拿卡要 found, guidance needed',
      { conductProper: false, rightsExplained: false, integrityIssue: true, needsGuidance: true },
    ],
    [
      'proper conduct, rights not told, no integrity issue, guidance needed',
      { conductProper: true, rightsExplained: false, integrityIssue: false, needsGuidance: true },
    ],
  ])('%s: each question is printed with its answer', async (_name, answers) => {
    const text = await printedText(inputWith(answers))
    for (const key of FOLLOW_UP_VISIT_QUESTION_ORDER) {
      const expected = `${FOLLOW_UP_VISIT_QUESTIONS[key]}：${answers[key] ? YES : NO}`
      expect(text, key).toContain(squash(expected))
    }
    expect(text).not.toContain('出示执法证件')
  })

  it('a snapshot frozen with the old key prints its 文明规范 answer under today’s question', async () => {
    const legacy = {
      ...SAMPLES.followUpVisit.input,
      conduct: { certificateShown: false, rightsExplained: true, integrityIssues: false },
    }
    const text = await printedText(legacy)
    expect(text).toContain(squash(`${FOLLOW_UP_VISIT_QUESTIONS.conductProper}：${NO}`))
    expect(text).toContain(squash(`${FOLLOW_UP_VISIT_QUESTIONS.rightsExplained}：${YES}`))
  })
})
