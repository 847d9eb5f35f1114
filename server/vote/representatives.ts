import type { Party } from '../../core/vote/types'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { firstRow, isDuplicate, toDate } from '../db'
import type { RepresentativesDoc, VoteDoc, VoterParty } from '../collections/vote'
import { readAll } from './paging'

/*
 * A co-owned unit's voting representative is the one co-owner bound before voting started (manual
 * 十一.4 "未在投票正式开始绑定房屋的…", docs/counting-rules.md §4): not at approval, when the roll is
 * frozen. The roll keeps the representatives as they stood at approval; from the start on they are
 * fixed once, in one document written by whichever call first needs them, from the bindings made
 * before the start (so every writer finds the same), and nothing changes them afterwards.
 */

export type Representatives = Record<string, string>

type BindingTime = { _id: string; personId: string; boundAt?: Date | string | number }

/** Bindings made before `startAt` (bindings written before the time was recorded count as before). */
export async function boundBefore(db: Database, communityId: string, startAt: number): Promise<Map<string, string[]>> {
  const bindings = await readAll<BindingTime & { openid: string }>(
    db,
    COLLECTIONS.bindings,
    { communityId },
    { personId: true, openid: true, boundAt: true },
  )
  const out = new Map<string, string[]>()
  for (const b of bindings) {
    if (b.boundAt !== undefined && b.boundAt !== null && toDate(b.boundAt).getTime() >= startAt) continue
    out.set(b.personId, [...(out.get(b.personId) ?? []), b.openid])
  }
  return out
}

/** Pure: each co-owned party with exactly one co-owner bound is represented by her; none or several → none. */
export function representativesOf(parties: readonly Party[], bound: ReadonlyMap<string, unknown>): Representatives {
  const out: Representatives = {}
  for (const p of parties) {
    if (!p.coOwned) continue
    const boundOwners = p.ownerKeys.filter((k) => bound.has(k))
    if (boundOwners.length === 1) out[p.id] = boundOwners[0]
  }
  return out
}

function representativesId(voteId: string): string {
  return `${voteId}:representatives`
}

/** Fixed representatives never change: a function instance keeps the ones it has read. */
const fixed = new Map<string, Representatives>()

/**
 * The representatives of a vote that has started (null before its start: the roll's then stand).
 * One read at most per instance; the first call after the start also reads the roll and the
 * community's bindings to write them.
 */
export async function fixedRepresentatives(
  db: Database,
  vote: Pick<VoteDoc, '_id' | 'communityId' | 'startAt'>,
  nowMs: number,
  units: () => Promise<Party[]>,
): Promise<Representatives | null> {
  if (nowMs < vote.startAt) return null
  const hit = fixed.get(vote._id)
  if (hit) return hit
  const id = representativesId(vote._id)
  const read = async () => firstRow<RepresentativesDoc>(db.collection(COLLECTIONS.voteEntries).where({ _id: id }).limit(1))
  let doc = await read()
  if (!doc) {
    const [parties, bound] = await Promise.all([units(), boundBefore(db, vote.communityId, vote.startAt)])
    const reps = representativesOf(parties, bound)
    const fresh: RepresentativesDoc = {
      _id: id,
      voteId: vote._id,
      kind: 'representatives',
      fixedAt: nowMs,
      representatives: Object.entries(reps),
    }
    try {
      await db.collection(COLLECTIONS.voteEntries).add({ data: fresh })
      doc = fresh
    } catch (e) {
      if (!isDuplicate(e)) throw e
      doc = await read()
    }
  }
  const reps = Object.fromEntries(doc?.representatives ?? [])
  if (fixed.size >= 200) fixed.delete(fixed.keys().next().value as string)
  fixed.set(vote._id, reps)
  return reps
}

/** The voter's parties with the representatives fixed at the start (a roll bucket holds those of the approval). */
export function withRepresentatives(parties: Map<string, VoterParty[]>, reps: Representatives | null): Map<string, VoterParty[]> {
  if (!reps) return parties
  const out = new Map<string, VoterParty[]>()
  for (const [person, list] of parties) {
    out.set(
      person,
      list.map((p) => (p.coOwned ? { ...p, representative: reps[p.partyId] ?? null } : p)),
    )
  }
  return out
}
