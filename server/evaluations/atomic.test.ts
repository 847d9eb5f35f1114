import { startHarness, type Harness } from '../testing/harness'
import { freshRating, laterRanking, scoresOf } from '../testing/evaluationFixtures'
import { failNextWrite } from '../testing/faults'

/** A rating and the figures it moves are one transaction: a crash between them leaves neither behind. */
describe('evaluations: nothing half written', () => {
  let h: Harness
  const own = () => h.world.community('own')

  beforeAll(async () => {
    h = await startHarness('eva')
    expect(
      await h.call('operator', 'evaluations', 'setPropertyService', {
        communityId: own(),
        projectName: '乙花园物业服务中心',
        companyName: '万家物业',
      }),
    ).toMatchObject({ ok: true })
  })
  afterAll(async () => {
    await h?.close()
  })

  const rate = (unitId: string, score: number) =>
    h.call('owner', 'evaluations', 'rate', { unitId, target: 'property', scores: scoresOf('property', score), comment: '' })
  /** The call as a dropped connection ends it: the function throws, or answers a failure. */
  const broken = (p: Promise<unknown>) =>
    p.then(
      (r) => expect(r).toMatchObject({ ok: false }),
      (e) => expect(e).toBeInstanceOf(Error),
    )

  /** The kept figures equal a recount of the stored ratings: the tally, and the city board the ranking builds from it. */
  async function figuresAgree() {
    const ratings = await h.emulator.query('evaluations', { communityId: own(), target: 'property' })
    const [stats] = await h.emulator.query('evaluationStats', { communityId: own(), target: 'property' })
    expect(stats?.ratings ?? 0).toBe(ratings.length)
    expect(stats?.dimensions.repairs.sum ?? 0).toBe(ratings.reduce((a, r) => a + r.scores.repairs, 0))
    expect(await laterRanking(h)).toMatchObject({ ok: true })
    const [board] = await h.emulator.query('evaluationBoards', {})
    const total = ratings.reduce((a, r) => a + Object.values(r.scores as Record<string, number>).reduce((x, y) => x + y, 0), 0)
    const entry = board?.property?.find((e: { communityId: string }) => e.communityId === own())
    expect(entry ?? { n: 0, scoreSum: 0 }).toMatchObject({ n: ratings.length, scoreSum: total })
  }

  it('a crash after the rating write, before the tally, leaves the rating and the figures agreeing; a retry lands it', async () => {
    const first = await h.world.freshUnit('own')
    expect(await rate(first, 2)).toMatchObject({ ok: true })
    for (const [unit, score] of [
      [await h.world.freshUnit('own'), 3],
      [first, 5],
    ] as const) {
      const fault = failNextWrite('evaluationStats')
      await broken(rate(unit, score))
      expect(fault.fired()).toBe(true)
      await figuresAgree()
      expect(await rate(unit, score)).toMatchObject({ ok: true })
      await figuresAgree()
    }
  })

  it('a crash writing the rebuilt city board leaves the board as it was; the next page builds it', async () => {
    expect(await rate(await h.world.freshUnit('own'), 4)).toMatchObject({ ok: true })
    const [before] = await h.emulator.query('evaluationBoards', {})
    const fault = failNextWrite('evaluationBoards')
    await broken(laterRanking(h))
    expect(fault.fired()).toBe(true)
    expect(await h.emulator.query('evaluationBoards', {})).toEqual([before])
    await figuresAgree()
  })
})

describe('evaluations: ratings of one community at once take turns', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness('evb')
  })
  afterAll(async () => {
    await h?.close()
  })

  it('ten flats rating at once all land (their transactions share the tally), and the figures and the board built from them agree', async () => {
    const units: string[] = []
    for (let i = 0; i < 10; i += 1) units.push(await h.world.freshUnit('own'))
    const answers = await Promise.all(
      units.map((unitId) =>
        h.call('owner', 'evaluations', 'rate', { unitId, target: 'committee', scores: scoresOf('committee', 3), comment: '' }),
      ),
    )
    expect(answers.map((a) => a.ok)).toEqual(units.map(() => true))
    const [stats] = await h.emulator.query('evaluationStats', { target: 'committee' })
    expect(stats).toMatchObject({ ratings: 10, dimensions: { duty: { sum: 30, count: 10 } } })
    expect(await laterRanking(h, { kind: 'committee' })).toMatchObject({ ok: true })
    const [board] = await h.emulator.query('evaluationBoards', {})
    expect(board.committee).toMatchObject([{ communityId: h.world.community('own'), n: 10, scoreSum: 90 }])
  })
})

describe('evaluations: an objection and its decision land with their to-do, or not at all', () => {
  let h: Harness
  beforeAll(async () => {
    h = await startHarness('evo')
  })
  afterAll(async () => {
    await h?.close()
  })
  const broken = (p: Promise<unknown>) =>
    p.then(
      (r) => expect(r).toMatchObject({ ok: false }),
      (e) => expect(e).toBeInstanceOf(Error),
    )

  it('a crash at the to-do leaves no objection without its to-do, nor a decision with the to-do still open', async () => {
    const ratingId = await freshRating(h.world, 'own', 'property')
    const todo = () => h.emulator.query('todos', { kind: 'ratingObjection', targetId: ratingId })
    const stored = async () => (await h.emulator.query('evaluations', { _id: ratingId }))[0]

    let fault = failNextWrite('todos')
    await broken(h.call('propertyManager', 'evaluations', 'object', { ratingId, reason: '维修记录显示当天已处理' }))
    expect(fault.fired()).toBe(true)
    expect([(await stored()).objection, await todo()]).toEqual([null, []])
    expect(await h.call('propertyManager', 'evaluations', 'object', { ratingId, reason: '维修记录显示当天已处理' })).toMatchObject({
      ok: true,
    })
    expect([(await stored()).objection.status, (await todo())[0].status]).toEqual(['open', 'open'])

    fault = failNextWrite('todos')
    await broken(h.call('districtCentre', 'evaluations', 'decideObjection', { ratingId, upheld: true }))
    expect(fault.fired()).toBe(true)
    expect([(await stored()).objection.status, (await todo())[0].status]).toEqual(['open', 'open'])
    expect(await h.call('districtCentre', 'evaluations', 'decideObjection', { ratingId, upheld: true })).toMatchObject({ ok: true })
    expect([(await stored()).objection.status, (await todo())[0].status]).toEqual(['upheld', 'done'])
  })
})
