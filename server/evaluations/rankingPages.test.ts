import { startHarness, type Harness } from '../testing/harness'
import { dimensionKeys } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import type { RankingView } from '../../core/api/evaluations'

/** 评价排名 comes in pages (a city has thousands of projects) and narrows to a district. */
describe('evaluations.ranking pages', () => {
  let h: Harness
  /** A kept tally of 20 ratings with this mean on every dimension (the board is built from the tallies). */
  const tally = (i: number, district: string, mean: number, period: string) => ({
    _id: `property:c${i}:${period}`,
    target: 'property',
    communityId: `c${i}`,
    period,
    name: `小区${i}`,
    district,
    project: `项目${i}`,
    company: '万家物业',
    ratings: 20,
    dimensions: Object.fromEntries(dimensionKeys('property').map((k) => [k, { sum: 20 * mean, count: 20, distribution: [0, 0, 0, 0, 0] }])),
    changedAt: new Date(h.emulator.clock.now()),
    changes: 1,
  })

  beforeAll(async () => {
    h = await startHarness('evr')
    const period = periodOf(h.emulator.clock.now())
    await h.emulator.insert('evaluationStats', [
      tally(1, '南山区', 4.5, period),
      tally(2, '南山区', 4, period),
      tally(3, '福田区', 3.5, period),
      tally(4, '福田区', 3, period),
      tally(5, '罗湖区', 2.5, period),
    ])
  })
  afterAll(async () => {
    await h?.close()
  })

  const ranking = async (input: object) => {
    h.emulator.resetStats()
    const answer = (await h.call('stranger', 'evaluations', 'ranking', { kind: 'project', ...input })) as { ok: true; data: RankingView }
    expect(h.emulator.stats()['fn.evaluations.db'] ?? 0).toBeLessThanOrEqual(3)
    return answer.data
  }

  it('answers one page of rows with where the next starts, ranked over the whole list', async () => {
    const first = await ranking({ limit: 2 })
    expect(first.rows.map((r) => [r.name, r.rank])).toEqual([
      ['项目1', 1],
      ['项目2', 2],
    ])
    expect(first).toMatchObject({ nextOffset: 2, total: 5 })
    const last = await ranking({ offset: 4, limit: 2 })
    expect(last.rows.map((r) => [r.name, r.rank])).toEqual([['项目5', 5]])
    expect(last.nextOffset).toBeNull()
  })

  it('narrows to one district, still listing every district to pick from', async () => {
    const futian = await ranking({ district: '福田区' })
    expect(futian.rows.map((r) => r.name)).toEqual(['项目3', '项目4'])
    expect(futian.districts.map((d) => d.district)).toEqual(['南山区', '福田区', '罗湖区'].sort((a, b) => a.localeCompare(b)))
    expect(futian).toMatchObject({ total: 2, nextOffset: null })
  })

  it('refuses a page larger than the declared maximum', async () => {
    expect(await h.call('stranger', 'evaluations', 'ranking', { kind: 'project', limit: 1000 })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
  })
})
