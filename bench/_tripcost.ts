import { startTestEmulator } from '../emulator/testing'
process.env.TENCENTCLOUD = 'true'
async function main() {
  const emu = await startTestEmulator({ startAt: Date.UTC(2025, 0, 1) })
  await emu.insert('votes', [{ _id: 'v1', title: 'x', state: 'voting' }])
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getDb } = require('../server/cloud')
  const db = getDb()
  for (let i = 0; i < 100; i++) await db.collection('votes').where({ _id: 'v1' }).get()
  let t = Date.now()
  for (let i = 0; i < 1000; i++) await db.collection('votes').where({ _id: 'v1' }).get()
  console.log('sequential ms per get', (Date.now() - t) / 1000)
  t = Date.now()
  await Promise.all(Array.from({ length: 1000 }, () => db.collection('votes').where({ _id: 'v1' }).get()))
  console.log('parallel ms per get', (Date.now() - t) / 1000)
  t = Date.now()
  for (let i = 0; i < 300; i++) await emu.call('echo', { x: 1 }, { openid: 'o1' })
  console.log('echo function call ms', (Date.now() - t) / 300)
  await emu.close()
}
main()
