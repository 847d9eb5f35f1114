import { FEATURE_LABELS } from '../../core/api/account'
import { describeGroup } from '../../miniprogram/src/packages/account/shared/permissionLabels'
import { PERMISSIONS } from '../permissions'

/** 我的权限 on the 我的 page names every feature and action in words, whatever roles the account holds. */
test('every action of the permission table has a plain Chinese name on the 我的 page', () => {
  const unnamed = Object.keys(PERMISSIONS).filter((key) => {
    const [feature, action] = key.split('.')
    const { title, actions } = describeGroup({ feature, label: FEATURE_LABELS[feature] ?? feature, actions: [action] })
    return /[A-Za-z]/.test([title, ...actions].join(''))
  })
  expect(unnamed).toEqual([])
})
