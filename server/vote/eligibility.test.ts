import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { BuildingView, NonParticipantRow, StatisticsView, TurnoutView, VoteDetail, VoteSummary } from '../../core/api/vote'
import type { TodoPage } from '../../core/api/todos'
import type { Result } from '../../core/result'
import { ballotId } from './model'
import {
  approvedVote,
  callAs,
  COMMUNITY,
  counts,
  DAY,
  draftInput,
  moveClock,
  must,
  openidOf,
  partyOf,
  personId,
  seedVoteWorld,
  STAFF,
} from '../testing/voteScenario'

/*
 * Who may be counted and who may act, on the emulator:
 * - units retired from the register (`inRegister: false`) are in no roll and no scope picker;
 * - where one co-owner was bound before voting started she represents the flat: the other co-owner
 *   (or her delegate) cannot cast, and a ballot of hers left from before is not counted as taking part;
 * - a street reviewer reaches only her street in her own district;
 * - 统计录入 refuses the same item twice.
 * p3 is the only co-owner of 1栋1单元201 bound before the start; p4 binds after it.
 */

const START = Date.UTC(2025, 4, 1, 2, 0)
const IMPOSTOR = 'o-reviewer-same-street-other-district'
const P4_DELEGATE = 'o-delegate-of-p4'
let emu: TestEmulator
let voteId: string
let statsVoteId: string
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)
const director = () => callAs(emu, STAFF.director)
const staff = () => callAs(emu, STAFF.staff)
const flat201 = partyOf('1', '1', '201')
const castAs = (openid: string, partyId: string) =>
  callAs(emu, openid)('castVote', 'cast', { voteId, partyId, choices: { i1: 'oppose', i2: 'oppose' } })

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu, { bound: ['p1', 'p2', 'p3', 'p5', 'p6', 'p7', 'p8'] })
  // Two units a re-import retired: one beside the live flats of building 2, one alone in building 4.
  await emu.insert('units', [
    {
      _id: 'sun:2-1-107',
      communityId: COMMUNITY._id,
      building: '2',
      unitNo: '1',
      room: '107',
      areaCenti: 7000,
      ownerIds: [personId('p2')],
      developerHeld: false,
      inRegister: false,
    },
    {
      _id: 'sun:4-1-101',
      communityId: COMMUNITY._id,
      building: '4',
      unitNo: '1',
      room: '101',
      areaCenti: 9000,
      ownerIds: [personId('p11')],
      developerHeld: false,
      inRegister: false,
    },
  ])
  // A reviewer of a street with the same name in another district.
  await emu.insert('roles', [
    { _id: 'r-impostor', openid: IMPOSTOR, role: 'streetReviewer', street: COMMUNITY.street, district: '福田区', status: 'active' },
  ])
  voteId = await approvedVote(emu)
  statsVoteId = await approvedVote(emu, { followMajorityCounts: false })
  // p4 binds after voting started (the representative is fixed at the start, issue 12 item 2).
  await emu.insert('bindings', [
    {
      _id: `${COMMUNITY._id}:${personId('p4')}`,
      openid: openidOf('p4'),
      personId: personId('p4'),
      communityId: COMMUNITY._id,
      boundAt: new Date(START + DAY + 60_000),
    },
  ])
  await emu.insert('delegations', [
    {
      _id: 'dlg-p4',
      communityId: COMMUNITY._id,
      unitId: 'sun:1-1-201',
      ownerPersonId: personId('p4'),
      ownerOpenid: openidOf('p4'),
      ownerName: '赵六',
      delegateOpenid: P4_DELEGATE,
      delegateName: '孙受托',
      delegateIdHash: 'hash-d4',
      delegateIdLast4: '4321',
      delegatePhone: '13900000004',
      voteId: null,
      until: new Date(Date.UTC(2099, 0, 1)),
      status: 'active',
      createdAt: new Date(Date.UTC(2024, 0, 1)),
    },
  ])
})
afterAll(() => emu.close())

describe('units retired from the register', () => {
  it('are left out of the frozen roll', async () => {
    const vote = must(await director()<VoteDetail>('manageVote', 'get', { voteId }))
    expect(vote.roll).toMatchObject({ headcount: 10, areaCenti: 119000, units: 12 })
  })

  it('are left out of the scope picker', async () => {
    const buildings = must(await director()<BuildingView[]>('manageVote', 'listBuildings', { communityId: COMMUNITY._id }))
    expect(buildings).toEqual([
      { building: '1', units: 4, areaCenti: 41000 },
      { building: '2', units: 6, areaCenti: 48000 },
      { building: '3', units: 2, areaCenti: 30000 },
    ])
  })
})

describe('a co-owned flat with a voting representative', () => {
  beforeAll(async () => {
    await moveClock(emu, voteId, 'voting')
    // The first look after the start fixes the representatives (one document, written once).
    must(await callAs(emu, openidOf('p3'))('castVote', 'ballotPage', { voteId }))
  })

  it('is not offered to the other co-owner, nor cast by her or her delegate, writing nothing', async () => {
    const before = await counts(emu)
    const page = await callAs(emu, openidOf('p4'))('castVote', 'ballotPage', { voteId })
    expect(page).toMatchObject({ ok: false, code: 'NOT_REPRESENTATIVE', message: expect.stringContaining('投票代表') })
    expect(await castAs(openidOf('p4'), flat201)).toMatchObject({
      ok: false,
      code: 'NOT_REPRESENTATIVE',
      message: expect.stringContaining('投票代表'),
    })
    expect(codeOf(await castAs(P4_DELEGATE, flat201))).toBe('NOT_REPRESENTATIVE')
    expect(await counts(emu)).toEqual(before)
  })

  it('does not take part through a ballot the count would not read', async () => {
    // A ballot of p4's as written before casting refused her.
    await emu.insert('ballots', [
      {
        _id: ballotId(voteId, flat201, { kind: 'owner', ownerKey: personId('p4') }),
        voteId,
        partyId: flat201,
        channel: 'electronic',
        ownerKey: personId('p4'),
        castBy: 'owner',
        choices: { i1: 'oppose', i2: 'oppose' },
        receipt: 'LEGACY01',
        rev: 1,
        at: emu.clock.now(),
        by: openidOf('p4'),
        who: '业主',
        areaCenti: 12000,
        coOwned: true,
        confirmsCoOwners: false,
        note: null,
        history: [],
      },
    ])
    const turnout = must(await director()<TurnoutView>('manageVote', 'turnout', { voteId }))
    expect(turnout.headcount.participating).toBe(0)
    expect(turnout.area.participating).toBe(0)
    const absent = must(
      await director()<{ total: number; rows: NonParticipantRow[] }>('manageVote', 'nonParticipants', { voteId, limit: 100 }),
    )
    expect(absent.total).toBe(12)
    expect(absent.rows.map((r) => r.room)).toContain('1栋1单元201')
    // Every party without a counted ballot is reminded, the co-owned 1栋1单元201 among them: all 10 parties,
    // 9 reachable (the two-flat p1 once; p3 and p4 of 1栋1单元201 once), the developer without a phone.
    const reminded = must(await staff()<{ waiting: number; unreachable: number }>('manageVote', 'remind', { voteId }))
    expect(reminded).toMatchObject({ waiting: 10, unreachable: 1 })
  })

  it('is cast by the representative, and then takes part', async () => {
    must(await castAs(openidOf('p3'), flat201))
    // Participation is counted at most every 30 s (server/vote/participation.ts): let that pass.
    emu.clock.advance(30_000)
    const turnout = must(await director()<TurnoutView>('manageVote', 'turnout', { voteId }))
    expect(turnout.headcount.participating).toBe(1)
    expect(turnout.area.participating).toBe(12000)
    const absent = must(
      await director()<{ total: number; rows: NonParticipantRow[] }>('manageVote', 'nonParticipants', { voteId, limit: 100 }),
    )
    expect(absent.rows.map((r) => r.room)).not.toContain('1栋1单元201')
  })
})

describe('a street reviewer of another district with the same street name', () => {
  it('gets no review to-do, cannot approve, and lists nothing', async () => {
    const draft = must(await director()<{ id: string }>('manageVote', 'createDraft', draftInput(emu.clock.now())))
    must(await director()('manageVote', 'submit', { voteId: draft.id }))
    // To-dos are assigned to the street office (street and district), never to a person: the
    // impostor's street has the same name in another district, so she does not see it.
    const todos = await emu.query<{ assignee: object }>('todos', { targetId: draft.id, kind: 'voteReview' })
    expect(todos.map((t) => t.assignee)).toEqual([{ role: 'streetReviewer', street: COMMUNITY.street, district: COMMUNITY.district }])
    const listed = async (openid: string) =>
      must(await callAs(emu, openid)<TodoPage>('todos', 'list', { status: 'open' }))
        .rows.filter((t) => t.kind === 'voteReview')
        .map((t) => t.subject)
    expect(await listed(STAFF.reviewer)).toEqual([draftInput(emu.clock.now()).title])
    expect(await listed(IMPOSTOR)).toEqual([])
    expect(codeOf(await callAs(emu, IMPOSTOR)('manageVote', 'approve', { voteId: draft.id }))).toBe('FORBIDDEN')
    expect(must(await callAs(emu, IMPOSTOR)<VoteSummary[]>('manageVote', 'list', {}))).toEqual([])
    expect(must(await callAs(emu, STAFF.reviewer)<VoteSummary[]>('manageVote', 'list', {})).map((v) => v.id)).toContain(draft.id)
  })
})

describe('统计录入', () => {
  it('refuses the same item entered twice, writing nothing', async () => {
    await moveClock(emu, statsVoteId, 'closed')
    must(await staff()('supplementVote', 'startSupplement', { voteId: statsVoteId }))
    must(await staff()('supplementVote', 'finishSupplement', { voteId: statsVoteId }))
    expect(must(await staff()<StatisticsView>('supplementVote', 'finishFollowMajority', { voteId: statsVoteId })).state).toBe('statistics')
    const fig = { count: 0, areaCenti: 0 }
    const figures = { agree: fig, oppose: fig, abstain: fig, followMajority: fig }
    const before = await counts(emu)
    const answer = await staff()('tallyVote', 'enterStatistics', {
      voteId: statsVoteId,
      items: [
        { itemId: 'i1', figures },
        { itemId: 'i1', figures },
      ],
    })
    expect(answer).toMatchObject({ ok: false, code: 'DUPLICATE_ITEM', message: expect.stringContaining('录入了两次') })
    expect(await counts(emu)).toEqual(before)
    expect(must(await staff()<StatisticsView>('tallyVote', 'statistics', { voteId: statsVoteId })).entered ?? null).toBeNull()
  })
})
