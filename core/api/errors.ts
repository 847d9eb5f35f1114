import { COMMON_ERRORS } from '../errors'
import { ACCOUNT_ERRORS } from './account'
import { ADMIN_ERRORS } from './admin'
import { COMMITTEE_ERRORS } from './committee'
import { DISCLOSURE_ERRORS } from './disclosures'
import { EVALUATION_ERRORS } from './evaluations'
import { BIND_IDENTITY_ERRORS } from './identity'
import { NOTICE_ERRORS } from './notices'
import { TENDER_ERRORS } from './tender'
import { TRAINING_ERRORS } from './training'
import { VOTE_ERRORS } from './vote'
import { WEATHER_ERRORS } from './weather'

/**
 * Every code a function may answer: the common ones and each contract's own. `fail` and `Failure`
 * accept only these, so a misspelt or undeclared code is a type error. A code two contracts both
 * declare carries each one's sentence; the function that answers it uses its own (see defineFunction).
 */
export const ERROR_MESSAGES = {
  ...COMMON_ERRORS,
  ...BIND_IDENTITY_ERRORS,
  ...ACCOUNT_ERRORS,
  ...ADMIN_ERRORS,
  ...COMMITTEE_ERRORS,
  ...DISCLOSURE_ERRORS,
  ...VOTE_ERRORS,
  ...NOTICE_ERRORS,
  ...EVALUATION_ERRORS,
  ...WEATHER_ERRORS,
  ...TENDER_ERRORS,
  ...TRAINING_ERRORS,
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES
