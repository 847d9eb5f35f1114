import { effectiveState, lagsClock, requireState } from './state'
import { failureCode as codeOf } from '../failureCode'

const vote = (state: Parameters<typeof effectiveState>[0]['state']) => ({ state, startAt: 1000, endAt: 2000 })

describe('effectiveState', () => {
  it('moves an approved vote to voting at its start and to closed at its end, bounds included', () => {
    expect(effectiveState(vote('approved'), 999)).toBe('approved')
    expect(effectiveState(vote('approved'), 1000)).toBe('voting')
    expect(effectiveState(vote('approved'), 1999)).toBe('voting')
    expect(effectiveState(vote('approved'), 2000)).toBe('closed')
    expect(effectiveState(vote('voting'), 2000)).toBe('closed')
  })

  it('leaves every other state to the people who move it', () => {
    for (const s of ['draft', 'reviewing', 'closed', 'supplementing', 'followMajority', 'statistics', 'tallied'] as const) {
      expect(effectiveState(vote(s), 5000)).toBe(s)
    }
  })

  it('knows when the persisted state lags the clock', () => {
    expect(lagsClock(vote('approved'), 1500)).toBe(true)
    expect(lagsClock(vote('voting'), 1500)).toBe(false)
  })
})

describe('requireState', () => {
  it('answers VOTE_TALLIED on a tallied vote whatever the action wanted', () => {
    expect(codeOf(() => requireState(vote('tallied'), 0, ['draft']))).toBe('VOTE_TALLIED')
    expect(codeOf(() => requireState(vote('tallied'), 0, ['voting']))).toBe('VOTE_TALLIED')
    expect(codeOf(() => requireState(vote('tallied'), 0, ['statistics']))).toBe('VOTE_TALLIED')
  })

  it('names the specific reason for casting outside voting and for editing a submitted vote', () => {
    expect(codeOf(() => requireState(vote('approved'), 500, ['voting']))).toBe('VOTE_NOT_STARTED')
    expect(codeOf(() => requireState(vote('voting'), 2000, ['voting']))).toBe('VOTE_CLOSED')
    expect(codeOf(() => requireState(vote('supplementing'), 0, ['voting']))).toBe('VOTE_CLOSED')
    expect(codeOf(() => requireState(vote('reviewing'), 0, ['draft']))).toBe('VOTE_NOT_EDITABLE')
    expect(codeOf(() => requireState(vote('draft'), 0, ['supplementing']))).toBe('WRONG_STATE')
  })

  it('returns the effective state when allowed', () => {
    expect(requireState(vote('approved'), 1500, ['voting'])).toBe('voting')
  })
})
