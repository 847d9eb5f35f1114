import { maskAccountNumber, maskIdLast4, maskPhone } from './mask'

describe('masking what leaves the server', () => {
  it('keeps the first 3 and last 4 digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('never lets more than 4 characters of an odd value through', () => {
    expect(maskPhone('02012345678901')).toBe('****8901')
    expect(maskPhone('123')).toBe('****')
    expect(maskPhone(undefined)).toBe('')
  })

  it('shows an ID number only by its stored last 4 characters', () => {
    expect(maskIdLast4('123X')).toBe('****123X')
    expect(maskIdLast4(null)).toBe('')
  })

  it('shows only the last 4 digits of a bank account', () => {
    expect(maskAccountNumber('6222020200112233445')).toBe('**** 3445')
  })
})
