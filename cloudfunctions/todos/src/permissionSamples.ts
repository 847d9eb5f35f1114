import type { Seeder, Side, World } from '../../../server/account/matrixWorld'
import type { Samples } from '../../../server/permissions/samples'
import { assigneeKey, todoId, type TodoDoc } from '../../../server/todos/model'

/** A to-do of the side's committee, written straight into the world (test support; never imported by the function). */
async function freshTodo(world: World, side: Side): Promise<string> {
  const { seeder, nowMs } = world as unknown as { seeder: Seeder; nowMs: () => number }
  const community = world.communities[side]
  const targetId = world.id('vote').replace(/[^\w:.-]/g, '')
  const assignee = { role: 'committee' as const, communityId: community.id }
  const at = nowMs()
  const doc: TodoDoc = {
    _id: todoId('contentReview', targetId), kind: 'contentReview', targetId, communityId: community.id, communityName: community.name,
    subject: '矩阵测试表决', page: 'packages/vote/pages/detail/index', assignee, assigneeKey: assigneeKey(assignee),
    status: 'open', outcome: null, createdAt: at, updatedAt: at, closedAt: null,
    history: [{ at, by: 'system', who: '系统', action: 'created' }],
  }
  await seeder.insert('todos', [doc])
  return doc._id
}

export const PERMISSION_SAMPLES: Samples = {
  'todos.list': { scope: 'self', input: () => ({ status: 'open' }) },
  'todos.count': { scope: 'self', input: () => ({}) },
  'todos.get': { scope: 'community', input: async ({ world, side }) => ({ todoId: await freshTodo(world, side) }) },
}
