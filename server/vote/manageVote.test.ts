import { startTestEmulator, type TestEmulator } from '../../emulator/testing'
import type { BuildingView, FaceFailureView, VoteDetail, VoteSummary } from '../../core/api/vote'
import type { Result } from '../../core/result'
import { getCloud } from '../cloud'
import { hashIdNumber } from '../register/hash'
import { testIdNumber } from '../testing/registerRows'
import {
  approvedVote,
  callAs,
  COMMUNITY,
  counts,
  DAY,
  draftInput,
  moveClock,
  must,
  openidOf,
  personId,
  seedVoteWorld,
  STAFF,
} from '../testing/voteScenario'

const START = Date.UTC(2025, 5, 1)
let emu: TestEmulator
const codeOf = (r: Result<unknown>) => (r.ok ? 'ok' : r.code)
const director = () => callAs(emu, STAFF.director)

beforeAll(async () => {
  emu = await startTestEmulator({ startAt: START })
  await seedVoteWorld(emu)
})
afterAll(() => emu.close())

describe('drafting', () => {
  it('refuses bad drafts with a Chinese message naming the field, writing nothing', async () => {
    const before = await counts(emu)
    const answers = await Promise.all([
      director()('manageVote', 'createDraft', draftInput(START, { endAt: START })),
      director()('manageVote', 'createDraft', draftInput(START, { items: [] })),
      director()('manageVote', 'createDraft', draftInput(START, { items: [{ text: '换电梯', class: 'huge' }] })),
      director()('manageVote', 'createDraft', draftInput(START, { communityId: 'nowhere' })),
      callAs(emu, STAFF.otherDirector)('manageVote', 'createDraft', draftInput(START)),
      callAs(emu, openidOf('p1'))('manageVote', 'createDraft', draftInput(START)),
    ])
    expect(answers.map(codeOf)).toEqual(['INVALID_INPUT', 'INVALID_INPUT', 'INVALID_INPUT', 'NOT_FOUND', 'FORBIDDEN', 'FORBIDDEN'])
    expect(answers[0]).toMatchObject({ message: expect.stringContaining('投票结束时间必须晚于开始时间') })
    expect(await counts(emu)).toEqual(before)
  })

  it('edits with the current revision only, and deletes drafts', async () => {
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START)))
    must(await director()('manageVote', 'updateDraft', { voteId: draft.id, rev: 0, ...draftInput(START, { title: '改过一次' }) }))
    expect(
      codeOf(await director()('manageVote', 'updateDraft', { voteId: draft.id, rev: 0, ...draftInput(START, { title: '过期的编辑' }) })),
    ).toBe('VOTE_CHANGED')
    expect(must(await director()<{ deleted: boolean }>('manageVote', 'deleteDraft', { voteId: draft.id }))).toEqual({
      voteId: draft.id,
      deleted: true,
    })
    expect(await emu.query('votes', { _id: draft.id })).toEqual([])
    expect((await emu.query('audit', { targetId: draft.id })).map((a) => a.action).sort()).toEqual([
      'createDraft',
      'deleteDraft',
      'updateDraft',
    ])
  })

  it('freezes a vote once submitted: edit and delete answer VOTE_NOT_EDITABLE and write nothing', async () => {
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START)))
    must(await director()('manageVote', 'submit', { voteId: draft.id }))
    const before = await counts(emu)
    expect(codeOf(await director()('manageVote', 'updateDraft', { voteId: draft.id, rev: 1, ...draftInput(START) }))).toBe(
      'VOTE_NOT_EDITABLE',
    )
    expect(codeOf(await director()('manageVote', 'deleteDraft', { voteId: draft.id }))).toBe('VOTE_NOT_EDITABLE')
    expect(codeOf(await director()('manageVote', 'submit', { voteId: draft.id }))).toBe('VOTE_NOT_EDITABLE')
    expect(await counts(emu)).toEqual(before)
  })

  it('keeps attachments only under the community’s folder: another community’s or a disguised path is FOREIGN_FILE, writing nothing', async () => {
    const withFile = (fileID: string) =>
      draftInput(START, { items: [{ text: '更换电梯', class: 'ordinary', attachments: [{ fileID, name: '报价单.pdf' }] }] })
    const ownFile = `cloud://local.local-bucket/committee/${COMMUNITY._id}/votes/1717-0-ab12cd.pdf`
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', withFile(ownFile)))
    expect(draft.items[0].attachments).toEqual([{ fileID: ownFile, name: '报价单.pdf' }])
    const before = await counts(emu)
    for (const bad of [
      'cloud://local.local-bucket/committee/elsewhere/a.pdf',
      `cloud://local.local-bucket/committee/${COMMUNITY._id}/%2e%2e/elsewhere/a.pdf`,
    ]) {
      expect(await director()('manageVote', 'createDraft', withFile(bad))).toMatchObject({
        ok: false,
        code: 'FOREIGN_FILE',
        message: expect.stringContaining('报价单.pdf'),
      })
      expect(codeOf(await director()('manageVote', 'updateDraft', { voteId: draft.id, rev: 0, ...withFile(bad) }))).toBe('FOREIGN_FILE')
    }
    expect(await counts(emu)).toEqual(before)
  })

  it('refuses to approve while the community’s register import is unfinished (a crash leaves it half old, half new)', async () => {
    const communities = getCloud().database().collection('communities')
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START)))
    must(await director()('manageVote', 'submit', { voteId: draft.id }))
    await communities.doc(COMMUNITY._id).update({ data: { importStatus: 'importing' } })
    expect(codeOf(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: draft.id }))).toBe('REGISTER_IMPORTING')
    expect((await emu.query('voteEntries', { voteId: draft.id })).length).toBe(0)
    await communities.doc(COMMUNITY._id).update({ data: { importStatus: 'ready' } })
    must(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: draft.id }))
  })

  it('refuses to submit or approve a vote whose end has passed', async () => {
    const draft = must(
      await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START, { startAt: START - 2 * DAY, endAt: START - DAY })),
    )
    expect(codeOf(await director()('manageVote', 'submit', { voteId: draft.id }))).toBe('END_PASSED')
  })
})

describe('buildings for the scope picker', () => {
  it('answers each registered building with its unit count and area, from one aggregate', async () => {
    emu.resetStats()
    const buildings = must(await director()<BuildingView[]>('manageVote', 'listBuildings', { communityId: COMMUNITY._id }))
    expect(buildings).toEqual([
      { building: '1', units: 4, areaCenti: 41000 },
      { building: '2', units: 6, areaCenti: 48000 },
      { building: '3', units: 2, areaCenti: 30000 },
    ])
    // The units themselves are never read: one aggregate, besides the caller's roles and the community.
    expect(emu.stats()).toMatchObject({ 'db.aggregateDocuments': 1 })
    expect(emu.stats()['db.reads']).toBeLessThanOrEqual(5)
    expect(must(await callAs(emu, STAFF.member)<BuildingView[]>('manageVote', 'listBuildings', { communityId: COMMUNITY._id }))).toEqual(
      buildings,
    )
  })

  it('puts "2" before "10" and keeps names exactly as registered; a chosen list of them freezes exactly those units', async () => {
    await emu.insert('communities', [{ _id: 'stars', name: '星河苑', street: COMMUNITY.street, district: COMMUNITY.district }])
    await emu.insert('roles', [
      { _id: 'r-director-stars', openid: 'o-director-stars', role: 'director', communityId: 'stars', status: 'active' },
    ])
    await emu.insert(
      'units',
      ['10栋', '2栋', 'A座', '2栋'].map((building, i) => ({
        _id: `stars:${i}`,
        communityId: 'stars',
        building,
        unitNo: '1',
        room: `10${i}`,
        areaCenti: 5000 + i,
        ownerIds: [`stars:p:${i}`],
        developerHeld: false,
      })),
    )
    const found = must(await callAs(emu, 'o-director-stars')<BuildingView[]>('manageVote', 'listBuildings', { communityId: 'stars' }))
    expect(found).toEqual([
      { building: '2栋', units: 2, areaCenti: 10004 },
      { building: '10栋', units: 1, areaCenti: 5000 },
      { building: 'A座', units: 1, areaCenti: 5002 },
    ])
    const draft = must(
      await callAs(emu, 'o-director-stars')<VoteDetail>(
        'manageVote',
        'createDraft',
        draftInput(START, {
          communityId: 'stars',
          scope: { kind: 'buildings', buildings: [found[0].building] },
        }),
      ),
    )
    expect(draft.scopeLabel).toBe('2栋')
    must(await callAs(emu, 'o-director-stars')('manageVote', 'submit', { voteId: draft.id }))
    const approved = must(await callAs(emu, STAFF.reviewer)<VoteDetail>('manageVote', 'approve', { voteId: draft.id }))
    expect(approved.roll).toMatchObject({ units: 2, areaCenti: 10004 })
  })

  it('refuses another community, non-drafting roles and bad input with a coded Chinese message, writing nothing', async () => {
    const before = await counts(emu)
    const answers = await Promise.all([
      callAs(emu, STAFF.otherDirector)('manageVote', 'listBuildings', { communityId: COMMUNITY._id }),
      callAs(emu, STAFF.reviewer)('manageVote', 'listBuildings', { communityId: COMMUNITY._id }),
      callAs(emu, openidOf('p1'))('manageVote', 'listBuildings', { communityId: COMMUNITY._id }),
      director()('manageVote', 'listBuildings', { communityId: 'nowhere' }),
      director()('manageVote', 'listBuildings', { communityId: '阳光 花园' }),
      director()('manageVote', 'listBuildings', {}),
    ])
    expect(answers.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'NOT_FOUND', 'INVALID_INPUT', 'INVALID_INPUT'])
    expect(answers.every((a) => !a.ok && /[\u4e00-\u9fa5]/.test(a.message))).toBe(true)
    expect(await counts(emu)).toEqual(before)
  })
})

describe('review', () => {
  it('lets only a reviewer of the community’s street decide', async () => {
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START)))
    must(await director()('manageVote', 'submit', { voteId: draft.id }))
    const before = await counts(emu)
    expect(codeOf(await callAs(emu, STAFF.otherReviewer)('manageVote', 'approve', { voteId: draft.id }))).toBe('FORBIDDEN')
    expect(codeOf(await director()('manageVote', 'approve', { voteId: draft.id }))).toBe('FORBIDDEN')
    expect(codeOf(await callAs(emu, STAFF.reviewer)('manageVote', 'reject', { voteId: draft.id, reason: '' }))).toBe('INVALID_INPUT')
    expect(await counts(emu)).toEqual(before)
  })

  it('answers EMPTY_SCOPE when the chosen buildings hold no units, and freezes only the chosen buildings', async () => {
    const empty = must(
      await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START, { scope: { kind: 'buildings', buildings: ['99'] } })),
    )
    must(await director()('manageVote', 'submit', { voteId: empty.id }))
    expect(codeOf(await callAs(emu, STAFF.reviewer)('manageVote', 'approve', { voteId: empty.id }))).toBe('EMPTY_SCOPE')
    const one = await approvedVote(emu, { scope: { kind: 'buildings', buildings: ['1'] } })
    expect(must(await director()<VoteDetail>('manageVote', 'get', { voteId: one })).roll).toMatchObject({
      units: 4,
      headcount: 3,
      areaCenti: 41000,
    })
  })
})

describe('viewing', () => {
  it('lists by state as the clock moves them; reviewers never see drafts, owners never see unapproved votes', async () => {
    const draft = must(await director()<VoteDetail>('manageVote', 'createDraft', draftInput(START, { title: '仅草稿' })))
    const running = await approvedVote(emu, { title: '正在投票' })
    await moveClock(emu, running, 'voting')
    const voting = must(await director()<VoteSummary[]>('manageVote', 'list', { states: ['voting'], limit: 100 }))
    expect(voting.map((v) => v.title)).toContain('正在投票')
    expect(voting.every((v) => v.state === 'voting')).toBe(true)
    const street = must(await callAs(emu, STAFF.reviewer)<VoteSummary[]>('manageVote', 'list', { limit: 100 }))
    expect(street.some((v) => v.id === draft.id)).toBe(false)
    expect(street.some((v) => v.id === running)).toBe(true)
    expect(must(await callAs(emu, STAFF.otherReviewer)<VoteSummary[]>('manageVote', 'list', { limit: 100 }))).toEqual([])
    expect(codeOf(await callAs(emu, openidOf('p1'))('manageVote', 'get', { voteId: draft.id }))).toBe('VOTE_NOT_FOUND')
    expect(must(await callAs(emu, openidOf('p1'))<VoteDetail>('manageVote', 'get', { voteId: running })).state).toBe('voting')
    expect(codeOf(await callAs(emu, STAFF.otherDirector)('manageVote', 'get', { voteId: running }))).toBe('FORBIDDEN')
  })

  it('reminds only before the end', async () => {
    const vote = await approvedVote(emu)
    expect(codeOf(await director()('manageVote', 'remind', { voteId: vote }))).toBe('VOTE_NOT_STARTED')
  })
})

describe('线下认证', () => {
  const idNumber = testIdNumber(901)

  beforeAll(async () => {
    await emu.insert('faceChecks', [
      {
        _id: 'fc-1',
        communityId: COMMUNITY._id,
        openid: openidOf('p9'),
        role: 'owner',
        personId: personId('p9'),
        delegationId: null,
        name: '冯十一',
        idType: 'mainland',
        idHash: hashIdNumber(idNumber),
        idLast4: idNumber.slice(-4),
        verifyId: 'v',
        outSeqNo: 's',
        status: 'failed',
        reason: '人脸核身未通过',
        startedAt: new Date(START - DAY),
        at: new Date(START - DAY),
      },
    ])
  })

  it('finds the owner whose face check failed, by ID type and number, masked', async () => {
    const found = must(
      await director()<FaceFailureView[]>('manageVote', 'findFaceFailures', { communityId: COMMUNITY._id, idType: 'mainland', idNumber }),
    )
    expect(found).toEqual([
      expect.objectContaining({
        subjectId: personId('p9'),
        role: 'owner',
        name: '冯**',
        idLast4: `****${idNumber.slice(-4)}`,
        rooms: ['2栋1单元105'],
        verifiedInPerson: null,
      }),
    ])
    expect(JSON.stringify(found)).not.toContain(idNumber)
  })

  it('refuses a wrong number or a number of the wrong type, writing nothing', async () => {
    const before = await counts(emu)
    expect(
      codeOf(
        await director()('manageVote', 'findFaceFailures', { communityId: COMMUNITY._id, idType: 'mainland', idNumber: testIdNumber(902) }),
      ),
    ).toBe('NO_FACE_FAILURE')
    expect(
      codeOf(await director()('manageVote', 'findFaceFailures', { communityId: COMMUNITY._id, idType: 'mainland', idNumber: 'H1234567' })),
    ).toBe('INVALID_INPUT')
    expect(
      codeOf(
        await callAs(emu, STAFF.member)('manageVote', 'verifyInPerson', {
          communityId: COMMUNITY._id,
          subjectId: personId('p9'),
          idType: 'mainland',
          idNumber,
        }),
      ),
    ).toBe('FORBIDDEN')
    expect(await counts(emu)).toEqual(before)
  })

  it('records an in-person verification with its audit entry', async () => {
    const verified = must(
      await director()<FaceFailureView>('manageVote', 'verifyInPerson', {
        communityId: COMMUNITY._id,
        subjectId: personId('p9'),
        idType: 'mainland',
        idNumber,
        note: '持身份证原件到场',
      }),
    )
    expect(verified.verifiedInPerson).toMatchObject({ who: '业委会主任' })
    expect(await emu.query('faceChecks', { personId: personId('p9'), status: 'passed' })).toEqual([
      expect.objectContaining({ reason: '线下认证', inPerson: expect.objectContaining({ note: '持身份证原件到场' }) }),
    ])
    expect(await emu.query('audit', { action: 'verifyInPerson', targetId: personId('p9') })).toHaveLength(1)
    const again = must(
      await director()<FaceFailureView[]>('manageVote', 'findFaceFailures', { communityId: COMMUNITY._id, idType: 'mainland', idNumber }),
    )
    expect(again[0].verifiedInPerson).toMatchObject({ who: '业委会主任' })
  })
})
