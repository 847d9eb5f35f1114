import { formatFen, parseYuan } from './money'

test('fen read as yuan, with thousands and two decimals', () => {
  expect(formatFen(12_345_600)).toBe('123,456.00元')
  expect(formatFen(5)).toBe('0.05元')
  expect(formatFen(-150)).toBe('-1.50元')
})

test('yuan typed by people become integer fen without floats', () => {
  expect(parseYuan('0.1')).toBe(10)
  expect(parseYuan('1,234.56')).toBe(123_456)
  expect(parseYuan('100')).toBe(10_000)
  expect(parseYuan('30元')).toBe(3_000)
  expect(parseYuan('-2.5')).toBe(-250)
  expect(parseYuan('1.234')).toBeNull()
  expect(parseYuan('一百')).toBeNull()
  expect(parseYuan('')).toBeNull()
})
