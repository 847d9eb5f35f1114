import { recordsOf, resolveRows, tallyRows, type CountedBallot } from './count'
import type { Roll } from './roll'

const u = (id: string, area: number, owners: string[]) => ({ id, room: id, areaCenti: area, ownerKeys: owners, developerHeld: false })
const roll: Roll = {
  units: [u('c:1-1-101', 10000, ['a']), u('c:1-1-102', 10000, ['b']), u('c:1-1-103', 10000, ['c', 'd'])],
  ownerNames: new Map(),
  representatives: {},
}
const vote = { items: [{ id: 'i1', text: '', class: 'ordinary' as const, attachments: [] }], followMajorityCounts: true }

function ballot(p: Partial<CountedBallot> & Pick<CountedBallot, 'partyId' | 'channel' | 'choices'>): CountedBallot {
  return {
    _id: `${p.partyId}:${p.channel}:${p.ownerKey ?? ''}`,
    ownerKey: null,
    castBy: 'owner',
    receipt: 'R',
    at: 1,
    by: 'x',
    confirmsCoOwners: false,
    ...p,
  }
}

describe('recordsOf', () => {
  it('turns one ballot document into one record per chosen item, by channel', () => {
    const records = recordsOf(
      ballot({ partyId: 'p', channel: 'electronic', ownerKey: 'a', castBy: 'delegate', choices: { i1: 'agree', i2: 'oppose' } }),
    )
    expect(records).toEqual([
      expect.objectContaining({ itemId: 'i1', channel: 'electronic', choice: 'agree', ownerKey: 'a', castBy: 'delegate' }),
      expect.objectContaining({ itemId: 'i2', channel: 'electronic', choice: 'oppose' }),
    ])
    expect(recordsOf(ballot({ partyId: 'p', channel: 'followEntry', choices: { i1: 'followMajority' } }))[0]).toMatchObject({
      channel: 'followEntry',
      choice: 'followMajority',
    })
    expect(recordsOf(ballot({ partyId: 'p', channel: 'paper', choices: { i1: 'abstain' }, confirmsCoOwners: true }))[0]).toMatchObject({
      channel: 'paper',
      confirmsCoOwners: true,
    })
  })
})

describe('resolveRows + tallyRows', () => {
  it('lets the electronic ballot stand over paper and blocks on disagreeing co-owners', () => {
    const ballots = [
      ballot({ partyId: 'party:c:1-1-101', channel: 'electronic', ownerKey: 'a', choices: { i1: 'agree' }, receipt: 'R1' }),
      ballot({ partyId: 'party:c:1-1-101', channel: 'paper', choices: { i1: 'oppose' }, receipt: 'R2' }),
      ballot({ partyId: 'party:c:1-1-103', channel: 'electronic', ownerKey: 'c', choices: { i1: 'agree' }, receipt: 'R3' }),
      ballot({ partyId: 'party:c:1-1-103', channel: 'electronic', ownerKey: 'd', choices: { i1: 'oppose' }, receipt: 'R4' }),
    ]
    const { resolved } = resolveRows(roll, ballots)
    expect(resolved.effective).toEqual([expect.objectContaining({ partyId: 'party:c:1-1-101', choice: 'agree', channel: 'electronic' })])
    expect(resolved.unresolved).toEqual([expect.objectContaining({ partyId: 'party:c:1-1-103', reason: 'coOwnersDisagree' })])
  })

  it('counts the confirmed co-owned unit and publishes a digest over effective ballots only', () => {
    const ballots = [
      ballot({ partyId: 'party:c:1-1-101', channel: 'electronic', ownerKey: 'a', choices: { i1: 'agree' }, receipt: 'R1' }),
      ballot({ partyId: 'party:c:1-1-102', channel: 'paper', choices: { i1: 'agree' }, receipt: 'R2' }),
      ballot({ partyId: 'party:c:1-1-103', channel: 'electronic', ownerKey: 'c', choices: { i1: 'agree' }, receipt: 'R3' }),
      ballot({ partyId: 'party:c:1-1-103', channel: 'paper', choices: { i1: 'oppose' }, receipt: 'R4', confirmsCoOwners: true }),
    ]
    const { resolved } = resolveRows(roll, ballots)
    expect(resolved.unresolved).toEqual([])
    const { tally, digest } = tallyRows(vote, roll, resolved)
    expect(tally.items[0].counted.outcome).toBe('passed') // 2 of 3 agree: quorum 3/3, 2·2 > 3
    expect(tally.items[0].counted.explanation.headcount).toMatchObject({ agree: 2, oppose: 1, participating: 3 })
    expect(digest.count).toBe(3)
    expect(digest.text).toContain('["R4","i1","oppose"]')
    expect(digest.text).not.toContain('"R3"')
  })
})
