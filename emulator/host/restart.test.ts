import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startTestEmulator } from '../testing'

/** Several emulators one after another in one test file (beforeEach style), and a file that outlives them. */

describe('emulator lifecycle', () => {
  let dir: string
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-restart-'))
  })
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('starts again on the same port after close, with a fresh in-memory database', async () => {
    const first = await startTestEmulator()
    first.db.createCollection('echo')
    await first.call('echo', { action: 'serverDate' })
    expect(await first.query('echo')).toHaveLength(1)
    await first.close()

    const second = await startTestEmulator()
    try {
      expect(second.url).toBe(first.url) // the server kit's cloud.init still points here
      second.db.createCollection('echo')
      expect(await second.query('echo')).toHaveLength(0)
      expect(await second.call('echo', { action: 'whoami' }, { openid: 'o-2' })).toMatchObject({
        ok: true,
        data: { before: { openid: 'o-2' } },
      })
    } finally {
      await second.close()
    }
  })

  it('refuses a second emulator while one runs in the same process', async () => {
    const running = await startTestEmulator()
    try {
      await expect(startTestEmulator()).rejects.toThrow('已经有一个本地模拟器')
    } finally {
      await running.close()
    }
  })

  it('keeps documents and the clock offset in a file across restarts, and restores the environment', async () => {
    const file = path.join(dir, 'db.sqlite')
    const before = process.env.TCB_LOCAL_URL
    const first = await startTestEmulator({ file, startAt: Date.UTC(2031, 0, 1) })
    expect(process.env.TCB_LOCAL_URL).toBe(first.url)
    await first.insert('notes', [{ _id: 'n1', text: '留着' }])
    await first.close()
    expect(process.env.TCB_LOCAL_URL).toBe(before)

    const second = await startTestEmulator({ file })
    try {
      expect(await second.query('notes')).toEqual([{ _id: 'n1', text: '留着' }])
      expect(second.clock.now()).toBeGreaterThanOrEqual(Date.UTC(2031, 0, 1))
    } finally {
      await second.close()
    }
  })
})
