import type { VoteState } from '../../core/api/vote'
import type { Caller, Side, World } from './world'
import { rollChunkId, voterBucketId } from '../vote/model'
import type { RollChunkDoc, VoteDoc, VoterBucketDoc } from '../collections/vote'

/*
 * TEST FIXTURE: the vote's part of the fixture world, for the permission matrix: a fresh vote in the
 * requested state in the own or the other community of the matrix world, with a small frozen
 * roll — one flat with one owner, one co-owned flat — so every vote action has something to act on.
 */

const DAY = 86_400_000

export async function freshVote(world: World, side: Side, state: VoteState, extra: Partial<VoteDoc> = {}): Promise<string> {
  const { seeder, nowMs } = world
  const community = world.communities[side]
  const now = nowMs()
  const _id = world.id('vote').replace(/[^\w:.-]/g, '')
  const voting: VoteState[] = ['approved', 'voting']
  const window = voting.includes(state)
    ? { startAt: now - DAY, endAt: now + DAY }
    : state === 'draft' || state === 'reviewing'
      ? { startAt: now + DAY, endAt: now + 8 * DAY }
      : { startAt: now - 8 * DAY, endAt: now - DAY }
  const frozen = !['draft', 'reviewing'].includes(state)
  const stamp = { by: 'fixture', who: '业委会主任', at: now }
  const unitA = `${community.id}:9-1-101`
  const unitB = `${community.id}:9-1-102`
  const vote: VoteDoc = {
    _id,
    communityId: community.id,
    communityName: community.name,
    street: community.street,
    district: community.district,
    title: '矩阵测试表决',
    description: '',
    items: [{ id: 'i1', text: '同意续聘', class: 'ordinary', attachments: [] }],
    scope: { kind: 'community' },
    ...window,
    followMajorityCounts: true,
    state: state === 'voting' ? 'approved' : state,
    rev: 0,
    created: stamp,
    updatedAt: now,
    submitted: state === 'draft' ? null : stamp,
    review: null,
    rejections: [],
    roll: frozen ? { frozenAt: now, units: 2, headcount: 2, areaCenti: 20000, rollChunks: 1, voterBuckets: 1 } : null,
    supplement: { started: null, finished: null },
    followStage: { finished: null },
    computed: null,
    statistics: null,
    confirmations: { committee: null, street: null },
    tallied: null,
    result: null,
    ...extra,
  }
  await seeder.insert('votes', [vote])
  if (frozen) {
    const chunk: RollChunkDoc = {
      _id: rollChunkId(_id, 0),
      voteId: _id,
      kind: 'roll',
      seq: 0,
      representatives: [],
      units: [
        [unitA, '9-1-101', 10000, [`${community.id}:fx-a`], 0, ['甲*']],
        [unitB, '9-1-102', 10000, [`${community.id}:fx-b`, `${community.id}:fx-c`], 0, ['乙*', '丙*']],
      ],
    }
    const bucket: VoterBucketDoc = { _id: voterBucketId(_id, 0), voteId: _id, kind: 'voters', seq: 0, persons: [] }
    await seeder.insert('voteEntries', [chunk, bucket])
  }
  return _id
}

export const coOwnedParty = (world: World, side: Side) => `party:${world.communities[side].id}:9-1-102`

/** `committee` for the director, `street` for everyone else (the table decides who may). */
export const confirmAs = (caller: Caller) => (caller.persona === 'director' ? 'committee' : 'street')
