import type { Choice, EntryView, VoteState } from '../../core/api/vote'
import { partiesOf } from '../../core/vote/parties'
import type { Party } from '../../core/vote/types'
import { COLLECTIONS } from '../collections'
import type { Database } from '../cloud'
import { rows } from '../db'
import type { Ctx } from '../handler'
import { voteFail } from './errors'
import { ballotId, legacyRoomLabel, newReceipt, roomLabel } from './model'
import type { BallotDoc, Stamp, VoteDoc } from '../collections/vote'
import type { Roll } from './roll'
import { changeVote, type AuditInput } from './store'
import { requireState } from './state'

/*
 * Staff entries (投票补计 paper ballots, co-owned confirmations, 确认从众 entries). Each party has
 * one paper document and one 从众 document (deterministic ids); a correction replaces it and keeps
 * the previous version in `history`. The write commits in the same transaction as the vote's
 * revision bump and the audit entry, so an entry can never land after its stage has finished.
 */

export interface RoomHit {
  unitId: string
  room: string
  party: Party
  owners: string[]
}

/** Finds a room of the frozen roll; UNKNOWN_ROOM when the scope has no such room. */
export function findRoom(roll: Roll, parties: readonly Party[], building: string, unitNo: string, room: string): RoomHit {
  const label = roomLabel(building, unitNo, room)
  const legacy = legacyRoomLabel(building, unitNo, room)
  const unit = roll.units.find((u) => u.room === label) ?? roll.units.find((u) => u.room === legacy)
  if (!unit) voteFail('UNKNOWN_ROOM', `投票范围内没有房号 ${label}`)
  const party = parties.find((p) => p.unitIds.includes(unit.id)) as Party
  return { unitId: unit.id, room: unit.room, party, owners: roll.ownerNames.get(unit.id) ?? [] }
}

export function findParty(roll: Roll, partyId: string): Party {
  const party = partiesOf(roll.units).find((p) => p.id === partyId)
  if (!party) voteFail('UNKNOWN_ROOM', '投票范围内没有这套房')
  return party
}

export type PartyBallot = Pick<
  BallotDoc,
  '_id' | 'channel' | 'ownerKey' | 'castBy' | 'choices' | 'receipt' | 'rev' | 'at' | 'by' | 'who' | 'note' | 'history' | 'confirmsCoOwners'
>

/** Every ballot document a party can have, read by id: one read. */
export async function partyBallots(db: Database, voteId: string, party: Party): Promise<PartyBallot[]> {
  const ids = [
    ballotId(voteId, party.id, { kind: 'paper' }),
    ballotId(voteId, party.id, { kind: 'follow' }),
    ...party.ownerKeys.flatMap((ownerKey) => [
      ballotId(voteId, party.id, { kind: 'owner', ownerKey }),
      ballotId(voteId, party.id, { kind: 'delegate', ownerKey }),
    ]),
  ]
  return rows<PartyBallot>(
    db
      .collection(COLLECTIONS.ballots)
      .where({ _id: db.command.in(ids) })
      .limit(ids.length),
  )
}

export function entryView(
  doc: Pick<BallotDoc, 'partyId' | 'channel' | 'choices' | 'receipt' | 'at' | 'who' | 'note'>,
  rooms: string[],
  electronicStands: boolean,
): EntryView {
  return {
    partyId: doc.partyId,
    rooms,
    channel: doc.channel,
    choices: doc.choices,
    receipt: doc.receipt,
    entered: { who: doc.who, at: doc.at },
    electronicStands,
    note: doc.note,
  }
}

export interface EntryRequest {
  vote: VoteDoc
  party: Party
  kind: 'paper' | 'follow'
  choices: Record<string, Choice>
  confirmsCoOwners: boolean
  note: string
  stamp: Stamp
  /** States the entry is allowed in; entering in `closed` starts 投票补计 in the same transaction. */
  allowed: readonly VoteState[]
  action: string
  room: string
}

/** Writes one staff entry with the vote's revision bump and its audit entry, all in one transaction. */
export async function writeEntry(ctx: Ctx, req: EntryRequest, existing: readonly PartyBallot[]): Promise<EntryView> {
  const id = ballotId(req.vote._id, req.party.id, { kind: req.kind })
  const previous = existing.find((b) => b._id === id)
  const electronicStands = existing.some((b) => b.channel === 'electronic') && !req.confirmsCoOwners
  const doc: BallotDoc = {
    _id: id,
    voteId: req.vote._id,
    partyId: req.party.id,
    channel: req.kind === 'paper' ? 'paper' : 'followEntry',
    ownerKey: null,
    castBy: 'staff',
    choices: req.choices,
    receipt: newReceipt(),
    rev: (previous?.rev ?? 0) + 1,
    at: req.stamp.at,
    by: req.stamp.by,
    who: req.stamp.who,
    areaCenti: req.party.areaCenti,
    coOwned: req.party.coOwned,
    confirmsCoOwners: req.confirmsCoOwners,
    note: req.note || null,
    history: previous
      ? [...previous.history, { choices: previous.choices, receipt: previous.receipt, at: previous.at, by: previous.by }]
      : [],
  }
  const audit: AuditInput = {
    action: req.action,
    before: previous ? { choices: previous.choices, receipt: previous.receipt } : null,
    after: { room: req.room, partyId: req.party.id, choices: req.choices, receipt: doc.receipt, electronicStands },
    note: req.note || undefined,
  }
  await changeVote(
    ctx,
    req.vote._id,
    async (v, tx) => {
      const state = requireState(v, ctx.now(), req.allowed)
      // The entries read above were read at this revision: anything since (another entry, the
      // stage finishing) makes this one stale rather than silently overwriting.
      if (v.rev !== req.vote.rev) voteFail('VOTE_CHANGED')
      const { _id, ...data } = doc
      await tx.collection(COLLECTIONS.ballots).doc(_id).set({ data })
      const starts = state === 'closed'
      return {
        set: starts ? { state: 'supplementing', supplement: { started: req.stamp, finished: null } } : {},
        audit: starts
          ? {
              ...audit,
              before: { state: 'closed', entry: audit.before },
              after: { state: 'supplementing', entry: audit.after },
              note: ['开始投票补计', audit.note].filter(Boolean).join('；'),
            }
          : audit,
        value: null,
      }
    },
    { who: req.stamp.who },
  )
  return entryView(doc, req.party.rooms, electronicStands)
}
