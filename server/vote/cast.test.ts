import { checkChoices, sameChoices } from './cast'
import { failureCode as codeOf } from '../failureCode'

const vote = (followMajorityCounts: boolean) => ({
  items: [
    { id: 'i1', text: 'a', class: 'ordinary' as const, attachments: [] },
    { id: 'i2', text: 'b', class: 'major' as const, attachments: [] },
  ],
  followMajorityCounts,
})

describe('checkChoices', () => {
  it('accepts a complete ballot', () => {
    expect(codeOf(() => checkChoices(vote(false), { i1: 'agree', i2: 'abstain' }, true))).toBeUndefined()
  })
  it('refuses an item not in the vote, an incomplete electronic ballot, and 从众 when the rules do not use it', () => {
    expect(codeOf(() => checkChoices(vote(true), { i1: 'agree', i2: 'agree', i9: 'agree' }, true))).toBe('ITEM_NOT_IN_VOTE')
    expect(codeOf(() => checkChoices(vote(true), { i1: 'agree' }, true))).toBe('ITEMS_INCOMPLETE')
    expect(codeOf(() => checkChoices(vote(false), { i1: 'followMajority', i2: 'agree' }, true))).toBe('FOLLOW_MAJORITY_DISABLED')
    expect(codeOf(() => checkChoices(vote(true), { i1: 'followMajority', i2: 'agree' }, true))).toBeUndefined()
  })
  it('lets a paper ballot leave items blank', () => {
    expect(codeOf(() => checkChoices(vote(false), { i1: 'oppose' }, false))).toBeUndefined()
  })
})

describe('sameChoices', () => {
  it('compares choices item by item', () => {
    expect(sameChoices({ i1: 'agree', i2: 'oppose' }, { i2: 'oppose', i1: 'agree' })).toBe(true)
    expect(sameChoices({ i1: 'agree' }, { i1: 'agree', i2: 'oppose' })).toBe(false)
    expect(sameChoices({ i1: 'agree' }, { i1: 'oppose' })).toBe(false)
  })
})
