import { COLLECTIONS } from './collections'
import { INDEXES } from './indexes'

test('every collection the product uses is declared for the console and the emulator', () => {
  const missing = Object.values(COLLECTIONS).filter((name) => !(name in INDEXES))
  expect(missing).toEqual([])
})
