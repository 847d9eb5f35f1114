import { startHarness, type Harness } from '../testing/harness'

/** 辖区小区: which communities a street office, a district centre, the city centre and the operator reach. */
let h: Harness
// A third community in the own community's district but another street: the district centre reaches it, the street office does not.
const NEIGHBOUR = { _id: 'lc-c', name: '丙花园', street: '南头街道', district: '南山区' }

beforeAll(async () => {
  h = await startHarness('lc')
  await h.emulator.insert('communities', [NEIGHBOUR])
})
afterAll(async () => {
  await h?.close()
})

type Listed = {
  communities: Array<{ id: string; name: string; street: string; district: string; roles: string[]; may: string[] }>
  nextOffset: number | null
}
const own = () => h.world.communities.own
const other = () => h.world.communities.other
const ids = (r: { ok: boolean; data?: Listed }) => (r.ok && r.data ? r.data.communities.map((c) => c.id).sort() : r)

describe('listCommunities', () => {
  it('gives the street office the communities of its street, with what it may do there', async () => {
    const listed = await h.call<Listed>('streetReviewer', 'committee', 'listCommunities', {})
    expect(listed).toMatchObject({ ok: true, data: { nextOffset: null } })
    if (!listed.ok) return
    expect(listed.data.communities).toEqual([
      {
        id: own().id,
        name: own().name,
        street: own().street,
        district: own().district,
        roles: ['streetReviewer'],
        may: expect.any(Array),
      },
    ])
    const { may } = listed.data.communities[0]
    expect(may).toEqual(expect.arrayContaining(['listFilings', 'getCredit', 'listMeetings', 'addFiling']))
    expect(may).not.toContain('addTraining')
    expect(may).not.toContain('saveCreditBasic')
  })

  it('gives the district centre every community of its district, and the credit entries', async () => {
    const listed = await h.call<Listed>('districtCentre', 'committee', 'listCommunities', {})
    expect(ids(listed)).toEqual([own().id, NEIGHBOUR._id].sort())
    const may = listed.ok ? listed.data.communities[0].may : []
    expect(may).toEqual(expect.arrayContaining(['addFiling', 'addTraining', 'saveCreditBasic', 'addCreditRecord', 'voidCreditRecord']))
  })

  it('gives the city centre and the operator every community, ordered by district, street and name', async () => {
    const city = await h.call<Listed>('cityCentre', 'committee', 'listCommunities', {})
    expect(city.ok && city.data.communities.map((c) => `${c.district}${c.street}`)).toEqual([
      '南山区南头街道',
      '南山区粤海街道',
      '福田区华富街道',
    ])
    const operator = await h.call<Listed>('operator', 'committee', 'listCommunities', {})
    expect(ids(operator)).toEqual([own().id, other().id, NEIGHBOUR._id].sort())
    // The operator does not read the committee's meetings (permission table), so its entry is not offered.
    const may = operator.ok ? operator.data.communities[0].may : []
    expect(may).toContain('addFiling')
    expect(may).not.toContain('listMeetings')
  })

  it("answers one community when asked, and nothing for one outside the caller's reach", async () => {
    expect(ids(await h.call<Listed>('districtCentre', 'committee', 'listCommunities', { communityId: NEIGHBOUR._id }))).toEqual([
      NEIGHBOUR._id,
    ])
    expect(ids(await h.call<Listed>('districtCentre', 'committee', 'listCommunities', { communityId: other().id }))).toEqual([])
    expect(ids(await h.call<Listed>('streetReviewer', 'committee', 'listCommunities', { communityId: NEIGHBOUR._id }))).toEqual([])
  })

  it("reads the caller's roles and then the communities, in one query", async () => {
    h.emulator.resetStats()
    expect((await h.call('districtCentre', 'committee', 'listCommunities', {})).ok).toBe(true)
    expect(h.emulator.stats()['db.reads']).toBe(2)
  })

  it('skips `offset` communities, and says when there are no more', async () => {
    const listed = await h.call<Listed>('cityCentre', 'committee', 'listCommunities', { offset: 2 })
    expect(listed).toMatchObject({ ok: true, data: { nextOffset: null } })
    expect(listed.ok && listed.data.communities.map((c) => c.id)).toEqual([other().id])
  })

  it('refuses the committee, owners and strangers', async () => {
    for (const who of ['director', 'owner', 'stranger'] as const) {
      expect(await h.call(who, 'committee', 'listCommunities', {})).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    expect(await h.call('districtCentre', 'committee', 'listCommunities', { offset: -1 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
  })
})

describe('a street office’s reach', () => {
  it('takes in a community only when both its street and its district match the office’s', async () => {
    // A street of the same name in another district: a street's name is unique only within its district.
    const namesake = { _id: 'lc-d', name: '丁花园', street: own().street, district: other().district }
    await h.emulator.insert('communities', [namesake])
    expect(ids(await h.call<Listed>('streetReviewer', 'committee', 'listCommunities', {}))).toEqual([own().id])
    expect(ids(await h.call<Listed>('streetReviewer', 'committee', 'listCommunities', { communityId: namesake._id }))).toEqual([])
    expect(await h.call('streetReviewer', 'committee', 'getCredit', { communityId: namesake._id })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})
