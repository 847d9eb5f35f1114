import { startHarness, type Harness } from '../testing/harness'
import { scoresOf } from '../testing/evaluationFixtures'
import type { RankingView } from '../../core/api/evaluations'
import { FRESH_MS, SETTLE_MS } from './board'

/**
 * The ranking's board is lazy: no rating writes it; the ranking page rebuilds it from the kept tallies when it is
 * stale (at most every FRESH_MS, and only when a tally changed since), and says when it was built.
 */
describe('evaluations: the ranking board, rebuilt from the tallies', () => {
  let h: Harness
  const own = () => h.world.community('own')

  beforeAll(async () => {
    h = await startHarness('evk')
    expect(
      await h.call('operator', 'evaluations', 'setPropertyService', {
        communityId: own(),
        projectName: '丙花园物业服务中心',
        companyName: '万家物业',
      }),
    ).toMatchObject({ ok: true })
  })
  afterAll(async () => {
    await h?.close()
  })

  const rate = async (score: number, unitId?: string) => {
    const unit = unitId ?? (await h.world.freshUnit('own'))
    expect(
      await h.call('owner', 'evaluations', 'rate', { unitId: unit, target: 'property', scores: scoresOf('property', score), comment: '' }),
    ).toMatchObject({ ok: true })
    return unit
  }
  /** The page with what it cost. */
  const ranking = async () => {
    h.emulator.resetStats()
    const answer = (await h.call('stranger', 'evaluations', 'ranking', { kind: 'project' })) as { ok: true; data: RankingView }
    expect(answer).toMatchObject({ ok: true })
    const s = h.emulator.stats()
    return { view: answer.data, reads: s['fn.evaluations.reads'] ?? 0, writes: s['fn.evaluations.writes'] ?? 0 }
  }
  const row = (view: RankingView) => view.rows.find((r) => r.communityId === own())

  it('builds the board on the first page after a rating, and shows the figures with when they were gathered', async () => {
    const units = [await rate(4), await rate(4), await rate(4), await rate(4)]
    expect(await h.emulator.query('evaluationBoards', {})).toEqual([])
    await rate(2, units[0])
    const first = await ranking()
    // The stored board (none yet), the period's tallies (one page); the board written.
    expect([first.reads, first.writes]).toEqual([2, 1])
    expect(row(first.view)).toMatchObject({ n: 4, mean: 3.5, name: '丙花园物业服务中心' })
    expect(first.view.asOf).toBeLessThanOrEqual(h.emulator.clock.now())
    const [stored] = await h.emulator.query('evaluationBoards', {})
    expect(new Date(stored.asOf).getTime()).toBe(first.view.asOf)
    // While fresh, this instance answers from its copy.
    expect((await ranking()).reads).toBe(0)
  })

  it('shows a new rating once the board is older than FRESH_MS, rebuilding it; with nothing changed it only checks', async () => {
    const before = await ranking()
    await rate(5)
    // Within FRESH_MS of the last build the page answers the board it has (数据更新于 says when).
    const soon = await ranking()
    expect([soon.reads, row(soon.view)?.n, soon.view.asOf]).toEqual([0, 4, before.view.asOf])
    h.emulator.clock.advance(FRESH_MS)
    const later = await ranking()
    // The stored board, whether a tally changed since, the tallies; the board written.
    expect([later.reads, later.writes]).toEqual([3, 1])
    expect(row(later.view)).toMatchObject({ n: 5 })
    expect(later.view.asOf).toBeGreaterThan(before.view.asOf!)
    // A change stamped within SETTLE_MS before a build may not have been committed when it read: built once more.
    h.emulator.clock.advance(SETTLE_MS)
    const settled = await ranking()
    expect([settled.writes, row(settled.view)?.n]).toEqual([1, 5])
    // After that nothing is newer than the board: a stale page reads the board and the check, and rebuilds nothing.
    h.emulator.clock.advance(FRESH_MS)
    const idle = await ranking()
    expect([idle.reads, idle.writes, idle.view.asOf]).toEqual([2, 0, settled.view.asOf])
    expect(row(idle.view)).toMatchObject({ n: 5 })
    // And this instance keeps that answer for FRESH_MS.
    expect((await ranking()).reads).toBe(0)
  })

  it('follows a change of the property service: the tally carries the new names and the board is rebuilt with them', async () => {
    expect(
      await h.call('operator', 'evaluations', 'setPropertyService', {
        communityId: own(),
        projectName: '丙花园新物业中心',
        companyName: '千家物业',
      }),
    ).toMatchObject({ ok: true })
    h.emulator.clock.advance(FRESH_MS)
    const after = await ranking()
    expect(row(after.view)).toMatchObject({ n: 5, name: '丙花园新物业中心', note: expect.stringContaining('千家物业') })
    const company = await h.call<RankingView>('stranger', 'evaluations', 'ranking', { kind: 'company' })
    expect(company.ok && company.data.rows.map((r) => r.name)).toEqual(['千家物业'])
  })
})
