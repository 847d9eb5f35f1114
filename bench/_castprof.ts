import inspector from 'node:inspector'
import fs from 'node:fs'
import { startTestEmulator } from '../emulator/testing'
import { callAs, draftInput, ensureVotePermissions, must, prepareVoteCollections, STAFF } from '../server/vote/testing'
process.env.TENCENTCLOUD = 'true'
const N = Number(process.env.N ?? 20000)
const DAY = 86_400_000
const START = Date.UTC(2025, 4, 1)
const C = { _id: 'bench', name: 'b', street: 's', district: 'd' }
const unitIdOf = (i: number) => `bench:${Math.floor(i / 400) + 1}-${(Math.floor(i / 100) % 4) + 1}-${(i % 100) + 101}`
async function main() {
  const emu = await startTestEmulator({ startAt: START })
  ensureVotePermissions(); prepareVoteCollections(emu)
  await emu.insert('communities', [C])
  await emu.insert('units', Array.from({ length: N }, (_u, i) => { const [building, unitNo, room] = unitIdOf(i).slice(6).split('-'); return { _id: unitIdOf(i), communityId: 'bench', building, unitNo, room, areaCenti: 7000, ownerIds: [`bench:p:${i}`], developerHeld: false } }))
  await emu.insert('persons', Array.from({ length: N }, (_p, i) => ({ _id: `bench:p:${i}`, communityId: 'bench', name: `业主${i}`, idHash: `h${i}`, idLast4: '0', phone: '1' })))
  await emu.insert('bindings', Array.from({ length: 2000 }, (_b, i) => ({ _id: `b${i}`, openid: `o${i}`, personId: `bench:p:${i}`, communityId: 'bench' })))
  await emu.insert('roles', [{ _id: 'r1', openid: STAFF.director, role: 'director', communityId: 'bench', status: 'active' }, { _id: 'r2', openid: STAFF.reviewer, role: 'streetReviewer', street: 's', district: 'd', status: 'active' }])
  const d = must(await callAs(emu, STAFF.director)<{ id: string }>('manageVote', 'createDraft', { ...draftInput(emu.clock.now()), communityId: 'bench', startAt: START + DAY, endAt: START + 2 * DAY }))
  must(await callAs(emu, STAFF.director)('manageVote', 'submit', { voteId: d.id }))
  must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: d.id }))
  emu.clock.set(START + DAY + 1000)
  const cast = (i: number) => callAs(emu, `o${i}`)('castVote', 'cast', { voteId: d.id, partyId: `party:${unitIdOf(i)}`, choices: { i1: 'agree', i2: 'agree' } })
  for (let i = 0; i < 20; i++) must(await cast(i))
  const session = new inspector.Session(); session.connect()
  const post = (m: string, p?: object) => new Promise<any>((res, rej) => session.post(m, p ?? {}, (e, r) => e ? rej(e) : res(r)))
  await post('Profiler.enable'); await post('Profiler.start')
  emu.resetStats()
  const t = Date.now()
  for (let i = 20; i < 220; i++) must(await cast(i))
  const ms = Date.now() - t
  const { profile } = await post('Profiler.stop')
  fs.writeFileSync('/tmp/cast.cpuprofile', JSON.stringify(profile))
  console.log('sequential ms per cast', ms / 200, emu.stats())
  await emu.close()
}
main()
