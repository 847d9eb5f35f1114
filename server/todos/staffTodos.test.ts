import type { TodoDetail, TodoPage } from '../../core/api/todos'
import { startHarness, type Harness } from '../testing/harness'

/** A 经办人 who bound and waits is the director's to-do until authorised, revoked or unbound. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('tt')
})
afterAll(async () => {
  await h?.close()
})

async function bindPending(name: string, phone: string, openid: string): Promise<string> {
  const added = await h.call('director', 'committee', 'addMember', {
    communityId: h.world.community('own'),
    kind: 'staff',
    name,
    position: '经办人',
    phone,
  })
  expect(added.ok).toBe(true)
  await h.call({ openid }, 'account', 'sendStaffCode', { name, phone })
  const bound = await h.call({ openid }, 'account', 'bindStaff', { name, phone, code: await h.smsCode(phone) })
  if (!bound.ok) throw new Error(bound.message)
  return bound.data.accounts[0].accountId
}

const openOf = async () => {
  const page = await h.call<TodoPage>('director', 'todos', 'list', { status: 'open' })
  if (!page.ok) throw new Error(page.message)
  return page.data.rows.filter((t) => t.kind === 'staffAuthorisation')
}

it('waits for the director, and is handled by the authorisation', async () => {
  const accountId = await bindPending('陈经办', '13600000011', 'tt-wx-chen')
  expect(await openOf()).toEqual([
    expect.objectContaining({
      id: `todo:staffAuthorisation:${accountId}`,
      title: '授权业委会人员',
      subject: '陈经办（经办人）',
      page: 'packages/account/pages/staff/index',
    }),
  ])
  // Only the director's: the members of the committee do not authorise.
  const member = await h.call<TodoPage>('member', 'todos', 'list', { status: 'open' })
  expect(member.ok && member.data.rows.filter((t) => t.kind === 'staffAuthorisation')).toEqual([])
  expect((await h.call('director', 'account', 'authorizeStaff', { accountId })).ok).toBe(true)
  expect(await openOf()).toEqual([])
  // Authorising again appends nothing.
  expect((await h.call('director', 'account', 'authorizeStaff', { accountId })).ok).toBe(true)
  const detail = await h.call<TodoDetail>('director', 'todos', 'get', { todoId: `todo:staffAuthorisation:${accountId}` })
  expect(detail.ok && detail.data.history.map((e) => e.action)).toEqual(['发起', '办理：已授权'])
})

it('is handled by a revocation, with its reason', async () => {
  const accountId = await bindPending('林经办', '13600000012', 'tt-wx-lin')
  expect((await h.call('director', 'account', 'revokeStaff', { accountId, reason: '不是本小区人员' })).ok).toBe(true)
  const detail = await h.call<TodoDetail>('director', 'todos', 'get', { todoId: `todo:staffAuthorisation:${accountId}` })
  expect(detail.ok && detail.data).toMatchObject({
    status: 'done',
    outcomeLabel: '已停用',
    history: [expect.anything(), { action: '办理：已停用', note: '不是本小区人员' }],
  })
})

it('is withdrawn when the person unbinds before being authorised', async () => {
  const accountId = await bindPending('吴经办', '13600000013', 'tt-wx-wu')
  expect((await h.call({ openid: 'tt-wx-wu' }, 'account', 'unbind', { confirm: true })).ok).toBe(true)
  expect(await openOf()).toEqual([])
  const detail = await h.call<TodoDetail>('director', 'todos', 'get', { todoId: `todo:staffAuthorisation:${accountId}` })
  expect(detail.ok && detail.data).toMatchObject({
    status: 'cancelled',
    statusLabel: '已撤销',
    history: [expect.anything(), { action: '撤销', note: '该人员已解绑微信账号' }],
  })
})

it("is opened for a committee account the operator grants as pending (the demo's 孙小梅)", async () => {
  const granted = await h.call<{ id: string }>('console', 'admin', 'grantRole', {
    role: 'staff',
    openid: 'tt-wx-sun',
    name: '孙小梅',
    phone: '13600000014',
    communityId: h.world.community('own'),
    status: 'pending',
  })
  if (!granted.ok) throw new Error(granted.message)
  expect(await openOf()).toEqual([
    expect.objectContaining({ id: `todo:staffAuthorisation:${granted.data.id}`, subject: '孙小梅（经办人）' }),
  ])
  expect((await h.call('director', 'account', 'authorizeStaff', { accountId: granted.data.id })).ok).toBe(true)
  expect(await openOf()).toEqual([])
})
