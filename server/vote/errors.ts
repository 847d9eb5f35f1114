import { VOTE_ERRORS, type VoteErrorCode } from '../../core/api/vote'
import { fail } from '../handler'

/** Fails the action with one of the vote's coded errors; `detail` replaces the default sentence. */
export function voteFail(code: VoteErrorCode, detail?: string): never {
  return fail(code, detail ?? VOTE_ERRORS[code])
}
