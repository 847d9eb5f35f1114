import type { Samples } from '../testing/samples'

/**
 * Valid inputs for the permission matrix (test support; never imported by the function). Every action
 * acts on the caller's own WeChat account. The send and bind samples name no registered person, so a
 * valid call answers UNKNOWN_PERSON (or NOT_SIGNED_IN for the console, which has no account).
 */
export const PERMISSION_SAMPLES: Samples = {
  'bindIdentity.sendBindCode': {
    scope: 'self',
    mustSucceed: false,
    input: ({ world }) => ({ name: '无此人', idNumber: world.idNumber() }),
  },
  'bindIdentity.bindIdentity': {
    scope: 'self',
    mustSucceed: false,
    input: ({ world }) => ({ name: '无此人', idNumber: world.idNumber(), code: '000000' }),
  },
  'bindIdentity.getMyHome': { scope: 'self', input: () => ({}) },
}
