import { startHarness, type Harness } from '../testing/harness'

/** 宣传培训 through the real function on the emulator: publish, watch (intervals), complete → 培训结果. */
let h: Harness
let courseId: string
beforeAll(async () => {
  h = await startHarness('tr')
  const published = await h.call('districtCentre', 'training', 'publishCourse', {
    title: '业主大会议事规则',
    category: '履职培训',
    durationS: 100,
    transcript: '第一节 …',
    required: true,
    dueDays: 30,
    audience: ['director', 'member', 'alternate', 'staff'],
    video: 'cloud://local.demo/training/rules.webm',
  })
  expect(published).toMatchObject({
    ok: true,
    data: { title: '业主大会议事规则', required: true, video: 'cloud://local.demo/training/rules.webm' },
  })
  courseId = published.ok ? published.data.id : ''
})
afterAll(async () => {
  await h?.close()
})

const own = () => h.world.community('own')
const watch = (from: number, to: number) => h.call('member', 'training', 'reportWatch', { communityId: own(), courseId, from, to })
const trainingRecords = () => h.emulator.query('trainings', { _id: `training:course:${courseId}:${h.world.caller('member').openid}` })

describe('watching a course', () => {
  it('counts only what time allows: a seek to the end adds nothing, and the course is not complete', async () => {
    expect(await watch(0, 10)).toMatchObject({ ok: true, data: { percent: 10, position: 10, completed: false } })
    h.emulator.clock.advance(5_000)
    // The player claims 10 → 100 five seconds later: only 10 → 17 (5 s plus 2 s slack, plus the few
    // milliseconds the emulator's running clock adds) can have been played.
    const seeked = await watch(10, 100)
    expect(seeked).toMatchObject({ ok: true, data: { completed: false } })
    expect(seeked.ok && seeked.data.position).toBeGreaterThanOrEqual(17)
    expect(seeked.ok && seeked.data.position).toBeLessThan(20)
    expect(await trainingRecords()).toEqual([])
  })

  it('resumes where it stopped, and watching the same stretch again counts once', async () => {
    const listed = await h.call('member', 'training', 'listCourses', { communityId: own() })
    const mine = listed.ok ? listed.data.courses.find((c: { id: string }) => c.id === courseId) : null
    expect(mine.position).toBeGreaterThanOrEqual(17)
    h.emulator.clock.advance(10_000)
    expect(await watch(0, 10)).toMatchObject({ ok: true, data: { percent: mine.percent } })
  })

  it('completes at 90% and becomes a 培训结果 record, once', async () => {
    for (let at = 17; at < 95; at += 10) {
      h.emulator.clock.advance(10_000)
      await watch(at, at + 10)
    }
    const done = await h.call('member', 'training', 'listCourses', { communityId: own() })
    expect(done.ok && done.data.courses.find((c: { id: string }) => c.id === courseId)).toMatchObject({ completed: true })
    const records = await trainingRecords()
    expect(records).toMatchObject([
      { communityId: own(), course: '业主大会议事规则', result: '合格', personName: h.world.caller('member').name },
    ])
    const listed = await h.call('director', 'committee', 'listTrainings', { communityId: own() })
    expect(listed.ok && listed.data.trainings.map((t: { course: string }) => t.course)).toContain('业主大会议事规则')
  })

  it.each(['districtCentre', 'cityCentre', 'streetReviewer'] as const)('shows the %s who completed what', async (who) => {
    const seen = await h.call(who, 'training', 'completions', { communityId: own() })
    expect(seen).toMatchObject({
      ok: true,
      data: { rows: [{ courseTitle: '业主大会议事规则', percent: expect.any(Number), completedOn: expect.any(String) }] },
    })
  })

  it('shows them nothing of a community they do not reach', async () => {
    expect(await h.call('streetReviewer', 'training', 'completions', { communityId: h.world.community('other') })).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    })
  })
})

describe('bad input writes nothing', () => {
  it.each([
    [{ from: -1, to: 5 }, '开始位置：不能为负'],
    [{ from: 0, to: '5' }, '结束位置：应为秒数'],
  ])('refuses %p', async (bad, message) => {
    const before = h.writes()
    const answer = await h.call('member', 'training', 'reportWatch', { communityId: own(), courseId, ...bad })
    expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message })
    expect(h.writes()).toBe(before)
  })

  it('refuses a course that does not exist', async () => {
    const before = h.writes()
    const answer = await h.call('member', 'training', 'reportWatch', { communityId: own(), courseId: 'no-such-course', from: 0, to: 5 })
    expect(answer).toMatchObject({ ok: false, code: 'NOT_FOUND', message: '没有找到这门课程' })
    expect(h.writes()).toBe(before)
  })

  it('refuses a publish without a title', async () => {
    const before = h.writes()
    const answer = await h.call('districtCentre', 'training', 'publishCourse', {
      title: '',
      category: '法规',
      durationS: 60,
      transcript: '',
      required: false,
      dueDays: 7,
      audience: ['member'],
    })
    expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message: '课程名称：请填写课程名称' })
    expect(h.writes()).toBe(before)
  })

  it('refuses a video outside cloud storage', async () => {
    const before = h.writes()
    const answer = await h.call('districtCentre', 'training', 'publishCourse', {
      title: '法规',
      category: '法规',
      durationS: 60,
      transcript: '',
      required: false,
      dueDays: 7,
      audience: ['member'],
      video: 'https://example.com/a.mp4',
    })
    expect(answer).toEqual({ ok: false, code: 'INVALID_INPUT', message: '课程视频：应为云存储中的视频' })
    expect(h.writes()).toBe(before)
  })
})

describe('the course video', () => {
  const course = (video: string) => ({
    title: '法规',
    category: '法规',
    durationS: 60,
    transcript: '',
    required: false,
    dueDays: 7,
    audience: ['member'],
    video,
  })

  it.each([
    ['a community folder', 'cloud://local.demo/committee/c1/meetings/a.mp4'],
    ['another environment', 'cloud://prod.demo/training/a.mp4'],
    ['a traversal out of the training folder', 'cloud://local.demo/training/../committee/c1/a.mp4'],
  ])('refuses a video from %s, writing nothing', async (_, video) => {
    const before = h.writes()
    const answer = await h.call('districtCentre', 'training', 'publishCourse', course(video))
    expect(answer).toEqual({ ok: false, code: 'FOREIGN_FILE', message: '「课程视频」不是为培训课程上传的文件，请重新上传' })
    expect(h.writes()).toBe(before)
  })
})

describe('the course cover', () => {
  const course = (cover?: string) => ({
    title: '信息公开要点',
    category: '履职培训',
    durationS: 60,
    transcript: '',
    required: false,
    dueDays: 7,
    audience: ['member'],
    video: 'cloud://local.demo/training/courses/open.mp4',
    ...(cover ? { cover } : {}),
  })

  it('keeps a cover from the training folder and shows it in the list', async () => {
    const cover = 'cloud://local.demo/training/courses/open.png'
    const answer = await h.call('cityCentre', 'training', 'publishCourse', course(cover))
    expect(answer).toMatchObject({ ok: true, data: { cover } })
    const listed = await h.call('member', 'training', 'listCourses', { communityId: own() })
    const shown = listed.ok ? listed.data.courses.find((c: { id: string }) => answer.ok && c.id === answer.data.id) : null
    expect(shown).toMatchObject({ cover })
  })

  it('answers no cover as null', async () => {
    expect(await h.call('cityCentre', 'training', 'publishCourse', course())).toMatchObject({ ok: true, data: { cover: null } })
  })

  it('refuses a cover from a community folder, writing nothing', async () => {
    const before = h.writes()
    const answer = await h.call('cityCentre', 'training', 'publishCourse', course('cloud://local.demo/committee/c1/credit/a.png'))
    expect(answer).toEqual({ ok: false, code: 'FOREIGN_FILE', message: '「课程封面」不是为培训课程上传的文件，请重新上传' })
    expect(h.writes()).toBe(before)
  })
})
