import { createHash } from 'node:crypto'
import fc from 'fast-check'
import { ballotDigest, digestLine } from './digest'
import { sha256Hex, utf8Bytes } from './sha256'
import { ballot } from './test-fixtures'

describe('sha256Hex (pure JS, for the mini program)', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  ])('FIPS 180-4 vector %j', (text, hex) => {
    expect(sha256Hex(text)).toBe(hex)
  })

  it('matches Node crypto on any text and length (padding edges at 55/56/64 bytes)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.fullUnicodeString({ maxLength: 200 }), fc.string({ minLength: 50, maxLength: 130 })), (text) => {
        expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
      }),
      { numRuns: 300 },
    )
    for (let n = 0; n < 140; n++) {
      const text = 'x'.repeat(n)
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text).digest('hex'))
    }
  })

  it('encodes UTF-8 like TextEncoder, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (text) => {
        expect(Array.from(utf8Bytes(text))).toEqual(Array.from(new TextEncoder().encode(text)))
      }),
    )
  })
})

describe('ballotDigest', () => {
  const ballots = [ballot('party:b', 'oppose', 'i1', 'R2'), ballot('party:a', 'agree', 'i2', 'R1'), ballot('party:a', 'agree', 'i1', 'R1')]

  it('is a canonical list an owner can search for her receipt, with its SHA-256', () => {
    const d = ballotDigest(ballots)
    expect(d.text).toBe('yeweihui-ballots-v1\n["R1","i1","agree"]\n["R1","i2","agree"]\n["R2","i1","oppose"]\n')
    expect(d.sha256).toBe(createHash('sha256').update(d.text).digest('hex'))
    expect(d.count).toBe(3)
    expect(d.text).toContain(`${digestLine(ballots[0])}\n`)
    expect(d.text).not.toContain('party:')
  })

  it('does not depend on ballot order and changes when any choice changes', () => {
    expect(ballotDigest([...ballots].reverse()).sha256).toBe(ballotDigest(ballots).sha256)
    const altered = [ballots[0], ballots[1], { ...ballots[2], choice: 'oppose' as const }]
    expect(ballotDigest(altered).sha256).not.toBe(ballotDigest(ballots).sha256)
  })
})
