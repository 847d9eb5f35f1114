import type { Samples } from '../testing/samples'
import { freshTenderProject } from '../testing/tenderFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'tender.list': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'tender.get': { scope: 'community', input: async ({ world, side }) => ({ projectId: await freshTenderProject(world, side) }) },
  'tender.acknowledge': { scope: 'community', input: async ({ world, side }) => ({ projectId: await freshTenderProject(world, side) }) },
  'tender.register': {
    scope: 'community',
    input: ({ world, side }) => ({ communityId: world.community(side), projectNo: `ZB-${world.id('p')}`, title: '电梯更新改造工程' }),
  },
}
