import { assigneeKey, todoId, type TodoDoc } from '../todos/model'
import type { Side, World } from './world'

/** TEST FIXTURE: a to-do of the side's committee, written straight into the world. */
export async function freshTodo(world: World, side: Side): Promise<string> {
  const community = world.communities[side]
  const targetId = world.id('vote').replace(/[^\w:.-]/g, '')
  const assignee = { role: 'committee' as const, communityId: community.id }
  const at = world.nowMs()
  const doc: TodoDoc = {
    _id: todoId('contentReview', targetId),
    kind: 'contentReview',
    targetId,
    communityId: community.id,
    communityName: community.name,
    subject: '矩阵测试表决',
    page: 'packages/vote/pages/detail/index',
    assignee,
    assigneeKey: assigneeKey(assignee),
    status: 'open',
    outcome: null,
    createdAt: at,
    updatedAt: at,
    closedAt: null,
    history: [{ at, by: 'system', who: '系统', action: 'created' }],
  }
  await world.seeder.insert('todos', [doc])
  return doc._id
}
