import { accountApi, FEATURE_LABELS } from '@core/api/account'
import { adminApi } from '@core/api/admin'
import { committeeApi } from '@core/api/committee'
import { bindIdentityApi } from '@core/api/identity'
import { todosApi } from '@core/api/todos'
import { castVoteApi, manageVoteApi, supplementVoteApi, tallyVoteApi } from '@core/api/vote'
import { describeGroup } from './permissionLabels'

/** Every function's contract, under the function's name (cloudfunctions/<name>: `<name>Api`). */
const CONTRACTS: Record<string, object> = {
  account: accountApi,
  admin: adminApi,
  committee: committeeApi,
  bindIdentity: bindIdentityApi,
  todos: todosApi,
  castVote: castVoteApi,
  manageVote: manageVoteApi,
  supplementVote: supplementVoteApi,
  tallyVote: tallyVoteApi,
}

/** 我的权限 on the 我的 page names every feature and action in words, whatever roles the account holds. */
test('every action of every function has a plain Chinese name on the 我的 page', () => {
  const unnamed = Object.entries(CONTRACTS).flatMap(([feature, contract]) =>
    Object.keys(contract).filter((action) => {
      const { title, actions } = describeGroup({ feature, label: FEATURE_LABELS[feature] ?? feature, actions: [action] })
      return /[A-Za-z]/.test([title, ...actions].join(''))
    }),
  )
  expect(unnamed).toEqual([])
})

test('an action without a name reads as 其他操作, never as its code', () => {
  expect(describeGroup({ feature: 'castVote', label: '电子投票', actions: ['somethingNew'] }).actions).toEqual(['其他操作'])
})
