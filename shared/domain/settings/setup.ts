/**
 * First-run readiness: what an office must enter before it can open cases.
 */
import type { ContactVersion, OfficeProfile, Officer } from './schemas'

/**
 * A case is handled by at least two officers with enforcement credentials
 * (行政处罚法 Art. 42; 市场监督管理行政处罚程序规定 Art. 19).
 */
export const minCaseOfficers = 2

export interface SetupStatus {
  profileComplete: boolean
  activeHandlers: number
  officersComplete: boolean
  /** 0 = office profile, 1 = officers, 2 = done — the ElSteps index to resume at. */
  nextStep: 0 | 1 | 2
}

/**
 * Where the guided setup stands: the profile needs its stable record and at least one contact
 * version; officers need `minCaseOfficers` active officers holding the 办案人员 role.
 */
export function setupStatus(
  profile: OfficeProfile | null | undefined,
  contacts: readonly ContactVersion[],
  officers: readonly Officer[],
): SetupStatus {
  const profileComplete = Boolean(profile) && contacts.length > 0
  const activeHandlers = officers.filter((o) => o.active && o.roles.includes('handler')).length
  const officersComplete = activeHandlers >= minCaseOfficers
  const nextStep = !profileComplete ? 0 : !officersComplete ? 1 : 2
  return { profileComplete, activeHandlers, officersComplete, nextStep }
}
