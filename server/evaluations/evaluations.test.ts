import { startHarness, type Harness } from '../testing/harness'
import { scoresOf } from '../testing/evaluationFixtures'
import { periodOf } from '../../core/evaluations/period'
import type { RatingView } from '../../core/api/evaluations'

/** 业主评价 through the real function on the emulator: rating, replacing, replies, 有异议, statistics and ranking. */
describe('evaluations', () => {
  let h: Harness
  let unitId: string
  const own = () => h.world.community('own')

  beforeAll(async () => {
    h = await startHarness('ev')
    unitId = await h.world.freshUnit('own')
  })
  afterAll(async () => {
    await h?.close()
  })

  const rate = (target: 'property' | 'committee', scores: Record<string, number>, comment = '', unit = unitId) =>
    h.call('owner', 'evaluations', 'rate', { unitId: unit, target, scores, comment })
  const nothingWritten = async (call: () => Promise<{ ok: boolean; code?: string; message?: string }>, code: string) => {
    const before = h.writes()
    const result = await call()
    expect(result).toMatchObject({ ok: false, code })
    expect(result.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(h.writes()).toBe(before)
  }

  it('refuses a property rating before the operator sets the property service, and bad settings', async () => {
    await nothingWritten(() => rate('property', scoresOf('property')), 'NO_PROPERTY_SERVICE')
    await nothingWritten(
      () => h.call('operator', 'evaluations', 'setPropertyService', { communityId: own(), projectName: ' ', companyName: '万家物业' }),
      'INVALID_INPUT',
    )
    expect(
      await h.call('operator', 'evaluations', 'setPropertyService', {
        communityId: own(),
        projectName: '甲花园物业服务中心',
        companyName: '万家物业',
      }),
    ).toMatchObject({ ok: true })
  })

  it('refuses missing or out-of-range dimensions and a unit not her own, writing nothing', async () => {
    await nothingWritten(() => rate('property', { sanitation: 5 }), 'BAD_DIMENSIONS')
    await nothingWritten(() => rate('property', { ...scoresOf('property'), sanitation: 6 }), 'INVALID_INPUT')
    await h.emulator.insert('units', [
      {
        _id: 'ev-someone-elses',
        communityId: own(),
        building: '3',
        unitNo: '1',
        room: '101',
        areaCenti: 9000,
        ownerIds: ['nobody'],
        developerHeld: false,
      },
    ])
    await nothingWritten(() => rate('property', scoresOf('property'), '', 'ev-someone-elses'), 'NOT_UNIT_OWNER')
  })

  it('rates once per unit, target and period: a changed mind replaces the rating, keeps history, and the figures follow', async () => {
    expect(await rate('property', scoresOf('property', 2), '电梯维修太慢')).toMatchObject({ ok: true, data: { replaced: false } })
    h.emulator.resetStats()
    expect(await rate('property', scoresOf('property', 4), '后来修好了')).toMatchObject({ ok: true, data: { replaced: true } })
    // Reads: the caller's bindings and grants side by side (server/caller.ts), the unit with its community
    // (one aggregate), the current rating inside the transaction. Writes: the rating and its tally. Round
    // trips: those six, and the transaction's start and commit. No city-wide document is written.
    const cost = () => {
      const s = h.emulator.stats()
      return { reads: s['fn.evaluations.reads'], writes: s['fn.evaluations.writes'], trips: s['fn.evaluations.db'] }
    }
    expect(cost()).toEqual({ reads: 4, writes: 2, trips: 8 })
    expect(h.emulator.stats()['db.writes']).toBe(2)
    // New ratings (of the committee, so the property figures below stay as they are): the first of the period
    // finds no tally to update and creates it (one more write); later ones cost the same as a replacement.
    const trips = async (unit: string) => {
      h.emulator.resetStats()
      expect(await rate('committee', scoresOf('committee', 5), '', unit)).toMatchObject({ ok: true, data: { replaced: false } })
      return cost()
    }
    expect([await trips(await h.world.freshUnit('own')), await trips(await h.world.freshUnit('own'))]).toEqual([
      { reads: 4, writes: 3, trips: 9 },
      { reads: 4, writes: 2, trips: 8 },
    ])

    const [rating] = await h.emulator.query('evaluations', { unitId })
    expect(rating).toMatchObject({ comment: '后来修好了', raterLabel: '1栋业主', history: [{ comment: '电梯维修太慢' }] })
    const [stats] = await h.emulator.query('evaluationStats', { communityId: own(), target: 'property' })
    expect(stats).toMatchObject({ ratings: 1, dimensions: { sanitation: { sum: 4, count: 1, distribution: [0, 0, 0, 1, 0] } } })
  })

  it('keeps the figures equal to a recount of the stored ratings', async () => {
    for (let i = 0; i < 4; i += 1) {
      const unit = await h.world.freshUnit('own')
      for (const result of [
        await rate('property', scoresOf('property', 1 + i)),
        await rate('property', scoresOf('property', 5 - i), '', unit),
        await rate('property', scoresOf('property', 3), '', unit),
      ])
        expect(result).toMatchObject({ ok: true })
    }
    const ratings = await h.emulator.query('evaluations', { communityId: own(), target: 'property' })
    const [stats] = await h.emulator.query('evaluationStats', { communityId: own(), target: 'property' })
    const sum = ratings.reduce((a, r) => a + r.scores.repairs, 0)
    expect(stats.ratings).toBe(ratings.length)
    expect(stats.dimensions.repairs).toMatchObject({ sum, count: ratings.length })
    // No rating writes the board: the ranking page builds it from the tallies.
    expect(await h.emulator.query('evaluationBoards', {})).toEqual([])
    expect(await h.call('stranger', 'evaluations', 'ranking', { kind: 'project' })).toMatchObject({ ok: true })
    const [board] = await h.emulator.query('evaluationBoards', {})
    const total = ratings.reduce((a, r) => a + Object.values(r.scores as Record<string, number>).reduce((x, y) => x + y, 0), 0)
    expect(board.property.find((e: { communityId: string }) => e.communityId === own())).toMatchObject({
      n: ratings.length,
      scoreSum: total,
      project: '甲花园物业服务中心',
      company: '万家物业',
    })
  })

  it('counts ratings of one unit sent at once as one rating: each accepted one replaces the last, the rest are told to try again', async () => {
    const unit = await h.world.freshUnit('own')
    const answers = await Promise.all([1, 2, 3, 4, 5].map((score) => rate('committee', scoresOf('committee', score), '', unit)))
    const accepted = answers.filter((a) => a.ok)
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.code === 'TOO_FREQUENT')).toBe(true)
    expect(accepted.filter((a) => a.ok && !a.data.replaced)).toHaveLength(1)
    const [mine] = await h.emulator.query('evaluations', { unitId: unit, target: 'committee' })
    expect(mine.history).toHaveLength(accepted.length - 1)
    const ratings = await h.emulator.query('evaluations', { communityId: own(), target: 'committee' })
    const [stats] = await h.emulator.query('evaluationStats', { communityId: own(), target: 'committee' })
    expect(stats.ratings).toBe(ratings.length)
    expect(stats.dimensions.duty.sum).toBe(ratings.reduce((a, r) => a + r.scores.duty, 0))
  })

  it('shows 评价统计 and 评价排名 from the kept figures in at most 3 reads', async () => {
    h.emulator.resetStats()
    const stats = await h.call('stranger', 'evaluations', 'statistics', { communityId: own() })
    expect(h.emulator.stats()['fn.evaluations.db']).toBeLessThanOrEqual(3)
    expect(stats).toMatchObject({ ok: true, data: { property: { ratings: 5, partyName: '甲花园物业服务中心（万家物业）' } } })
    h.emulator.resetStats()
    const ranking = await h.call('stranger', 'evaluations', 'ranking', { kind: 'project' })
    expect(h.emulator.stats()['fn.evaluations.db'] ?? 0).toBeLessThanOrEqual(3)
    expect(ranking).toMatchObject({ ok: true, data: { rows: [{ name: '甲花园物业服务中心', n: 5, rank: 1 }] } })
    const company = await h.call('stranger', 'evaluations', 'ranking', { kind: 'company' })
    expect(company).toMatchObject({ ok: true, data: { rows: [{ name: '万家物业', n: 5 }] } })
    const itsProjects = await h.call('stranger', 'evaluations', 'ranking', { kind: 'project', company: '万家物业' })
    expect(itsProjects).toMatchObject({ ok: true, data: { rows: [{ name: '甲花园物业服务中心', communityId: own() }] } })
    const none = await h.call('stranger', 'evaluations', 'ranking', { kind: 'project', company: '别家物业' })
    expect(none).toMatchObject({ ok: true, data: { rows: [] } })
  })

  it('lets the rated party reply once and object; the district centre decides; nothing is deleted', async () => {
    const ratingId = `property:${unitId}:${periodOf(h.emulator.clock.now())}`
    await nothingWritten(() => h.call('director', 'evaluations', 'reply', { ratingId, text: '谢谢' }), 'NOT_RATED_PARTY')
    expect(await h.call('propertyManager', 'evaluations', 'reply', { ratingId, text: '感谢您的耐心' })).toMatchObject({ ok: true })
    await nothingWritten(() => h.call('propertyManager', 'evaluations', 'reply', { ratingId, text: '再次感谢' }), 'ALREADY_REPLIED')
    await nothingWritten(() => h.call('districtCentre', 'evaluations', 'decideObjection', { ratingId, upheld: true }), 'NO_OBJECTION')
    expect(await h.call('propertyManager', 'evaluations', 'object', { ratingId, reason: '维修记录显示当天已处理' })).toMatchObject({
      ok: true,
    })
    await nothingWritten(() => h.call('propertyManager', 'evaluations', 'object', { ratingId, reason: '再提一次' }), 'OBJECTION_EXISTS')
    expect(await h.emulator.query('todos', { kind: 'contentReview', targetId: { $regex: '^property:' } })).toEqual([])
    const [todo] = await h.emulator.query('todos', { kind: 'ratingObjection', targetId: ratingId })
    expect(todo).toMatchObject({ status: 'open', assignee: { role: 'districtCentre', district: '南山区' } })

    expect(await h.call('districtCentre', 'evaluations', 'rating', { ratingId })).toMatchObject({
      ok: true,
      data: {
        communityName: '甲花园',
        targetLabel: '物业管理处',
        objection: { reason: '维修记录显示当天已处理' },
        reply: { text: '感谢您的耐心' },
      },
    })
    expect(await h.call('districtCentre', 'evaluations', 'rating', { ratingId: 'property:nothing:2026-4' })).toMatchObject({
      ok: false,
      code: 'NOT_FOUND',
      message: '评价不存在',
    })
    const page = await h.call('owner', 'evaluations', 'ratings', { communityId: own(), target: 'property' })
    expect(page.ok && page.data.rows.find((r: { id: string }) => r.id === ratingId)).toMatchObject({
      reply: { text: '感谢您的耐心' },
      objection: { statusLabel: '有异议，区住房中心处理中' },
    })
    expect(await h.call('districtCentre', 'evaluations', 'decideObjection', { ratingId, upheld: false, note: '评价属实' })).toMatchObject({
      ok: true,
    })
    const [after] = await h.emulator.query('evaluations', { _id: ratingId })
    expect(after.objection).toMatchObject({ status: 'dismissed', decisionNote: '评价属实' })
    expect((await h.emulator.query('todos', { _id: todo._id }))[0]).toMatchObject({ status: 'done', outcome: 'dismissed' })
  })

  it('keeps a comment the check sends to review, flagged, with a contentReview to-do for the committee; a passing replacement closes it', async () => {
    const unit = await h.world.freshUnit('own')
    expect(await rate('committee', scoresOf('committee'), '建议成立维权群', unit)).toMatchObject({ ok: true })
    const id = `committee:${unit}:${periodOf(h.emulator.clock.now())}`
    const [rating] = await h.emulator.query('evaluations', { _id: id })
    expect(rating.contentFlag).toMatchObject({ fields: ['评价内容'] })
    const [todo] = await h.emulator.query('todos', { kind: 'contentReview', targetId: id })
    expect(todo).toMatchObject({ status: 'open', assignee: { role: 'committee', communityId: own() } })
    expect(todo.page).toBe(`packages/evaluations/pages/statistics/index?communityId=${own()}`)
    expect(await rate('committee', scoresOf('committee'), '建议多开业主大会', unit)).toMatchObject({ ok: true })
    expect((await h.emulator.query('todos', { _id: todo._id }))[0]).toMatchObject({ status: 'done', outcome: 'edited' })
  })

  it('flags a reply or an objection reason the check sends to review, with the committee’s contentReview to-do', async () => {
    const unit = await h.world.freshUnit('own')
    expect(await rate('property', scoresOf('property', 3), '', unit)).toMatchObject({ ok: true })
    const ratingId = `property:${unit}:${periodOf(h.emulator.clock.now())}`
    expect(await h.call('propertyManager', 'evaluations', 'reply', { ratingId, text: '请勿拉横幅' })).toMatchObject({ ok: true })
    expect(await h.call('propertyManager', 'evaluations', 'object', { ratingId, reason: '评价者在维权群煽动' })).toMatchObject({ ok: true })
    const [stored] = await h.emulator.query('evaluations', { _id: ratingId })
    expect(stored.reply.contentFlag).toMatchObject({ fields: ['回复'] })
    expect(stored.objection.contentFlag).toMatchObject({ fields: ['异议理由'] })
    const todos = await h.emulator.query('todos', { kind: 'contentReview', communityId: own() })
    expect(todos.map((t) => t.targetId).filter((t) => t.startsWith(ratingId))).toEqual([`${ratingId}:reply`, `${ratingId}:objection`])
  })

  it('keeps a reply with the version it answered: a replaced rating shows it as 针对旧评价的回复, and the new version can be answered', async () => {
    const unit = await h.world.freshUnit('own')
    expect(await rate('property', scoresOf('property', 2), '楼道很脏', unit)).toMatchObject({ ok: true })
    const ratingId = `property:${unit}:${periodOf(h.emulator.clock.now())}`
    expect(await h.call('propertyManager', 'evaluations', 'reply', { ratingId, text: '已安排保洁' })).toMatchObject({ ok: true })
    expect(await rate('property', scoresOf('property', 4), '现在干净了', unit)).toMatchObject({ ok: true, data: { replaced: true } })
    const view = async () => (await h.call('stranger', 'evaluations', 'rating', { ratingId })) as { ok: true; data: RatingView }
    expect((await view()).data).toMatchObject({ comment: '现在干净了', reply: null, earlierReply: { text: '已安排保洁' } })
    const [stored] = await h.emulator.query('evaluations', { _id: ratingId })
    expect(stored.history).toMatchObject([{ comment: '楼道很脏', reply: { text: '已安排保洁' } }])
    expect(await h.call('propertyManager', 'evaluations', 'reply', { ratingId, text: '感谢认可' })).toMatchObject({ ok: true })
    expect((await view()).data).toMatchObject({ reply: { text: '感谢认可' }, earlierReply: { text: '已安排保洁' } })
  })

  it('refuses a rating of her own committee or project, and a risky comment, writing nothing', async () => {
    await nothingWritten(() => rate('committee', scoresOf('committee'), '代开发票'), 'CONTENT_RISKY')
    await h.emulator.insert('roles', [
      { _id: 'ev-owner-pm', openid: h.world.caller('owner').openid, role: 'propertyManager', communityId: own(), status: 'active' },
    ])
    await nothingWritten(() => rate('property', scoresOf('property')), 'OWN_PARTY')
    expect(await rate('committee', scoresOf('committee'))).toMatchObject({ ok: true })
    await h.emulator.insert('roles', [
      { _id: 'ev-owner-member', openid: h.world.caller('owner').openid, role: 'member', communityId: own(), status: 'active' },
    ])
    await nothingWritten(() => rate('committee', scoresOf('committee')), 'OWN_PARTY')
  })
})
