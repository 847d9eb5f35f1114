import { randomBytes } from 'node:crypto'
import { roomLabel as formatRoom } from '../../core/format'

/*
 * Ids and small values of the electronic vote; its documents are declared in
 * server/collections/vote.ts. Uniqueness rests on deterministic `_id`s (CloudBase's transactions
 * are single-document and a conflict inside an op is not retried), so every id below is a pure
 * function of what it identifies.
 */

export function newVoteId(nowMs: number): string {
  return `v${nowMs.toString(36)}${randomBytes(4).toString('hex')}`
}

export function itemIdAt(index: number): string {
  return `i${index + 1}`
}

export type Caster = { kind: 'owner' | 'delegate'; ownerKey: string } | { kind: 'paper' } | { kind: 'follow' }

/** The one document a caster can ever write for a party: a duplicate cast lands on the same id. */
export function ballotId(voteId: string, partyId: string, caster: Caster): string {
  switch (caster.kind) {
    case 'owner':
      return `${voteId}:${partyId}:o:${caster.ownerKey}`
    case 'delegate':
      return `${voteId}:${partyId}:d:${caster.ownerKey}`
    case 'paper':
      return `${voteId}:${partyId}:paper`
    case 'follow':
      return `${voteId}:${partyId}:follow`
  }
}

export function rollChunkId(voteId: string, seq: number): string {
  return `${voteId}:roll:${seq}`
}

export function participationId(voteId: string): string {
  return `${voteId}:participation`
}

export function absentChunkId(voteId: string, generation: string, seq: number): string {
  return `${voteId}:absent:${generation}:${seq}`
}

export function voterBucketId(voteId: string, seq: number): string {
  return `${voteId}:voters:${seq}`
}

/** FNV-1a: a stable bucket for a person, the same in every function instance. */
export function bucketOf(personId: string, buckets: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < personId.length; i++) {
    h ^= personId.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h % Math.max(1, buckets)
}

/** Crockford base32 without I L O U: easy to read aloud and to copy from a screen. */
const RECEIPT_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 60 random bits, shown as XXXX-XXXX-XXXX. */
export function newReceipt(): string {
  const bytes = randomBytes(12)
  let code = ''
  for (let i = 0; i < 12; i++) code += RECEIPT_ALPHABET[bytes[i] & 31]
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8)}`
}

/** The one room label of core/format (1栋2单元603), for the roll, the entries and the exports. */
export function roomLabel(building: string, unitNo: string, room: string): string {
  return formatRoom({ building, unitNo, room })
}

/** The label rolls frozen before that one carry (1-2-603): a room of such a roll is still found by it. */
export function legacyRoomLabel(building: string, unitNo: string, room: string): string {
  return [building, unitNo, room].filter((s) => s !== '').join('-')
}
