import { SUBSCRIPTION_TEMPLATES, type SubscriptionKey } from '../../core/api/subscriptions'
import { templateId } from '../notify/templates'
import type { Samples } from '../testing/samples'
import { PERSONA_ROLE, type Caller } from '../testing/world'
import { faceSubject, freshDelegation, freshFaceCheck } from '../testing/accountFixtures'
import { freshAccount, freshRosterPerson } from '../testing/committeeFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'account.sendStaffCode': {
    scope: 'self',
    input: async ({ world, side }) => {
      const { name, phone } = await freshRosterPerson(world, side, 'staff')
      return { name, phone }
    },
  },
  // The SMS code cannot be known here: a valid call answers CODE_MISSING, which is not a refusal.
  'account.bindStaff': {
    scope: 'self',
    mustSucceed: false,
    input: async ({ world, side }) => {
      const { name, phone } = await freshRosterPerson(world, side, 'staff')
      return { name, phone, code: '000000' }
    },
  },
  'account.authorizeStaff': { scope: 'community', input: async ({ world, side }) => ({ accountId: await freshAccount(world, side) }) },
  'account.revokeStaff': {
    scope: 'community',
    input: async ({ world, side }) => ({ accountId: await freshAccount(world, side, 'active'), reason: '已离职' }),
  },
  'account.listCommitteePeople': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },

  'account.myAccount': { scope: 'self', input: () => ({}) },
  // Strangers have no phone to change (NOT_BOUND), so only "not refused" is asserted.
  'account.sendPhoneChangeCode': { scope: 'self', mustSucceed: false, input: ({ world }) => ({ phone: world.phone() }) },
  'account.changePhone': { scope: 'self', mustSucceed: false, input: ({ world }) => ({ phone: world.phone(), code: '000000' }) },
  'account.unbind': { scope: 'self', mustSucceed: false, freshCaller: true, input: () => ({ confirm: true }) },

  'account.authorizeDelegate': {
    scope: 'community',
    input: async ({ world, side }) => ({
      unitIds: [await world.freshUnit(side)],
      name: '钱受托',
      idNumber: world.idNumber(),
      phone: world.phone(),
      until: world.day(30),
    }),
  },
  'account.delegationReach': {
    scope: 'community',
    input: async ({ world, side }) => ({ unitIds: [await world.freshUnit(side)] }),
  },
  'account.revokeDelegate': {
    scope: 'community',
    input: async ({ world, side }) => ({ delegationId: (await freshDelegation(world, side)).delegationId }),
  },
  'account.listMyDelegations': { scope: 'self', input: () => ({}) },
  'account.sendDelegateCode': {
    scope: 'self',
    input: async ({ world, side }) => {
      const { name, idNumber } = await freshDelegation(world, side)
      return { name, idNumber }
    },
  },
  'account.bindDelegate': {
    scope: 'self',
    mustSucceed: false,
    input: async ({ world, side }) => {
      const { name, idNumber } = await freshDelegation(world, side)
      return { name, idNumber, code: '000000' }
    },
  },

  'account.startFaceCheck': {
    scope: 'community',
    input: ({ world, side, caller }) => ({ communityId: world.community(side), idNumber: faceSubject(world, side, caller).idNumber }),
  },
  'account.finishFaceCheck': { scope: 'community', input: ({ world, side, caller }) => freshFaceCheck(world, side, caller) },

  'account.subscriptionStatus': { scope: 'self', input: ({ caller }) => ({ keys: [templateFor(caller)] }) },
  'account.subscribe': {
    scope: 'self',
    input: ({ caller }) => ({ keys: [templateFor(caller)], templateIds: [templateId(templateFor(caller))] }),
  },
}

/** A template meant for the caller's role (any one, for a persona no template is meant for: it is refused before). */
function templateFor(caller: Caller): SubscriptionKey {
  const role = PERSONA_ROLE[caller.persona]?.role
  const keys = Object.keys(SUBSCRIPTION_TEMPLATES) as SubscriptionKey[]
  return keys.find((k) => (SUBSCRIPTION_TEMPLATES[k].audience as readonly string[]).includes(role ?? '')) ?? keys[0]
}
