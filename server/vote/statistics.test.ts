import { resolveRows, snapshotOf, tallyRows, type CountedBallot } from './count'
import type { Stamp, VoteDoc } from '../collections/vote'
import type { Roll } from './roll'
import { reconciled } from './statistics'

const roll: Roll = {
  units: [
    { id: 'c:1-101', room: '1-101', areaCenti: 9000, ownerKeys: ['a'], developerHeld: false },
    { id: 'c:1-102', room: '1-102', areaCenti: 11000, ownerKeys: ['b'], developerHeld: false },
  ],
  ownerNames: new Map(),
  representatives: {},
}
const ballots: CountedBallot[] = [
  {
    _id: 'x',
    partyId: 'party:c:1-101',
    channel: 'electronic',
    ownerKey: 'a',
    castBy: 'owner',
    choices: { i1: 'agree' },
    receipt: 'R1',
    at: 1,
    by: 'o',
    confirmsCoOwners: false,
  },
]
const items = [{ id: 'i1', text: 't', class: 'ordinary' as const, attachments: [] }]
const { resolved } = resolveRows(roll, ballots)
const { tally, digest } = tallyRows({ items, followMajorityCounts: false }, roll, resolved)
const computed = snapshotOf(tally, digest, 0)
const stamp: Stamp = { by: 'o', who: '经办人', at: 0 }
const zero = { count: 0, areaCenti: 0 }

function entered(agree: { count: number; areaCenti: number }) {
  return [{ itemId: 'i1', figures: { agree, oppose: zero, abstain: zero, followMajority: zero } }]
}

describe('reconciled', () => {
  it('is clear when the entered figures equal the computed ones', () => {
    const vote = { computed, statistics: { entered: entered({ count: 1, areaCenti: 9000 }), enteredBy: stamp, explanations: [] } } as Pick<
      VoteDoc,
      'computed' | 'statistics'
    >
    expect(reconciled(vote)).toMatchObject({ clear: true, reconciliation: { matches: true, differences: [] } })
  })

  it('blocks on a difference until it is explained, and the explanation lapses when a figure changes', () => {
    const statistics = {
      entered: entered({ count: 1, areaCenti: 9001 }),
      enteredBy: stamp,
      explanations: [] as NonNullable<VoteDoc['statistics']>['explanations'],
    }
    const blocked = reconciled({ computed, statistics })
    expect(blocked.clear).toBe(false)
    expect(blocked.reconciliation?.differences).toEqual([
      expect.objectContaining({ itemId: 'i1', field: 'agree.areaCenti', entered: 9001, computed: 9000, explanation: null }),
    ])
    statistics.explanations.push({ key: 'i1/agree.areaCenti', text: '测绘面积更正', entered: 9001, computed: 9000, stamp })
    expect(reconciled({ computed, statistics }).clear).toBe(true)
    const changed = { ...statistics, entered: entered({ count: 1, areaCenti: 9002 }) }
    expect(reconciled({ computed, statistics: changed }).clear).toBe(false)
  })

  it('has nothing to reconcile before statistics are entered', () => {
    expect(reconciled({ computed, statistics: null })).toEqual({ reconciliation: null, clear: false })
  })
})
