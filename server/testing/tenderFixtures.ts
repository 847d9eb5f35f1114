import type { Side, World } from './world'

/** TEST FIXTURE: a registered tender project in a community (no pushes yet); answers its id. */
export async function freshTenderProject(world: World, side: Side, projectNo = `ZB-${world.id('tp')}`): Promise<string> {
  const _id = `tp-${projectNo}`
  await world.seeder.insert('tenderProjects', [
    { _id, communityId: world.community(side), projectNo, title: '外墙翻新工程', createdAt: new Date(world.nowMs()), syncedAt: null },
  ])
  return _id
}
