import type { EvaluationTarget } from './dimensions'
import type { Tally } from './tally'

/** What the ranking shows of a rated party beside its figures. */
export interface PartyNames {
  name: string
  district: string
  project: string | null
  company: string | null
}

/** One rated party on a period's board: its names, the sum of all its dimension scores and its number of ratings. */
export interface BoardEntry extends PartyNames {
  communityId: string
  scoreSum: number
  n: number
}

/** Every rated party of the city for one period, each target in order of community id. */
export interface Board {
  property: BoardEntry[]
  committee: BoardEntry[]
}

/** A kept tally as the board reads it. */
export type BoardTally = Pick<Tally, 'ratings' | 'dimensions'> & PartyNames & { target: EvaluationTarget; communityId: string }

/**
 * Pure: the board folded from the period's tallies (never from the ratings). A tally's ratings are its n, the
 * sum of its dimensions' sums its scoreSum, so the board equals a recount of the ratings whenever the tallies
 * do (tally.test.ts). A tally with no rating shows nothing.
 */
export function boardOf(tallies: readonly BoardTally[]): Board {
  const board: Board = { property: [], committee: [] }
  for (const t of tallies) {
    if (t.ratings <= 0) continue
    const scoreSum = Object.values(t.dimensions).reduce((sum, d) => sum + d.sum, 0)
    const { name, district, project, company, communityId } = t
    board[t.target].push({ communityId, name, district, project, company, scoreSum, n: t.ratings })
  }
  for (const entries of [board.property, board.committee]) entries.sort((a, b) => (a.communityId < b.communityId ? -1 : 1))
  return board
}
