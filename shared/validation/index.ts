export { invalid, VALID, type ValidationResult } from './result'
export { USCC_CHARSET, usccCheckChar, validateUscc } from './uscc'
export { residentIdBirthDate, residentIdCheckChar, validateResidentId } from './resident-id'
