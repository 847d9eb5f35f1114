import type { Samples } from '../testing/samples'
import { confirmAs, coOwnedParty, freshVote } from '../testing/voteFixtures'
import { VOTE_TEMPLATES } from './notify'

const DAY = 86_400_000
const zero = { count: 0, areaCenti: 0 }

/**
 * Valid inputs for the permission matrix, for the four vote functions (test support; no function
 * imports it). The world's owners hold no flat in the fixture roll, so a permitted cast answers
 * NOT_YOUR_UNIT: the matrix checks the door, castVote.test.ts what happens inside. The fixture votes
 * in 统计录入 have no figures yet, so confirming, explaining and completing answer their own coded
 * errors (not refusals); lifecycle.test.ts walks the successful path.
 */
export const PERMISSION_SAMPLES: Samples = {
  'castVote.openVotes': { scope: 'self', input: () => ({}) },
  'castVote.ballotPage': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }),
  },
  'castVote.cast': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'voting'),
      partyId: coOwnedParty(world, side),
      choices: { i1: 'agree' },
    }),
  },
  'castVote.myBallots': { scope: 'self', input: () => ({}) },
  // Not tallied yet: a valid check answers NOT_PUBLISHED.
  'castVote.verifyReceipt': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics'), receipt: 'ABCD-EFGH-JKMN' }),
  },
  'castVote.noticeStatus': { scope: 'self', input: () => ({}) },
  'castVote.subscribe': { scope: 'self', input: () => ({ templateIds: [VOTE_TEMPLATES.opened, VOTE_TEMPLATES.reminder] }) },
  'manageVote.createDraft': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      title: '矩阵测试',
      items: [{ text: '同意续聘', class: 'ordinary' }],
      scope: { kind: 'community' },
      startAt: Date.parse(`${world.day(2)}T00:00:00+08:00`),
      endAt: Date.parse(`${world.day(2)}T00:00:00+08:00`) + 7 * DAY,
      followMajorityCounts: false,
    }),
  },
  'manageVote.updateDraft': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'draft'),
      rev: 0,
      title: '改过',
      items: [{ text: '同意续聘', class: 'ordinary' }],
      scope: { kind: 'community' },
      startAt: Date.parse(`${world.day(2)}T00:00:00+08:00`),
      endAt: Date.parse(`${world.day(2)}T00:00:00+08:00`) + 7 * DAY,
      followMajorityCounts: false,
    }),
  },
  'manageVote.deleteDraft': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'draft') }) },
  'manageVote.submit': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'draft') }) },
  'manageVote.approve': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'reviewing') }) },
  'manageVote.reject': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'reviewing'), reason: '材料不全' }),
  },
  'manageVote.list': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'manageVote.get': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.turnout': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.nonParticipants': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }),
  },
  'manageVote.exportNonParticipants': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }),
  },
  // Nobody's face check failed in the world: a valid lookup answers NO_FACE_FAILURE.
  'manageVote.findFaceFailures': {
    scope: 'community',
    mustSucceed: false,
    input: ({ world, side }) => ({ communityId: world.community(side), idType: 'mainland', idNumber: world.idNumber() }),
  },
  'manageVote.verifyInPerson': {
    scope: 'community',
    mustSucceed: false,
    input: ({ world, side }) => ({
      communityId: world.community(side),
      subjectId: world.id('person'),
      idType: 'mainland',
      idNumber: world.idNumber(),
    }),
  },
  'manageVote.remind': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.auditLog': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }) },
  'manageVote.listBuildings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'supplementVote.overview': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing') }),
  },
  'supplementVote.startSupplement': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }),
  },
  'supplementVote.findRoom': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing'), building: '9', unitNo: '1', room: '101' }),
  },
  'supplementVote.enterPaper': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'supplementing'),
      building: '9',
      unitNo: '1',
      room: '101',
      choices: { i1: 'agree' },
    }),
  },
  'supplementVote.confirmCoOwned': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'supplementing'),
      partyId: coOwnedParty(world, side),
      choices: { i1: 'oppose' },
    }),
  },
  'supplementVote.finishSupplement': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'supplementing') }),
  },
  'supplementVote.enterFollow': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'followMajority'), building: '9', unitNo: '1', room: '101' }),
  },
  'supplementVote.finishFollowMajority': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'followMajority') }),
  },
  'tallyVote.statistics': {
    scope: 'community',
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }),
  },
  'tallyVote.enterStatistics': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'statistics'),
      items: [{ itemId: 'i1', figures: { agree: zero, oppose: zero, abstain: zero, followMajority: zero } }],
    }),
  },
  'tallyVote.explainDifference': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'statistics'),
      itemId: 'i1',
      field: 'agree.count',
      explanation: '核对无误',
    }),
  },
  'tallyVote.confirm': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side, caller }) => ({ voteId: await freshVote(world, side, 'statistics'), as: confirmAs(caller) }),
  },
  'tallyVote.complete': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }),
  },
  'tallyVote.result': {
    scope: 'community',
    mustSucceed: false,
    input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'statistics') }),
  },
}
