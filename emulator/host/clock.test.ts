import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { ControllableClock } from './clock'

describe('ControllableClock', () => {
  let dir: string
  let real: number
  const realNow = () => real

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-clock-'))
    real = 1_000_000
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('follows real time plus what it was moved by', () => {
    const clock = new ControllableClock(undefined, realNow)
    expect(clock.now()).toBe(1_000_000)
    clock.advance(500)
    real += 10
    expect(clock.now()).toBe(1_000_510)
    clock.set(5_000_000)
    expect(clock.now()).toBe(5_000_000)
    real += 10
    expect(clock.now()).toBe(5_000_010)
    expect(clock.offset).toBe(5_000_000 - 1_000_010)
  })

  it('keeps its offset in a file across restarts', () => {
    const file = path.join(dir, 'clock.json')
    new ControllableClock(file, realNow).advance(7 * 86_400_000)
    real += 60_000
    expect(new ControllableClock(file, realNow).now()).toBe(1_060_000 + 7 * 86_400_000)
  })

  it('starts at real time when the file is missing or damaged', () => {
    const file = path.join(dir, 'clock.json')
    fs.writeFileSync(file, 'not json')
    expect(new ControllableClock(file, realNow).now()).toBe(1_000_000)
  })

  it('refuses a non-number', () => {
    const clock = new ControllableClock(undefined, realNow)
    expect(() => clock.advance(Number.NaN)).toThrow(TypeError)
    expect(() => clock.set(Infinity)).toThrow(TypeError)
  })
})
