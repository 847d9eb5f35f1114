import { checkUnits, partiesOf } from '../../core/vote/parties'
import type { ScopeUnit } from '../../core/vote/types'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { firstRow, isDuplicate, rows } from '../db'
import type { CommunityDoc } from '../collections/register'
import { voteFail } from './errors'
import { bucketOf, rollChunkId, roomLabel, voterBucketId } from './model'
import type { RepresentativesDoc, RollChunkDoc, RollMeta, RollUnit, VoteDoc, VoterBucketDoc, VoterParty } from '../collections/vote'
import { boundBefore, fixedRepresentatives, representativesOf, withRepresentatives } from './representatives'
import { readAll } from './paging'
import { maskName } from '../../core/mask'

/*
 * The voting roll: the scope's units, parties and areas frozen when the street office approves,
 * so that later edits of the register never change a running vote (co-owned units'
 * representatives are fixed later, at the start: representatives.ts). It is written as a few
 * chunk documents (read back all at once by the count) plus person-keyed buckets (read one at a
 * time by a voter), so neither the count nor a cast ever reads one document per unit.
 */

const UNITS_PER_CHUNK = 2000
/** Small buckets keep a cast's one roll read to a few kilobytes (400 buckets for 20,000 owners). */
const PERSONS_PER_BUCKET = 50

interface RegisterUnit {
  _id: string
  building: string
  unitNo?: string
  room: string
  areaCenti: number
  ownerIds?: string[]
  developerHeld?: boolean
}

export interface FrozenRoll {
  meta: RollMeta
  docs: Array<RollChunkDoc | VoterBucketDoc>
  /** Openids of owners bound to a unit in scope (for the approval message). */
  boundOpenids: string[]
}

/** Reads the register for the vote's scope and builds the roll documents (nothing is written). */
export async function buildRoll(db: Database, vote: VoteDoc, nowMs: number): Promise<FrozenRoll> {
  const _ = db.command
  // Units retired from the register on re-import stay as records but are no longer anyone's to vote
  // with; `neq(false)` keeps documents written before the flag existed.
  const unitFilter: Record<string, unknown> = { communityId: vote.communityId, inRegister: _.neq(false) }
  if (vote.scope.kind === 'buildings') unitFilter.building = _.in(vote.scope.buildings)
  const [register, persons, boundPersons, community] = await Promise.all([
    readAll<RegisterUnit>(db, COLLECTIONS.units, unitFilter, {
      building: true,
      unitNo: true,
      room: true,
      areaCenti: true,
      ownerIds: true,
      developerHeld: true,
    }),
    readAll<{ _id: string; name?: string }>(db, COLLECTIONS.persons, { communityId: vote.communityId }, { name: true }),
    boundBefore(db, vote.communityId, vote.startAt),
    firstRow<Pick<CommunityDoc, 'importStatus'>>(
      db.collection(COLLECTIONS.communities).where({ _id: vote.communityId }).field({ importStatus: true }).limit(1),
    ),
  ])
  // A register import still running (or interrupted: importing the file again finishes it) is half old, half new.
  if (community?.importStatus === 'importing') voteFail('REGISTER_IMPORTING')
  const names = new Map(persons.map((p) => [p._id, maskName(p.name ?? '')]))
  const units: ScopeUnit[] = register.map((u) => ({
    id: u._id,
    room: roomLabel(u.building, u.unitNo ?? '', u.room),
    areaCenti: u.areaCenti,
    ownerKeys: [...(u.ownerIds ?? [])].sort(),
    developerHeld: Boolean(u.developerHeld),
  }))
  const checked = checkUnits(units)
  if (!checked.ok) voteFail(checked.code === 'EMPTY_SCOPE' ? 'EMPTY_SCOPE' : 'WRONG_STATE', checked.message)
  const parties = partiesOf(units)

  const reps = representativesOf(parties, boundPersons)
  const representatives = new Map(Object.entries(reps))

  const rollUnits: RollUnit[] = units.map((u) => [
    u.id,
    u.room,
    u.areaCenti,
    [...u.ownerKeys],
    u.developerHeld ? 1 : 0,
    u.ownerKeys.map((k) => names.get(k) ?? '*'),
  ])
  // Each representative is stored with the chunk holding its party's first unit.
  const chunkOfUnit = new Map(rollUnits.map((u, i) => [u[0], Math.floor(i / UNITS_PER_CHUNK)] as const))
  const representativesByChunk = new Map<number, Array<[string, string]>>()
  for (const p of parties) {
    const rep = representatives.get(p.id)
    if (!rep) continue
    const seq = chunkOfUnit.get(p.unitIds[0]) as number
    representativesByChunk.set(seq, [...(representativesByChunk.get(seq) ?? []), [p.id, rep]])
  }
  const chunks: RollChunkDoc[] = []
  for (let i = 0; i * UNITS_PER_CHUNK < rollUnits.length; i++) {
    chunks.push({
      _id: rollChunkId(vote._id, i),
      voteId: vote._id,
      kind: 'roll',
      seq: i,
      units: JSON.stringify(rollUnits.slice(i * UNITS_PER_CHUNK, (i + 1) * UNITS_PER_CHUNK)),
      representatives: representativesByChunk.get(i) ?? [],
    })
  }

  const voterParties = new Map<string, VoterParty[]>()
  for (const p of parties) {
    if (p.developerHeld) continue // The developer casts on paper (补计); it binds no openid.
    const entry: VoterParty = {
      partyId: p.id,
      unitIds: p.unitIds,
      rooms: p.rooms,
      areaCenti: p.areaCenti,
      coOwned: p.coOwned,
      ownerKeys: p.ownerKeys,
      representative: representatives.get(p.id) ?? null,
    }
    for (const key of p.ownerKeys) voterParties.set(key, [...(voterParties.get(key) ?? []), entry])
  }
  const bucketCount = Math.max(1, Math.ceil(voterParties.size / PERSONS_PER_BUCKET))
  const buckets: VoterBucketDoc[] = Array.from({ length: bucketCount }, (_unused, seq) => ({
    _id: voterBucketId(vote._id, seq),
    voteId: vote._id,
    kind: 'voters',
    seq,
    persons: [],
  }))
  for (const [personId, list] of voterParties) buckets[bucketOf(personId, bucketCount)].persons.push([personId, list])

  const inScope = new Set(units.flatMap((u) => u.ownerKeys))
  const boundOpenids = [...new Set([...boundPersons].filter(([personId]) => inScope.has(personId)).flatMap(([, openids]) => openids))]
  return {
    meta: {
      frozenAt: nowMs,
      units: units.length,
      headcount: parties.length,
      areaCenti: parties.reduce((sum, p) => sum + p.areaCenti, 0),
      rollChunks: chunks.length,
      voterBuckets: bucketCount,
    },
    docs: [...chunks, ...buckets],
    boundOpenids,
  }
}

/**
 * Replaces any roll left by an earlier approval attempt, then writes the new one in one batch.
 * Approvals racing on one vote write the same ids: the batch of a loser collides on them and it
 * answers VOTE_CHANGED (the winner's roll stays, built from the same register).
 */
export async function writeRoll(db: Database, voteId: string, docs: ReadonlyArray<RollChunkDoc | VoterBucketDoc>): Promise<void> {
  const _ = db.command
  await db
    .collection(COLLECTIONS.voteEntries)
    .where({ voteId, kind: _.in(['roll', 'voters']) })
    .remove()
  try {
    await db.collection(COLLECTIONS.voteEntries).add({ data: docs as unknown as object })
  } catch (e) {
    if (isDuplicate(e)) voteFail('VOTE_CHANGED')
    throw e
  }
}

export interface Roll {
  units: ScopeUnit[]
  /** unitId → masked owner names, for lists shown to staff. */
  ownerNames: Map<string, string[]>
  representatives: Record<string, string>
}

/**
 * The whole frozen roll in one read (its chunks are few and come back together, with the
 * representatives fixed at the start once written); from the start on, with those representatives.
 */
export async function readRoll(db: Database, vote: Pick<VoteDoc, '_id' | 'communityId' | 'startAt'>, nowMs: number): Promise<Roll> {
  const docs = await rows<RollChunkDoc | RepresentativesDoc>(
    db
      .collection(COLLECTIONS.voteEntries)
      .where({ voteId: vote._id, kind: db.command.in(['roll', 'representatives']) })
      .limit(1000),
  )
  const chunks = docs.filter((d): d is RollChunkDoc => d.kind === 'roll')
  if (chunks.length === 0) voteFail('WRONG_STATE', '这次投票还没有冻结投票名册（审核通过时生成）')
  const roll = rollFromChunks(chunks)
  const written = docs.find((d): d is RepresentativesDoc => d.kind === 'representatives')
  if (written) return { ...roll, representatives: Object.fromEntries(written.representatives) }
  const reps = await fixedRepresentatives(db, vote, nowMs, async () => partiesOf(roll.units))
  return reps ? { ...roll, representatives: reps } : roll
}

/**
 * The voter's parties with the representatives fixed at the start (a bucket holds those known at
 * approval). Only a co-owned party has one to fix: other voters spend no read on it.
 */
export async function withStartRepresentatives(
  db: Database,
  vote: Pick<VoteDoc, '_id' | 'communityId' | 'startAt'>,
  nowMs: number,
  parties: Map<string, VoterParty[]>,
): Promise<Map<string, VoterParty[]>> {
  if (![...parties.values()].some((list) => list.some((p) => p.coOwned))) return parties
  const reps = await fixedRepresentatives(db, vote, nowMs, async () => {
    const chunks = await rows<RollChunkDoc>(db.collection(COLLECTIONS.voteEntries).where({ voteId: vote._id, kind: 'roll' }).limit(1000))
    return partiesOf(rollFromChunks(chunks).units)
  })
  return withRepresentatives(parties, reps)
}

/** Pure: the roll from its chunk documents, in any order. */
export function rollFromChunks(chunks: readonly RollChunkDoc[]): Roll {
  const units: ScopeUnit[] = []
  const ownerNames = new Map<string, string[]>()
  const representatives: Record<string, string> = {}
  for (const chunk of [...chunks].sort((a, b) => a.seq - b.seq)) {
    const chunkUnits: RollUnit[] = typeof chunk.units === 'string' ? JSON.parse(chunk.units) : chunk.units
    for (const [id, room, areaCenti, ownerKeys, developerHeld, names] of chunkUnits) {
      units.push({ id, room, areaCenti, ownerKeys, developerHeld: developerHeld === 1 })
      ownerNames.set(id, names)
    }
    for (const [partyId, personId] of chunk.representatives) representatives[partyId] = personId
  }
  return { units, ownerNames, representatives }
}

/**
 * A frozen roll never changes: only the approval transaction sets `vote.roll`, and nothing writes
 * the buckets after it. So a function instance keeps the buckets it has read, and a burst of casts
 * reads each bucket about once per instance instead of once per cast.
 */
const bucketCache = new Map<string, Map<string, VoterParty[]>>()
const BUCKET_CACHE_SIZE = 2000

/** The parties each person may cast for, from their buckets: at most one read whatever the roll's size. */
export async function readVoterParties(
  db: Database,
  vote: Pick<VoteDoc, '_id' | 'roll'>,
  personIds: readonly string[],
): Promise<Map<string, VoterParty[]>> {
  const out = new Map<string, VoterParty[]>()
  if (!vote.roll || personIds.length === 0) return out
  const count = vote.roll.voterBuckets
  const ids = [...new Set(personIds.map((p) => voterBucketId(vote._id, bucketOf(p, count))))]
  const missing = ids.filter((id) => !bucketCache.has(id))
  if (missing.length > 0) {
    const buckets = await rows<VoterBucketDoc>(
      db
        .collection(COLLECTIONS.voteEntries)
        .where({ _id: db.command.in(missing) })
        .limit(missing.length),
    )
    for (const bucket of buckets) {
      if (bucketCache.size >= BUCKET_CACHE_SIZE) bucketCache.delete(bucketCache.keys().next().value as string)
      bucketCache.set(bucket._id, new Map(bucket.persons))
    }
  }
  for (const id of ids) {
    const persons = bucketCache.get(id)
    for (const personId of personIds) {
      const parties = persons?.get(personId)
      if (parties) out.set(personId, parties)
    }
  }
  return out
}
