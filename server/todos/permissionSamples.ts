import type { Samples } from '../testing/samples'
import { freshTodo } from '../testing/todoFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'todos.list': { scope: 'self', input: () => ({ status: 'open' }) },
  'todos.count': { scope: 'self', input: () => ({}) },
  'todos.get': { scope: 'community', input: async ({ world, side }) => ({ todoId: await freshTodo(world, side) }) },
}
