import type { MemberDoc } from '../collections/committee'
import type { RoleDoc } from '../collections/account'
import { mergeCommitteePeople } from './committeePeople'

const at = new Date('2025-06-01T00:00:00+08:00')

function entry(_id: string, name: string, phone: string, kind: MemberDoc['kind'] = 'member', position = '委员'): MemberDoc {
  return {
    _id,
    communityId: 'c1',
    kind,
    name,
    position,
    phone,
    termStart: '2025-06-01',
    termEnd: '2030-05-31',
    status: 'serving',
    createdAt: at,
    updatedAt: at,
  }
}

function grant(_id: string, role: RoleDoc['role'], name: string, phone: string | undefined, extra: Partial<RoleDoc> = {}): RoleDoc {
  return { _id, openid: `wx-${_id}`, role, communityId: 'c1', status: 'active', name, ...(phone ? { phone } : {}), ...extra }
}

const rowsOf = (accounts: RoleDoc[], roster: MemberDoc[], me?: string) =>
  mergeCommitteePeople(accounts, roster, me).map((p) => ({
    accountId: p.accountId,
    memberId: p.memberId,
    name: p.name,
    role: p.role,
    position: p.position,
    status: p.status,
  }))

describe('mergeCommitteePeople', () => {
  it('makes one row of a granted account and the serving entry with its name and phone', () => {
    const people = rowsOf(
      [grant('g-zhao', 'director', '赵志强', '13612345606'), grant('g-sun', 'staff', '孙小梅', '13612345611', { status: 'pending' })],
      [entry('m-zhao', '赵志强', '13612345606', 'member', '主任'), entry('m-sun', '孙小梅', '13612345611', 'staff', '经办人')],
    )
    expect(people).toEqual([
      { accountId: 'g-zhao', memberId: 'm-zhao', name: '赵志强', role: 'director', position: '主任', status: 'active' },
      { accountId: 'g-sun', memberId: 'm-sun', name: '孙小梅', role: 'staff', position: '经办人', status: 'pending' },
    ])
  })

  it('keeps apart a same-named person with another phone, and an account without a phone', () => {
    const people = rowsOf(
      [grant('g-wang', 'member', '王芳', '13900000001'), grant('g-li', 'member', '李明', undefined)],
      [entry('m-wang', '王芳', '13900000002'), entry('m-li', '李明', '13900000003')],
    )
    expect(people).toHaveLength(4)
    expect(people.filter((p) => p.accountId && p.memberId)).toEqual([])
  })

  it('keeps the entry with the account bound to it, and lists a second matching account on its own', () => {
    const bound = grant('roster:m-sun', 'staff', '孙小梅', '13612345611', { rosterId: 'm-sun', status: 'pending' })
    const granted = grant('g-sun', 'staff', '孙小梅', '13612345611')
    const people = rowsOf([granted, bound], [entry('m-sun', '孙小梅', '13612345611', 'staff', '经办人')])
    expect(people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ accountId: 'roster:m-sun', memberId: 'm-sun', position: '经办人' }),
        expect.objectContaining({ accountId: 'g-sun', memberId: null, position: null }),
      ]),
    )
    expect(people).toHaveLength(2)
  })

  it('gives each entry at most one account, choosing by kind, and a live grant before a revoked one', () => {
    const phone = '15912345607'
    const people = rowsOf(
      [
        grant('g-old', 'alternate', '周敏', phone, { status: 'revoked' }),
        grant('g-alt', 'alternate', '周敏', phone),
        grant('g-mem', 'member', '周敏', phone),
      ],
      [entry('m-mem', '周敏', phone, 'member'), entry('m-alt', '周敏', phone, 'alternate', '候补委员')],
    )
    expect(people).toEqual([
      { accountId: 'g-mem', memberId: 'm-mem', name: '周敏', role: 'member', position: '委员', status: 'active' },
      { accountId: 'g-alt', memberId: 'm-alt', name: '周敏', role: 'alternate', position: '候补委员', status: 'active' },
      { accountId: 'g-old', memberId: null, name: '周敏', role: 'alternate', position: null, status: 'revoked' },
    ])
  })

  it('leaves out removed entries and accounts bound to them, shows entries nobody holds as unbound, and marks the caller', () => {
    const removed = { ...entry('m-gone', '吴国庆', '18812345608'), status: 'removed' as const }
    const people = mergeCommitteePeople(
      [
        grant('roster:m-gone', 'member', '吴国庆', '18812345608', { rosterId: 'm-gone' }),
        grant('g-zheng', 'alternate', '郑丽', '13512345609'),
      ],
      [
        removed,
        entry('m-zheng', '郑丽', '13512345609', 'alternate', '候补委员'),
        entry('m-new', '何晓丽', '13955550123', 'staff', '经办人'),
      ],
      'wx-g-zheng',
    )
    expect(people.map((p) => [p.name, p.status, p.isMe])).toEqual([
      ['郑丽', 'active', true],
      ['何晓丽', 'unbound', false],
    ])
  })
})
