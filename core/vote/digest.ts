import { compareText } from './parties'
import { sha256Hex } from './sha256'
import type { EffectiveBallot } from './types'

export interface BallotDigest {
  /** Format tag, first line of `text`; bump it if the line format ever changes. */
  format: typeof DIGEST_FORMAT
  /** The published list: one JSON line `["<receipt>","<itemId>","<choice>"]` per ballot. */
  text: string
  sha256: string
  count: number
}

export const DIGEST_FORMAT = 'yeweihui-ballots-v1'

/**
 * A canonical list of every effective ballot and its SHA-256, published with the result so an
 * owner can find her receipt code in the list and anyone can check the list was not altered.
 * Canonical: lines sorted by receipt then item (code-unit order), each a JSON array so any
 * character in an id is escaped unambiguously; "\n" after every line. It carries no party or
 * room, so publishing it does not reveal how a household voted.
 */
export function ballotDigest(ballots: readonly Pick<EffectiveBallot, 'receipt' | 'itemId' | 'choice'>[]): BallotDigest {
  const lines = ballots
    .map((b) => ({ key: [b.receipt, b.itemId] as const, line: JSON.stringify([b.receipt, b.itemId, b.choice]) }))
    .sort((a, b) => compareText(a.key[0], b.key[0]) || compareText(a.key[1], b.key[1]) || compareText(a.line, b.line))
    .map((l) => `${l.line}\n`)
  const text = `${DIGEST_FORMAT}\n${lines.join('')}`
  return { format: DIGEST_FORMAT, text, sha256: sha256Hex(text), count: ballots.length }
}

/** The line an owner looks for in the published list, given her receipt. */
export function digestLine(ballot: Pick<EffectiveBallot, 'receipt' | 'itemId' | 'choice'>): string {
  return JSON.stringify([ballot.receipt, ballot.itemId, ballot.choice])
}
