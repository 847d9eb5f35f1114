import type { Samples } from '../../../server/permissions/samples'
import { freshVote } from '../../../server/vote/matrixFixtures'

const DAY = 86_400_000

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'manageVote.createDraft': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side), title: '矩阵测试', items: [{ text: '同意续聘', class: 'ordinary' }], scope: { kind: 'community' },
      startAt: Date.parse(`${world.day(2)}T00:00:00+08:00`), endAt: Date.parse(`${world.day(2)}T00:00:00+08:00`) + 7 * DAY, followMajorityCounts: false,
    }),
  },
  'manageVote.updateDraft': {
    scope: 'community',
    input: async ({ world, side }) => ({
      voteId: await freshVote(world, side, 'draft'), rev: 0, title: '改过', items: [{ text: '同意续聘', class: 'ordinary' }], scope: { kind: 'community' },
      startAt: Date.parse(`${world.day(2)}T00:00:00+08:00`), endAt: Date.parse(`${world.day(2)}T00:00:00+08:00`) + 7 * DAY, followMajorityCounts: false,
    }),
  },
  'manageVote.deleteDraft': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'draft') }) },
  'manageVote.submit': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'draft') }) },
  'manageVote.approve': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'reviewing') }) },
  'manageVote.reject': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'reviewing'), reason: '材料不全' }) },
  'manageVote.list': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'manageVote.get': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.turnout': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.nonParticipants': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.exportNonParticipants': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }) },
  // Nobody's face check failed in the world: a valid lookup answers NO_FACE_FAILURE.
  'manageVote.findFaceFailures': {
    scope: 'community', mustSucceed: false,
    input: ({ world, side }) => ({ communityId: world.community(side), idType: 'mainland', idNumber: world.idNumber() }),
  },
  'manageVote.verifyInPerson': {
    scope: 'community', mustSucceed: false,
    input: ({ world, side }) => ({ communityId: world.community(side), subjectId: world.id('person'), idType: 'mainland', idNumber: world.idNumber() }),
  },
  'manageVote.remind': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'voting') }) },
  'manageVote.auditLog': { scope: 'community', input: async ({ world, side }) => ({ voteId: await freshVote(world, side, 'closed') }) },
  'manageVote.listBuildings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
}
