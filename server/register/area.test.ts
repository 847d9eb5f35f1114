import fc from 'fast-check'
import { formatAreaCenti, parseAreaCenti } from './area'

describe('parseAreaCenti', () => {
  it.each([
    ['89.45', 8945],
    ['89.4', 8940],
    ['89', 8900],
    ['0.01', 1],
    ['180.00', 18000],
    ['89.450', 8945],
    [' 120.5 ', 12050],
    ['95.3㎡', 9530],
  ])('reads %s as %i hundredths', (text, centi) => {
    expect(parseAreaCenti(text)).toEqual({ ok: true, centi })
  })

  it('never goes through floats: 0.07, 1.15, 4.35 and 1.005-style values stay exact', () => {
    expect(parseAreaCenti('0.07')).toEqual({ ok: true, centi: 7 })
    expect(parseAreaCenti('1.15')).toEqual({ ok: true, centi: 115 })
    expect(parseAreaCenti('4.35')).toEqual({ ok: true, centi: 435 })
    expect(parseAreaCenti('1.005')).toMatchObject({ ok: false, reason: expect.stringContaining('两位小数') })
  })

  it.each([
    ['', '为空'],
    ['abc', '不是数字'],
    ['-5', '不是数字'],
    ['0', '大于0'],
    ['0.00', '大于0'],
    ['1e3', '不是数字'],
    ['89.456', '两位小数'],
  ])('rejects %j (%s)', (text, reason) => {
    expect(parseAreaCenti(text)).toEqual({ ok: false, reason: expect.stringContaining(reason) })
  })

  it('round-trips every two-decimal area', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), (centi) => {
        expect(parseAreaCenti(formatAreaCenti(centi))).toEqual({ ok: true, centi })
      }),
    )
  })
})
