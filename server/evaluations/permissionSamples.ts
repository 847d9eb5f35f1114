import type { Samples } from '../testing/samples'
import { freshRating, scoresOf } from '../testing/evaluationFixtures'

/** The target a rated-party persona answers for: the director the committee, everyone else the property office. */
const targetOf = (persona: string) => (persona === 'director' ? 'committee' : 'property')

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'evaluations.setPropertyService': {
    scope: 'community',
    input: ({ world, side }) => ({ communityId: world.community(side), projectName: '甲花园物业服务中心', companyName: '万家物业' }),
  },
  'evaluations.rate': {
    scope: 'community',
    input: async ({ world, side }) => ({
      unitId: await world.freshUnit(side),
      target: 'committee',
      scores: scoresOf('committee'),
      comment: '',
    }),
  },
  'evaluations.reply': {
    scope: 'community',
    input: async ({ world, side, caller }) => ({
      ratingId: await freshRating(world, side, targetOf(caller.persona)),
      text: '感谢您的意见',
    }),
  },
  'evaluations.object': {
    scope: 'community',
    input: async ({ world, side, caller }) => ({
      ratingId: await freshRating(world, side, targetOf(caller.persona)),
      reason: '评价与事实不符',
    }),
  },
  'evaluations.decideObjection': {
    scope: 'community',
    input: async ({ world, side }) => ({ ratingId: await freshRating(world, side, 'property', true), upheld: false, note: '' }),
  },
  'evaluations.statistics': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'evaluations.rating': {
    scope: 'community',
    input: async ({ world, side }) => ({ ratingId: await freshRating(world, side, 'property', true) }),
  },
  'evaluations.ratings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side), target: 'committee' }) },
  'evaluations.ranking': { scope: 'self', input: () => ({ kind: 'project' }) },
}
