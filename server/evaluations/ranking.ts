import type { z } from 'zod'
import type { evaluationsApi, RankingRow, RankingView } from '../../core/api/evaluations'
import { dimensionKeys } from '../../core/evaluations/dimensions'
import { periodLabel, periodOf } from '../../core/evaluations/period'
import { MIN_RATINGS, rank, SHRINKAGE_K } from '../../core/evaluations/ranking'
import type { BoardEntry } from '../../core/evaluations/board'
import { toDate } from '../db'
import { ok, withoutRoles, type Ctx } from '../handler'
import { boardOfPeriod } from './board'

type In = z.output<(typeof evaluationsApi)['ranking']['input']>
type Entry = BoardEntry

/**
 * 评价排名: the period's board (server/evaluations/board.ts: at most two reads while it is fresh, none while this
 * instance holds it; rebuilt from the tallies when stale), answered a page at a time. Scores shrink toward
 * the district's mean (companies, which span districts, toward the city's): core/evaluations/ranking.ts.
 */
export const ranking = withoutRoles(async (input: In, ctx: Ctx) => {
  const period = periodOf(ctx.now())
  const board = await boardOfPeriod(ctx, period)
  const target = input.kind === 'committee' ? 'committee' : 'property'
  const perRating = dimensionKeys(target).length
  const all: Entry[] = board?.[target] ?? []
  const districts = districtFigures(all, perRating)
  const prior = (district: string) => districts.find((d) => d.district === district)?.mean ?? 3
  // Drill-down: one district's, or one company's projects (ranked among themselves, each still shrunk toward its district).
  const scope = all.filter((e) => (!input.district || e.district === input.district) && (!input.company || e.company === input.company))
  const rows = input.kind === 'company' ? companies(scope, perRating) : parties(scope, perRating, prior, input.kind)
  const view: RankingView = {
    kind: input.kind,
    periodLabel: periodLabel(period),
    asOf: board ? toDate(board.asOf).getTime() : null,
    formula: `得分 =（n×平均分 + ${SHRINKAGE_K}×${input.kind === 'company' ? '全市' : '区'}平均分）÷（n + ${SHRINKAGE_K}），不足${MIN_RATINGS}条评价的不排名`,
    k: SHRINKAGE_K,
    minRatings: MIN_RATINGS,
    districts,
    rows: rows.slice(input.offset, input.offset + input.limit),
    nextOffset: input.offset + input.limit < rows.length ? input.offset + input.limit : null,
    total: rows.length,
  }
  return ok(view)
})

function districtFigures(all: Entry[], perRating: number) {
  const by = new Map<string, { sum: number; n: number; communities: number }>()
  for (const e of all) {
    const d = by.get(e.district) ?? { sum: 0, n: 0, communities: 0 }
    by.set(e.district, { sum: d.sum + e.scoreSum, n: d.n + e.n, communities: d.communities + 1 })
  }
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([district, d]) => ({ district, mean: d.n > 0 ? d.sum / (d.n * perRating) : null, ratings: d.n, communities: d.communities }))
}

function parties(scope: Entry[], perRating: number, prior: (district: string) => number, kind: 'project' | 'committee'): RankingRow[] {
  const byKey = new Map(scope.map((e) => [e.communityId, e]))
  return rank(scope.map((e) => ({ key: e.communityId, sum: e.scoreSum / perRating, n: e.n, prior: prior(e.district) }))).map((r) => {
    const e = byKey.get(r.key)!
    return {
      ...r,
      name: kind === 'project' ? (e.project ?? e.name) : `${e.name}业主委员会`,
      note: kind === 'project' ? `${e.company ?? ''} · ${e.district}` : e.district,
      communityId: e.communityId,
    }
  })
}

function companies(scope: Entry[], perRating: number): RankingRow[] {
  const by = new Map<string, { sum: number; n: number }>()
  for (const e of scope) {
    if (!e.company) continue
    const c = by.get(e.company) ?? { sum: 0, n: 0 }
    by.set(e.company, { sum: c.sum + e.scoreSum / perRating, n: c.n + e.n })
  }
  const total = [...by.values()].reduce((a, c) => ({ sum: a.sum + c.sum, n: a.n + c.n }), { sum: 0, n: 0 })
  const prior = total.n > 0 ? total.sum / total.n : 3
  const projects = (name: string) => scope.filter((e) => e.company === name).length
  return rank([...by.entries()].map(([key, c]) => ({ key, sum: c.sum, n: c.n, prior }))).map((r) => ({
    ...r,
    name: r.key,
    note: `${projects(r.key)}个项目`,
    communityId: null,
  }))
}
