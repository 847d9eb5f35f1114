import fs from 'node:fs'
import path from 'node:path'

export interface Clock {
  now(): number
}

/**
 * Real time plus an offset, so the clock keeps ticking while a tester jumps it forward
 * ("+7 days" to close a vote). The offset lives in a small JSON file so a restart keeps it.
 */
export class ControllableClock implements Clock {
  private offsetMs = 0

  constructor(
    private readonly file?: string,
    private readonly realNow: () => number = Date.now,
  ) {
    if (file) this.offsetMs = readOffset(file)
  }

  now(): number {
    return this.realNow() + this.offsetMs
  }

  advance(ms: number): void {
    assertFinite(ms, 'advance')
    this.offsetMs += Math.round(ms)
    this.persist()
  }

  set(ms: number): void {
    assertFinite(ms, 'set')
    this.offsetMs = Math.round(ms) - this.realNow()
    this.persist()
  }

  /** How far the clock is ahead of real time (negative when behind). */
  get offset(): number {
    return this.offsetMs
  }

  private persist(): void {
    if (!this.file) return
    fs.mkdirSync(path.dirname(this.file), { recursive: true })
    const tmp = `${this.file}.tmp`
    fs.writeFileSync(tmp, JSON.stringify({ offsetMs: this.offsetMs }))
    fs.renameSync(tmp, this.file)
  }
}

function readOffset(file: string): number {
  try {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as { offsetMs?: unknown }
    return typeof saved.offsetMs === 'number' && Number.isFinite(saved.offsetMs) ? saved.offsetMs : 0
  } catch {
    return 0 // no file yet (or a damaged one): real time
  }
}

function assertFinite(ms: number, what: string): void {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) throw new TypeError(`clock.${what} needs a finite number of ms, got ${ms}`)
}
