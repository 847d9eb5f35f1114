import { checkIdNumber, mainlandCheckChar } from './idNumber'
import { testIdNumber } from '../testing/registerRows'

describe('checkIdNumber', () => {
  it('accepts a mainland ID with the right check digit, X included, in any case', () => {
    expect(mainlandCheckChar('11010519491231002')).toBe('X')
    expect(checkIdNumber('11010519491231002x')).toEqual({ ok: true, value: '11010519491231002X' })
    expect(checkIdNumber(` ${testIdNumber(7)} `)).toEqual({ ok: true, value: testIdNumber(7) })
  })

  it('rejects a wrong check digit, an impossible birth date and a wrong length', () => {
    expect(checkIdNumber('110105194912310021')).toMatchObject({ ok: false, reason: expect.stringContaining('校验位') })
    expect(checkIdNumber('440305199002300011')).toMatchObject({ ok: false, reason: expect.stringContaining('出生日期') })
    expect(checkIdNumber('44030519900101001')).toMatchObject({ ok: false, reason: expect.stringContaining('18位') })
  })

  it('accepts other certificates by shape (letters and digits) but not punctuation', () => {
    expect(checkIdNumber('H12345678')).toEqual({ ok: true, value: 'H12345678' })
    expect(checkIdNumber('E1234567')).toEqual({ ok: true, value: 'E1234567' })
    expect(checkIdNumber('H1234/5678')).toMatchObject({ ok: false })
    expect(checkIdNumber('')).toMatchObject({ ok: false })
  })

  it('does not repeat the whole number in messages', () => {
    const result = checkIdNumber('110105194912310021')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.reason).not.toContain('110105194912310021')
  })
})
