import { startHarness, type Harness } from '../testing/harness'
import { dimensionKeys } from '../../core/evaluations/dimensions'
import { periodOf } from '../../core/evaluations/period'
import type { RankingView } from '../../core/api/evaluations'

/** 评价排名 comes in pages (a city has thousands of projects) and narrows to a district. */
describe('evaluations.ranking pages', () => {
  let h: Harness
  const perRating = dimensionKeys('property').length
  const entry = (i: number, district: string, mean: number) => ({
    name: `小区${i}`,
    district,
    project: `项目${i}`,
    company: '万家物业',
    n: 20,
    scoreSum: 20 * perRating * mean,
  })

  beforeAll(async () => {
    h = await startHarness('evr')
    const period = periodOf(h.emulator.clock.now())
    await h.emulator.insert('evaluationBoards', [
      {
        _id: `board:${period}`,
        period,
        changes: 5,
        committee: {},
        property: {
          c1: entry(1, '南山区', 4.5),
          c2: entry(2, '南山区', 4),
          c3: entry(3, '福田区', 3.5),
          c4: entry(4, '福田区', 3),
          c5: entry(5, '罗湖区', 2.5),
        },
      },
    ])
  })
  afterAll(async () => {
    await h?.close()
  })

  const ranking = async (input: object) => {
    h.emulator.resetStats()
    const answer = (await h.call('stranger', 'evaluations', 'ranking', { kind: 'project', ...input })) as { ok: true; data: RankingView }
    expect(h.emulator.stats()['fn.evaluations.db']).toBeLessThanOrEqual(3)
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
