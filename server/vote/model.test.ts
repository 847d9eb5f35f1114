import { ballotId, bucketOf, legacyRoomLabel, newReceipt, newVoteId, roomLabel } from './model'

describe('deterministic ids', () => {
  it('gives each caster exactly one ballot document per party', () => {
    expect(ballotId('v1', 'party:c:1-1-101', { kind: 'owner', ownerKey: 'p1' })).toBe('v1:party:c:1-1-101:o:p1')
    expect(ballotId('v1', 'party:c:1-1-101', { kind: 'delegate', ownerKey: 'p1' })).toBe('v1:party:c:1-1-101:d:p1')
    expect(ballotId('v1', 'developer', { kind: 'paper' })).toBe('v1:developer:paper')
    expect(ballotId('v1', 'developer', { kind: 'follow' })).toBe('v1:developer:follow')
  })

  it('buckets a person the same way every time, within range', () => {
    for (const n of [1, 7, 50]) {
      const b = bucketOf('c1:p:abcdef', n)
      expect(b).toBe(bucketOf('c1:p:abcdef', n))
      expect(b).toBeGreaterThanOrEqual(0)
      expect(b).toBeLessThan(n)
    }
  })

  it('makes vote ids that pass the Id schema', () => {
    expect(newVoteId(Date.UTC(2025, 0, 1))).toMatch(/^v[0-9a-z]+$/)
  })
})

describe('receipts', () => {
  it('are XXXX-XXXX-XXXX in Crockford base32 (no I, L, O, U)', () => {
    for (let i = 0; i < 200; i++) expect(newReceipt()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/)
  })
})

describe('labels', () => {
  it('labels rooms the way people say them (core/format), skipping an empty unit', () => {
    expect(roomLabel('1', '2', '301')).toBe('1栋2单元301')
    expect(roomLabel('A座', '', '5')).toBe('A座5')
    // Rolls frozen before this label keep 1-2-301; 补计 still finds their rooms by it.
    expect(legacyRoomLabel('1', '2', '301')).toBe('1-2-301')
  })
})
