import type { World } from './world'

/** TEST FIXTURE: a published 600-second course; answers its id. */
export async function freshCourse(world: World): Promise<string> {
  const _id = world.id('course')
  await world.seeder.insert('courses', [
    {
      _id,
      title: '物业管理条例解读',
      category: '法规',
      durationS: 600,
      transcript: '',
      required: true,
      dueDays: 30,
      publishedAt: new Date(world.nowMs()),
    },
  ])
  return _id
}
