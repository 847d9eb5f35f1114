import { startHarness, type Harness } from '../testing/harness'

/** 信息综合查询 (备案, 培训结果) and 会议管理. */
let h: Harness
beforeAll(async () => {
  h = await startHarness('rc')
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
/** A file as the mini program uploads it for the community: under `committee/<communityId>/`. */
const file = (name: string, communityId = own()) => ({ fileID: `cloud://local.bucket/committee/${communityId}/rc/${name}`, name })

describe('filings (备案)', () => {
  it('are entered by the street office and read by the committee, newest first, with their files', async () => {
    const added = await h.call('streetReviewer', 'committee', 'addFiling', {
      communityId: own(),
      filedOn: '2024-04-01',
      termStart: '2024-04-01',
      termEnd: '2029-03-31',
      status: 'filed',
      files: [file('备案表.pdf'), file('名单.xlsx')],
    })
    expect(added).toMatchObject({ ok: true, data: { statusLabel: '已备案', files: [file('备案表.pdf'), file('名单.xlsx')] } })
    const list = await h.call('staff', 'committee', 'listFilings', { communityId: own() })
    expect(list.ok && list.data.filings.map((f: { filedOn: string }) => f.filedOn)).toEqual(['2024-04-01', '2023-03-01'])
    const detail = await h.call('member', 'committee', 'getFiling', { filingId: added.ok ? added.data.id : '' })
    expect(detail).toMatchObject({ ok: true, data: { termEnd: '2029-03-31', files: expect.any(Array) } })
  })

  it('refuses files that are not in cloud storage and a term ending before it starts, writing nothing', async () => {
    const before = h.writes()
    const base = { communityId: own(), filedOn: '2024-04-01', termStart: '2024-04-01', termEnd: '2029-03-31', status: 'filed' }
    expect(
      await h.call('streetReviewer', 'committee', 'addFiling', { ...base, files: [{ fileID: 'https://x/y.pdf', name: 'y.pdf' }] }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('附件须是上传到本小程序云存储的文件') })
    expect(await h.call('streetReviewer', 'committee', 'addFiling', { ...base, termEnd: '2020-01-01', files: [] })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: '任期结束日期不能早于开始日期',
    })
    expect(await h.call('member', 'committee', 'getFiling', { filingId: `${h.world.community('other')}-filing` })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
    expect(h.writes()).toBe(before)
  })
})

describe('training results', () => {
  it('are entered by the district centre and read by the committee', async () => {
    const added = await h.call('districtCentre', 'committee', 'addTraining', {
      communityId: own(),
      personName: '委员乙',
      course: '物业管理条例',
      trainedOn: '2024-06-01',
      result: '合格',
    })
    expect(added.ok).toBe(true)
    const list = await h.call('alternate', 'committee', 'listTrainings', { communityId: own() })
    expect(list.ok && list.data.trainings[0]).toMatchObject({ personName: '委员乙', course: '物业管理条例', result: '合格' })
  })
})

describe('meetings (会议管理)', () => {
  it('are added and edited by the committee and listed by date', async () => {
    const add = (topic: string, heldAt: number) =>
      h.call('staff', 'committee', 'addMeeting', {
        communityId: own(),
        topic,
        heldAt,
        place: '会议室',
        attendees: ['委员甲'],
        agenda: '议程',
        minutes: '',
        attachments: [file(`${topic}.pdf`)],
      })
    expect((await add('一月例会', Date.parse('2024-01-15T19:00:00+08:00'))).ok).toBe(true)
    const march = await add('三月例会', Date.parse('2024-03-15T19:00:00+08:00'))
    expect((await add('五月例会', Date.parse('2024-05-15T19:00:00+08:00'))).ok).toBe(true)
    const spring = await h.call('member', 'committee', 'listMeetings', { communityId: own(), from: '2024-01-01', to: '2024-04-30' })
    expect(spring.ok && spring.data.meetings.map((m: { topic: string }) => m.topic)).toEqual(['三月例会', '一月例会'])
    const meetingId = march.ok ? march.data.id : ''
    const edited = await h.call('director', 'committee', 'editMeeting', { meetingId, minutes: '通过了年度预算' })
    expect(edited).toMatchObject({
      ok: true,
      data: { minutes: '通过了年度预算', topic: '三月例会', heldAt: Date.parse('2024-03-15T11:00:00.000Z') },
    })
    const [entry] = await h.emulator.query('audit', { action: 'committee.editMeeting', targetId: meetingId })
    expect(entry).toMatchObject({ before: { minutes: '' }, after: { minutes: '通过了年度预算' } })
  })

  it("are not shown to owners or to another community's committee", async () => {
    expect(await h.call('owner', 'committee', 'listMeetings', { communityId: own() })).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    expect(await h.call('director', 'committee', 'getMeeting', { meetingId: `${h.world.community('other')}-meeting` })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })

  it('refuses a bad time and too long minutes, writing nothing', async () => {
    const before = h.writes()
    const base = { communityId: own(), topic: '例会', place: '会议室', attendees: [], agenda: '', minutes: '', attachments: [] }
    expect(await h.call('staff', 'committee', 'addMeeting', { ...base, heldAt: '明天下午' })).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
    })
    expect(
      await h.call('staff', 'committee', 'addMeeting', {
        ...base,
        heldAt: Date.parse('2024-01-15T19:00:00+08:00'),
        minutes: '字'.repeat(20001),
      }),
    ).toMatchObject({ ok: false, code: 'INVALID_INPUT', message: expect.stringContaining('太长') })
    expect(await h.call('staff', 'committee', 'editMeeting', { meetingId: 'rc-nope', topic: '新' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '没有找到这次会议',
    })
    expect(h.writes()).toBe(before)
  })
})

describe('files of another community', () => {
  /** Files not uploaded for this community (`committee/<communityId>/…`), given the community's id. */
  const foreign: Array<[string, (community: string) => { fileID: string; name: string }]> = [
    ["another community's file", () => file('偷看.pdf', 'rc-elsewhere')],
    ['a file outside the committee folders', () => ({ fileID: 'cloud://local.bucket/votes/v1/选票.pdf', name: '选票.pdf' })],
    [
      'a path that climbs out of the folder',
      (community) => ({ fileID: `cloud://local.bucket/committee/${community}/../rc-elsewhere/偷看.pdf`, name: '偷看.pdf' }),
    ],
    [
      'a percent-encoded climb out of the folder',
      (community) => ({ fileID: `cloud://local.bucket/committee/${community}/%2e%2e/rc-elsewhere/偷看.pdf`, name: '偷看.pdf' }),
    ],
  ]

  it.each(foreign)('refuses %s in a filing, a meeting, an edited meeting and a credit record, writing nothing', async (_what, make) => {
    const bad = make(own())
    const before = h.writes()
    const refusals = [
      await h.call('streetReviewer', 'committee', 'addFiling', {
        communityId: own(),
        filedOn: '2024-04-01',
        termStart: '2024-04-01',
        termEnd: '2029-03-31',
        status: 'filed',
        files: [file('备案表.pdf'), bad],
      }),
      await h.call('director', 'committee', 'addMeeting', {
        communityId: own(),
        topic: '例会',
        heldAt: Date.parse('2024-05-01T19:30:00+08:00'),
        place: '会议室',
        attendees: ['委员甲'],
        agenda: '',
        minutes: '',
        attachments: [bad],
      }),
      await h.call('director', 'committee', 'editMeeting', { meetingId: `${own()}-meeting`, attachments: [bad] }),
      await h.call('districtCentre', 'committee', 'addCreditRecord', {
        communityId: own(),
        kind: 'good',
        occurredOn: '2024-02-10',
        reason: '按时公开',
        sourceName: '通报',
        source: bad,
      }),
    ]
    for (const answer of refusals)
      expect(answer).toMatchObject({ ok: false, code: 'FOREIGN_FILE', message: expect.stringContaining(bad.name) })
    expect(h.writes()).toBe(before)
  })
})
