import type { TestEmulator } from '../../emulator/testing'
import type { Result } from '../../core/result'

/*
 * TEST FIXTURE (never imported by a function): the vote's counting-rules estate, for the vote's
 * feature tests and the vote benchmark. One community with a handful of units that between them
 * exercise every counting rule — a two-unit owner, a co-owned flat, a delegated flat, a paper
 * voter, a 从众 voter and the developer — plus the committee and street personas. (The permission
 * matrix uses the fixture world in world.ts with the vote's part in voteFixtures.ts.)
 */

export const COMMUNITY = { _id: 'sun', name: '阳光花园', street: '粤海街道', district: '南山区' }
export const OTHER_COMMUNITY = { _id: 'moon', name: '月亮湾', street: '华富街道', district: '福田区' }

export interface UnitSpec {
  building: string
  unitNo: string
  room: string
  areaCenti: number
  owners: string[]
  developerHeld?: boolean
}

/** 10 parties: p1 holds two flats (one party); p3+p4 co-own 1-1-201; the developer holds two. */
export const UNITS: UnitSpec[] = [
  { building: '1', unitNo: '1', room: '101', areaCenti: 10000, owners: ['p1'] },
  { building: '1', unitNo: '1', room: '102', areaCenti: 10000, owners: ['p2'] },
  { building: '1', unitNo: '1', room: '201', areaCenti: 12000, owners: ['p3', 'p4'] },
  { building: '1', unitNo: '1', room: '202', areaCenti: 9000, owners: ['p1'] },
  { building: '2', unitNo: '1', room: '101', areaCenti: 8000, owners: ['p5'] },
  { building: '2', unitNo: '1', room: '102', areaCenti: 8000, owners: ['p6'] },
  { building: '2', unitNo: '1', room: '103', areaCenti: 8000, owners: ['p7'] },
  { building: '2', unitNo: '1', room: '104', areaCenti: 8000, owners: ['p8'] },
  { building: '2', unitNo: '1', room: '105', areaCenti: 8000, owners: ['p9'] },
  { building: '2', unitNo: '1', room: '106', areaCenti: 8000, owners: ['p10'] },
  { building: '3', unitNo: '1', room: '101', areaCenti: 15000, owners: [], developerHeld: true },
  { building: '3', unitNo: '1', room: '102', areaCenti: 15000, owners: [], developerHeld: true },
]

export const NAMES: Record<string, string> = {
  p1: '张三',
  p2: '李四',
  p3: '王五',
  p4: '赵六',
  p5: '孙七',
  p6: '周八',
  p7: '吴九',
  p8: '郑十',
  p9: '冯十一',
  p10: '陈十二',
}

export const unitId = (u: Pick<UnitSpec, 'building' | 'unitNo' | 'room'>, communityId = COMMUNITY._id) =>
  `${communityId}:${u.building}-${u.unitNo}-${u.room}`
export const personId = (key: string) => `${COMMUNITY._id}:p:${key}`
export const openidOf = (key: string) => `o-${key}`
export const partyOf = (building: string, unitNo: string, room: string) => `party:${unitId({ building, unitNo, room })}`

export const STAFF = {
  director: 'o-director',
  staff: 'o-staff',
  member: 'o-member',
  reviewer: 'o-reviewer',
  otherReviewer: 'o-reviewer-elsewhere',
  otherDirector: 'o-director-elsewhere',
  delegate: 'o-delegate',
  stranger: 'o-stranger',
}

export interface SeedOptions {
  /** Owners bound to WeChat (default: all but p9 and p10). */
  bound?: string[]
  /** Owners who accepted the vote's subscription messages. */
  subscribed?: string[]
  /** Owners the register holds no phone number for. */
  withoutPhone?: string[]
}

/**
 * What the vote needs in server/indexes.ts (the lead declares it there; see the report). Every
 * read of the vote filters on these, most selective field first.
 */
export async function seedVoteWorld(emu: TestEmulator, options: SeedOptions = {}): Promise<void> {
  const bound = options.bound ?? ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']
  const subscribed = options.subscribed ?? ['p1', 'p2']
  await emu.insert('communities', [COMMUNITY, OTHER_COMMUNITY])
  await emu.insert(
    'units',
    UNITS.map((u) => ({
      _id: unitId(u),
      communityId: COMMUNITY._id,
      building: u.building,
      unitNo: u.unitNo,
      room: u.room,
      areaCenti: u.areaCenti,
      ownerIds: u.owners.map(personId).sort(),
      developerHeld: Boolean(u.developerHeld),
    })),
  )
  await emu.insert(
    'persons',
    Object.entries(NAMES).map(([key, name]) => ({
      _id: personId(key),
      communityId: COMMUNITY._id,
      name,
      idHash: `hash-${key}`,
      idLast4: '0000',
      phone: options.withoutPhone?.includes(key) ? '' : '13900000000',
    })),
  )
  await emu.insert(
    'bindings',
    bound.map((key) => ({
      _id: `${COMMUNITY._id}:${personId(key)}`,
      openid: openidOf(key),
      personId: personId(key),
      communityId: COMMUNITY._id,
    })),
  )
  await emu.insert('roles', [
    { _id: 'r-director', openid: STAFF.director, role: 'director', communityId: COMMUNITY._id, status: 'active' },
    { _id: 'r-staff', openid: STAFF.staff, role: 'staff', communityId: COMMUNITY._id, status: 'active' },
    { _id: 'r-member', openid: STAFF.member, role: 'member', communityId: COMMUNITY._id, status: 'active' },
    {
      _id: 'r-reviewer',
      openid: STAFF.reviewer,
      role: 'streetReviewer',
      street: COMMUNITY.street,
      district: COMMUNITY.district,
      status: 'active',
    },
    {
      _id: 'r-reviewer2',
      openid: STAFF.otherReviewer,
      role: 'streetReviewer',
      street: OTHER_COMMUNITY.street,
      district: OTHER_COMMUNITY.district,
      status: 'active',
    },
    { _id: 'r-director2', openid: STAFF.otherDirector, role: 'director', communityId: OTHER_COMMUNITY._id, status: 'active' },
  ])
  // p5 (2-1-101) authorised a delegate for her flat.
  await emu.insert('delegations', [
    {
      _id: 'dlg-p5',
      communityId: COMMUNITY._id,
      unitId: unitId({ building: '2', unitNo: '1', room: '101' }),
      ownerPersonId: personId('p5'),
      ownerOpenid: openidOf('p5'),
      ownerName: NAMES.p5,
      delegateOpenid: STAFF.delegate,
      delegateName: '钱受托',
      delegateIdHash: 'hash-d',
      delegateIdLast4: '1234',
      delegatePhone: '13900000001',
      voteId: null,
      until: new Date(Date.UTC(2099, 0, 1)),
      status: 'active',
      createdAt: new Date(Date.UTC(2024, 0, 1)),
    },
  ])
  await emu.insert(
    'subscriptions',
    subscribed.map((key) => ({ _id: `sub-${key}`, openid: openidOf(key), templateId: 'local-vote-opened' })),
  )
}

/** Calls a vote function as someone; answers the Result. */
export function callAs(emu: TestEmulator, openid: string | undefined) {
  return <T = unknown>(
    fn: 'manageVote' | 'castVote' | 'supplementVote' | 'tallyVote' | 'todos',
    action: string,
    data: Record<string, unknown> = {},
  ): Promise<Result<T>> => emu.call<T>(fn, { action, ...data }, { openid })
}

/** Unwraps an ok Result, failing the test with the server's message otherwise. */
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message}`)
  return result.data
}

export const HOUR = 3_600_000
export const DAY = 24 * HOUR

/** A draft as the committee would fill it in: two items, 从众 on, voting from +1 day for 7 days. */
export function draftInput(nowMs: number, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    communityId: COMMUNITY._id,
    title: '关于续聘物业服务企业的表决',
    description: '续聘现物业服务企业三年。',
    items: [
      { text: '同意续聘现物业服务企业', class: 'ordinary' },
      { text: '同意使用维修资金更换电梯（筹集）', class: 'major' },
    ],
    scope: { kind: 'community' },
    startAt: nowMs + DAY,
    endAt: nowMs + 8 * DAY,
    followMajorityCounts: true,
    ...overrides,
  }
}

/** Document counts of everything a vote action may write. */
export async function counts(emu: TestEmulator): Promise<Record<string, number>> {
  const names = ['votes', 'ballots', 'voteEntries', 'audit', 'todos', 'outbox', 'faceChecks', 'subscriptions']
  const sizes = await Promise.all(names.map(async (n) => (await emu.query(n).catch(() => [])).length))
  return Object.fromEntries(names.map((n, i) => [n, sizes[i]]))
}

/**
 * Drafts, submits and approves a vote as the director and the street reviewer; answers its id.
 * The vote starts one day after the emulator's current time and runs seven days.
 */
export async function approvedVote(emu: TestEmulator, overrides: Record<string, unknown> = {}): Promise<string> {
  const draft = must(await callAs(emu, STAFF.director)<{ id: string }>('manageVote', 'createDraft', draftInput(emu.clock.now(), overrides)))
  must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId: draft.id }))
  must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: draft.id }))
  return draft.id
}

/** The emulator's clock moved into the vote's voting window (or past its end). */
export async function moveClock(emu: TestEmulator, voteId: string, to: 'voting' | 'closed'): Promise<void> {
  const [vote] = await emu.query<{ startAt: number; endAt: number }>('votes', { _id: voteId })
  emu.clock.set(to === 'voting' ? vote.startAt + HOUR : vote.endAt)
}
