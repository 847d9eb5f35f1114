import { maskAccountNumber, maskIdLast4, maskName, maskPhone } from './mask'

describe('masking what is shown about a person', () => {
  it('keeps the first 3 and last 4 digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
  })

  it('never lets more than 4 characters of an odd phone through', () => {
    expect(maskPhone('02012345678901')).toBe('****8901')
    expect(maskPhone('123')).toBe('****')
    expect(maskPhone(undefined)).toBe('')
    expect(maskPhone(null)).toBe('')
  })

  it('shows an ID number only by its stored last 4 characters', () => {
    expect(maskIdLast4('123X')).toBe('****123X')
    expect(maskIdLast4(null)).toBe('')
  })

  it('shows only the last 4 digits of a bank account', () => {
    expect(maskAccountNumber('6222020200112233445')).toBe('**** 3445')
  })

  it('keeps the surname of a name (two characters for long names)', () => {
    expect(maskName('张三')).toBe('张*')
    expect(maskName('李小明')).toBe('李**')
    expect(maskName('欧阳娜娜')).toBe('欧阳**')
    expect(maskName(' 王 ')).toBe('王')
    expect(maskName('')).toBe('*')
  })
})
