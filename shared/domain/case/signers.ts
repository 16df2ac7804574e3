// Who may sign an act: the 审核人员 of a 案件审核/法制审核 is not one of the case's own officers and
// holds the 法制审核人员 role; the 听证主持人 is not one of the case's officers; approvers and 集体讨论
// participants hold the 负责人 role. Checked on the register ids a payload carries (acts entered
// before the ids existed carry none and pass).
// Rules and sources: docs/domain/signers.md.
import { type OfficerRole } from '../settings/schemas'
import { type Act } from './acts'
import { type CaseFacts } from './case'

/** One officer of the register as the checks need it (no PIN, no contact details). */
export interface RegisterOfficer {
  id: string
  name: string
  roles: readonly OfficerRole[]
  active: boolean
}

/** 市场监督管理行政处罚程序规定 articles on case review (docs/domain/deadlines.md: "investigators cannot review"). */
const REVIEW_RULE = '市场监督管理行政处罚程序规定第四十九条至第五十二条'

/** Refusal when the reviewer is one of the case's own officers. */
export const OWN_CASE_REVIEW_MESSAGE = `办案人员不得审核本人办理的案件（${REVIEW_RULE}），请从执法人员名单中选择本案办案人员以外的法制审核人员`

const roleName: Record<OfficerRole, string> = {
  handler: '办案人员',
  legalReviewer: '法制审核人员',
  head: '负责人',
}

/** Why each approving act needs a 负责人 (the approval named on its 审批表). */
const APPROVAL_RULES: Partial<Record<Act['type'], string>> = {
  caseFiled: '立案须经市场监督管理部门负责人批准（市场监督管理行政处罚程序规定第十九条）',
  filingDeclined: '不予立案须经市场监督管理部门负责人批准（市场监督管理行政处罚程序规定第二十条）',
  investigationSuspended: '中止调查须经市场监督管理部门负责人批准',
  investigationTerminated:
    '终止调查须经市场监督管理部门负责人批准（市场监督管理行政处罚程序规定第四十七条）',
  paymentArrangementApproved: '延期或分期缴纳罚款须经行政机关批准（行政处罚法第六十六条第二款）',
  caseClosed: '结案须经市场监督管理部门负责人批准（市场监督管理行政处罚程序规定第七十七条）',
}
/** Refusal when the hearing presider is one of the case's officers. */
export const OWN_CASE_PRESIDER_MESSAGE =
  '听证由行政机关指定的非本案调查人员主持（行政处罚法第六十四条第四项），请从执法人员名单中选择本案办案人员以外的人员'

const COLLECTIVE_RULE =
  '集体讨论由市场监督管理部门负责人参加（市场监督管理行政处罚程序规定第六十条第二款；行政处罚法第五十七条第二款）'

/** The register id(s) of the signers an act names, with the role each must hold and why. */
interface Signers {
  ids: string[]
  /** The role each must hold (none: any officer of the register). */
  role?: OfficerRole
  what: string
  rule: string
  /** Set when the case's own officers may not sign: the refusal. */
  notOwnCase?: string
}

function signersOf(act: Act): Signers | null {
  if (act.type === 'caseReviewed') {
    const id = act.payload.reviewerId
    return id
      ? {
          ids: [id],
          role: 'legalReviewer',
          what: '审核人员',
          rule: REVIEW_RULE,
          notOwnCase: OWN_CASE_REVIEW_MESSAGE,
        }
      : null
  }
  if (act.type === 'hearingNoticeServed' || act.type === 'hearingHeld') {
    const id = act.payload.presiderId
    return id
      ? {
          ids: [id],
          what: '听证主持人',
          rule: '行政处罚法第六十四条第四项',
          notOwnCase: OWN_CASE_PRESIDER_MESSAGE,
        }
      : null
  }
  if (act.type === 'collectiveDiscussion') {
    const ids = act.payload.participantIds
    return ids?.length ? { ids, role: 'head', what: '集体讨论参加人', rule: COLLECTIVE_RULE } : null
  }
  const rule = APPROVAL_RULES[act.type]
  if (!rule) return null
  const id = (act.payload as { approverId?: string }).approverId
  return id ? { ids: [id], role: 'head', what: '批准的负责人', rule } : null
}

/**
 * The register ids an act names as its signers (审核人员, 批准的负责人, 集体讨论参加人, 听证主持人);
 * empty when it names none.
 */
export function signerIdsOf(act: Act): string[] {
  return signersOf(act)?.ids ?? []
}

/**
 * The act types a person with `roles` signs in their own right, whoever handles the case: the
 * 法制审核 opinion (法制审核人员), the approvals and the 集体讨论 (负责人). On a case another
 * officer holds these stay open to them (./assignment.ts, docs/sync.md "Assignment").
 */
export function signedActTypes(roles: readonly OfficerRole[]): Act['type'][] {
  const types: Act['type'][] = []
  if (roles.includes('legalReviewer')) types.push('caseReviewed')
  if (roles.includes('head')) {
    types.push('collectiveDiscussion', ...(Object.keys(APPROVAL_RULES) as Act['type'][]))
  }
  return types
}

/**
 * Why the signers an act names may not sign it (Chinese, naming the rule); empty when they may.
 * Without `register` only the own-case rules (reviewer, hearing presider) are checked (it needs the case alone); with it, every
 * named id must be an active officer of the register holding the role the act needs. Acts that
 * carry no register ids (entered before them) are not checked.
 */
export function signerReasons(
  c: Pick<CaseFacts, 'officers'>,
  act: Act,
  register?: readonly RegisterOfficer[],
): string[] {
  const signers = signersOf(act)
  if (!signers) return []
  const reasons: string[] = []
  if (signers.notOwnCase) {
    const own = new Set(c.officers.map((o) => o.officerId))
    if (signers.ids.some((id) => own.has(id))) reasons.push(signers.notOwnCase)
  }
  if (new Set(signers.ids).size !== signers.ids.length) {
    reasons.push(`${signers.what}不能重复选择同一人`)
  }
  if (!register) return reasons
  const byId = new Map(register.map((o) => [o.id, o]))
  for (const id of signers.ids) {
    const o = byId.get(id)
    if (!o) {
      reasons.push(`${signers.what}不在执法人员名单中，请从名单中选择（设置—执法人员）`)
    } else if (!o.active) {
      reasons.push(`${signers.what}${o.name}已停用，请选择在岗人员（设置—执法人员）`)
    } else if (signers.role && !o.roles.includes(signers.role)) {
      const role = roleName[signers.role]
      reasons.push(
        `${signers.what}${o.name}不是${role}：${signers.rule}；请选择具有“${role}”角色的人员，或在“设置—执法人员”中为其设置角色`,
      )
    }
  }
  return reasons
}
