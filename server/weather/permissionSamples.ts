import type { Samples } from '../testing/samples'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'weather.search': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side), keyword: '深圳' }) },
  'weather.forecast': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side), placeId: '101280603' }) },
  'weather.warnings': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
}
