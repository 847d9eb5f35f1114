import { TODOS_ERRORS, TODOS_LABELS, todosApi } from '../../../core/api/todos'
import { defineFunction } from '../../../server/handler'
import { count, get, list } from '../../../server/todos/read'

/** 待办 / 已办: what the caller's organisations must handle, the open count, one to-do with its history. */
export const main = defineFunction('todos', todosApi, { errors: TODOS_ERRORS, labels: TODOS_LABELS }, { list, count, get })
