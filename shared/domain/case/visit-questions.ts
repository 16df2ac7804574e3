// The yes/no questions of a 回访 (follow-up visit), worded once: the act dialog labels its
// checkboxes with them and the printed 回访记录表 asks them, so what the officer ticks is what the
// form prints. Content per docs/domain/visit-and-service.md (恩施州《行政处罚案件回访制度》 and
// 鄂市监法〔2022〕42号 第十五项): whether officers acted properly, told the party its rights and
// remedies, sought benefits (吃拿卡要), and whether the party needs guidance.

/** The boolean fields of the followUpVisit payload that record an answer to a question. */
export type FollowUpVisitQuestionKey =
  'conductProper' | 'rightsExplained' | 'integrityIssue' | 'needsGuidance'

/** Question text of each yes/no field of a 回访, answered 是 (true) or 否 (false). */
export const FOLLOW_UP_VISIT_QUESTIONS: Readonly<Record<FollowUpVisitQuestionKey, string>> = {
  conductProper: '执法人员是否文明规范执法',
  rightsExplained: '执法人员是否告知当事人权利和救济途径',
  integrityIssue: '执法人员是否存在吃拿卡要等廉政问题',
  needsGuidance: '当事人是否需要进一步的行政指导',
}

/** The questions in the order the dialog and the printed form ask them. */
export const FOLLOW_UP_VISIT_QUESTION_ORDER: readonly FollowUpVisitQuestionKey[] = [
  'conductProper',
  'rightsExplained',
  'integrityIssue',
  'needsGuidance',
]
