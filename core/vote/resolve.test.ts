import fc from 'fast-check'
import { partiesOf } from './parties'
import { resolveBallot, resolveBallots, type RecordedBallot } from './resolve'
import { unit } from './test-fixtures'
import type { Choice } from './types'

const solo = partiesOf([unit({ id: 'a', owners: ['li'] })])[0]
const shared = partiesOf([unit({ id: 'c', owners: ['li', 'wang'] })])[0]

let receipts = 0
function electronic(
  ownerKey: string,
  choice: Choice,
  at: number,
  castBy: 'owner' | 'delegate' = 'owner',
  partyId = solo.id,
): RecordedBallot {
  return { channel: 'electronic', partyId, itemId: 'i1', ownerKey, castBy, choice, at, receipt: `E${++receipts}` }
}
function paper(choice: Choice, at: number, partyId = solo.id, confirmsCoOwners = false): RecordedBallot {
  return { channel: 'paper', partyId, itemId: 'i1', choice, at, enteredBy: 'staff-1', confirmsCoOwners, receipt: `P${++receipts}` }
}
function followEntry(at: number, partyId = solo.id): RecordedBallot {
  return { channel: 'followEntry', partyId, itemId: 'i1', choice: 'followMajority', at, enteredBy: 'staff-1', receipt: `F${++receipts}` }
}
const choiceOf = (records: RecordedBallot[], ctx: Parameters<typeof resolveBallot>[1] = { party: solo }) => {
  const r = resolveBallot(records, ctx)
  return r.status === 'effective' ? [r.ballot.choice, r.ballot.channel, r.rule] : [r.status]
}

describe('resolveBallot', () => {
  it('no records → none', () => {
    expect(resolveBallot([], { party: solo })).toEqual({ status: 'none' })
  })

  it('the latest electronic ballot of the same caster counts (owners may change their vote)', () => {
    expect(choiceOf([electronic('li', 'agree', 1), electronic('li', 'oppose', 2)])).toEqual(['oppose', 'electronic', 'ownerElectronic'])
  })

  it("the owner's own ballot beats her delegate's, even an earlier one", () => {
    expect(choiceOf([electronic('li', 'agree', 1), electronic('li', 'oppose', 5, 'delegate')])).toEqual([
      'agree',
      'electronic',
      'ownerElectronic',
    ])
    expect(choiceOf([electronic('li', 'oppose', 5, 'delegate')])).toEqual(['oppose', 'electronic', 'delegateElectronic'])
  })

  it('electronic beats paper and staff 从众 entries (以电子投票结果为准), which stay for reference', () => {
    const e = electronic('li', 'agree', 1)
    const p = paper('oppose', 9)
    const r = resolveBallot([p, e, followEntry(10)], { party: solo })
    expect(r).toMatchObject({ status: 'effective', ballot: { choice: 'agree', channel: 'electronic', receipt: e.receipt } })
    if (r.status === 'effective') expect(r.reference).toHaveLength(2)
  })

  it('without electronic: the latest paper entry, then a 从众 entry', () => {
    expect(choiceOf([paper('agree', 1), paper('abstain', 2), followEntry(3)])).toEqual(['abstain', 'paper', 'paper'])
    expect(choiceOf([followEntry(3)])).toEqual(['followMajority', 'followEntry', 'followEntry'])
  })

  it('ignores electronic ballots from someone who is not an owner of the party', () => {
    expect(choiceOf([electronic('stranger', 'agree', 1)])).toEqual(['none'])
  })

  it('the developer party votes only under the developer key, not a buyer listed on an undelivered unit', () => {
    const developer = partiesOf([unit({ id: 'd1', developer: true, owners: ['buyer'] })])[0]
    const ctx = { party: developer }
    expect(choiceOf([electronic('buyer', 'agree', 1, 'owner', 'developer')], ctx)).toEqual(['none'])
    expect(choiceOf([electronic('developer', 'oppose', 1, 'owner', 'developer')], ctx)).toEqual(['oppose', 'electronic', 'ownerElectronic'])
  })

  describe('co-owned unit with no representative (manual 十一.4)', () => {
    const ctx = { party: shared }
    it('co-owners disagreeing → needs 补计 confirmation, with their choices for reference', () => {
      const r = resolveBallot([electronic('li', 'agree', 1, 'owner', shared.id), electronic('wang', 'oppose', 2, 'owner', shared.id)], ctx)
      expect(r).toMatchObject({ status: 'needsConfirmation', reason: 'coOwnersDisagree', choicesByOwner: { li: 'agree', wang: 'oppose' } })
    })

    it('by default even agreeing co-owners need confirmation (the manual: 必须做投票补计确认)', () => {
      const records = [electronic('li', 'agree', 1, 'owner', shared.id), electronic('wang', 'agree', 2, 'owner', shared.id)]
      expect(resolveBallot(records, ctx)).toMatchObject({ status: 'needsConfirmation', reason: 'coOwnersUnconfirmed' })
      expect(choiceOf(records, { ...ctx, coOwnerPolicy: 'onDisagreement' })).toEqual(['agree', 'electronic', 'coOwnersAgree'])
    })

    it('a confirmed 补计 entry resolves it, whatever its time', () => {
      const records = [
        electronic('li', 'agree', 5, 'owner', shared.id),
        electronic('wang', 'oppose', 6, 'owner', shared.id),
        paper('oppose', 1, shared.id, true),
      ]
      expect(choiceOf(records, ctx)).toEqual(['oppose', 'paper', 'coOwnersConfirmed'])
    })

    it('a plain paper entry does not override co-owners’ electronic ballots', () => {
      const records = [electronic('li', 'agree', 5, 'owner', shared.id), paper('oppose', 9, shared.id)]
      expect(resolveBallot(records, ctx).status).toBe('needsConfirmation')
    })

    it('with a representative bound before voting, only her ballot counts', () => {
      const records = [electronic('li', 'agree', 1, 'owner', shared.id), electronic('wang', 'oppose', 2, 'owner', shared.id)]
      expect(choiceOf(records, { party: shared, representativeKey: 'li' })).toEqual(['agree', 'electronic', 'ownerElectronic'])
    })
  })

  it('throws on records of another party (a caller bug, not an expected failure)', () => {
    expect(() => resolveBallot([electronic('li', 'agree', 1, 'owner', 'party:zzz')], { party: solo })).toThrow()
  })

  it('is independent of the order of the records', () => {
    const record = fc.oneof(
      fc
        .record({
          owner: fc.constantFrom('li', 'wang'),
          choice: fc.constantFrom<Choice>('agree', 'oppose', 'abstain', 'followMajority'),
          at: fc.integer({ min: 0, max: 5 }),
          delegate: fc.boolean(),
        })
        .map((r) => electronic(r.owner, r.choice, r.at, r.delegate ? 'delegate' : 'owner', shared.id)),
      fc
        .record({ choice: fc.constantFrom<Choice>('agree', 'oppose'), at: fc.integer({ min: 0, max: 5 }), confirms: fc.boolean() })
        .map((r) => paper(r.choice, r.at, shared.id, r.confirms)),
      fc.integer({ min: 0, max: 5 }).map((at) => followEntry(at, shared.id)),
    )
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.func(fc.integer()),
        fc.constantFrom('always', 'onDisagreement'),
        (records, key, policy) => {
          const ctx = { party: shared, coOwnerPolicy: policy as 'always' | 'onDisagreement' }
          const a = resolveBallot(records, ctx)
          const b = resolveBallot(
            [...records].sort((x, y) => key(x.receipt) - key(y.receipt)),
            ctx,
          )
          expect(b.status).toBe(a.status)
          if (a.status === 'effective' && b.status === 'effective') expect(b.ballot).toEqual(a.ballot)
        },
      ),
    )
  })
})

describe('resolveBallots', () => {
  const parties = partiesOf([unit({ id: 'a', owners: ['li'] }), unit({ id: 'c', owners: ['li', 'wang'] })])

  it('splits effective ballots from units that still need confirmation', () => {
    const r = resolveBallots(
      [electronic('li', 'agree', 1), electronic('li', 'agree', 1, 'owner', 'party:c'), electronic('wang', 'oppose', 1, 'owner', 'party:c')],
      parties,
    )
    expect(r).toMatchObject({
      ok: true,
      data: {
        effective: [{ partyId: 'party:a', choice: 'agree' }],
        unresolved: [{ partyId: 'party:c', rooms: ['c'], reason: 'coOwnersDisagree' }],
      },
    })
  })

  it('passes representatives through', () => {
    const r = resolveBallots([electronic('wang', 'oppose', 1, 'owner', 'party:c')], parties, { representatives: { 'party:c': 'wang' } })
    expect(r.ok && r.data.effective).toEqual([expect.objectContaining({ partyId: 'party:c', choice: 'oppose' })])
  })

  it('rejects a record for a party outside the scope', () => {
    expect(resolveBallots([electronic('li', 'agree', 1, 'owner', 'party:zzz')], parties)).toMatchObject({
      ok: false,
      code: 'UNKNOWN_PARTY',
    })
  })
})
