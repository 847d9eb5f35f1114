/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed: an owner of
 * 翠湖苑 rates the property office on the real form, the property manager replies on 评价统计, the
 * owner sees the reply there with the figures, and the district centre's 评价排名 shows the project
 * with its new score. Four ratings by other owners of 翠湖苑 are made first by direct calls, so
 * hers is the fifth and the project is ranked (at least 5 ratings, core/evaluations/ranking.ts).
 */
import type { RankingView } from '../core/api/evaluations'
import { bindPerson, DEMO } from '../seed/index'
import { describeH5, must, useH5 } from './h5'
import { button, field, waitForToast } from './pageActions'

const PAGES = {
  rate: '/packages/evaluations/pages/rate/index?target=property',
  statistics: '/packages/evaluations/pages/statistics/index',
  ranking: '/packages/evaluations/pages/ranking/index',
}
const DIMENSIONS = ['环境卫生', '秩序维护', '维修响应', '沟通服务', '收费公开']
const DIMENSION_KEYS = ['sanitation', 'order', 'repairs', 'service', 'charges']

describeH5('业主评价: rate, reply, statistics and ranking (H5)', () => {
  jest.setTimeout(90_000)
  const h5 = useH5({
    personas: { owner: DEMO.owner.openid, manager: DEMO.propertyManager.openid, district: DEMO.districtCentre.openid },
    // Four other flats of 翠湖苑 give 4 on every dimension (the newcomer binds first, through the SMS flow).
    setup: async (emu) => {
      await bindPerson(emu, DEMO.unboundOwner.openid, DEMO.unboundOwner)
      const raters = [
        [DEMO.coOwner.openid, DEMO.coOwner.unitIds[0]],
        [DEMO.multiUnitOwner.openid, DEMO.multiUnitOwner.unitIds[0]],
        [DEMO.multiUnitOwner.openid, DEMO.multiUnitOwner.unitIds[1]],
        [DEMO.unboundOwner.openid, DEMO.unboundOwner.unitIds[0]],
      ]
      for (const [openid, unitId] of raters) {
        const scores = Object.fromEntries(DIMENSION_KEYS.map((k) => [k, 4]))
        must(await emu.call('evaluations', { action: 'rate', unitId, target: 'property', scores, comment: '' }, { openid }))
      }
    },
    pageTimeoutMs: 20_000,
  })

  test('the owner rates the property office', async () => {
    const owner = h5.pages.owner
    await h5.open(owner, PAGES.rate)
    // Sent with no scores: the page names what is missing beside the button, and sends nothing.
    await button(owner, '提交评价').click()
    await owner.locator('.yw-notice', { hasText: `还没有打分：${DIMENSIONS.join('、')}` }).waitFor()
    expect(await h5.emu.query('evaluations', { unitId: DEMO.owner.unitIds[0], target: 'property' })).toEqual([])
    for (const [i, label] of DIMENSIONS.entries()) {
      await button(owner.locator('.evaluations__dimension', { hasText: label }), i === 2 ? '3分' : '4分').click()
    }
    await field(owner, '说说您的看法（选填）').fill('保洁很用心，维修要快一点')
    await button(owner, '提交评价').click()
    // A success card says what happens next, and leads to the statistics.
    await owner.getByText('已提交您的评价，谢谢！').waitFor()
    await button(owner, '查看评价统计').click()
    await owner.locator('.evaluations__community', { hasText: DEMO.community.name }).waitFor()
    const [rating] = await h5.emu.query('evaluations', { unitId: DEMO.owner.unitIds[0], target: 'property' })
    expect(rating).toMatchObject({ comment: '保洁很用心，维修要快一点', scores: { repairs: 3, sanitation: 4 } })
  })

  test('the property manager replies on 评价统计', async () => {
    const manager = h5.pages.manager
    await h5.open(manager, PAGES.statistics)
    const card = manager.locator('.evaluations__rating', { hasText: '保洁很用心' })
    await field(card, '回复内容或异议理由').fill('已安排维修班组加快响应')
    await button(card, '回复').click()
    await waitForToast(manager, '已回复')
    await card.getByText('回复：已安排维修班组加快响应').waitFor()
  })

  test('the owner sees the reply and the figures: 5 ratings, mean 4.0 (3.96), 维修响应 3.8', async () => {
    const owner = h5.pages.owner
    await h5.open(owner, PAGES.statistics)
    await owner.locator('.evaluations__rating', { hasText: '保洁很用心' }).getByText('回复：已安排维修班组加快响应').waitFor()
    const property = owner.locator('.evaluations__section', { hasText: '物业管理处' })
    await property
      .getByText(/平均分 4\.0，共 5 条评价/)
      .first()
      .waitFor()
    await property.locator('.chart__row', { hasText: '维修响应' }).getByText('3.8').waitFor()
  })

  test('the district centre’s 评价排名 ranks the project with its new score, n = 5 and the plain mean beside it', async () => {
    const district = h5.pages.district
    await h5.open(district, PAGES.ranking)
    const row = district.locator('.list-card', { hasText: '翠湖苑物业服务中心' })
    await row.getByText(/第\d+名/).waitFor()
    // The board is rebuilt from the tallies when stale (no board yet here: this page builds it), and says when.
    await district.getByText(/数据更新于 \d{4}/).waitFor()
    const figures = (await row.getByText(/得分/).textContent()) ?? ''
    const [, score, mean] = /得分 (\d\.\d\d) · 平均分 (\d\.\d\d) · 5 条评价/.exec(figures) ?? []
    expect(mean).toBe('3.96')
    // (5 × 3.96 + 10 × 南山区's mean) ÷ 15, the district's mean as the server keeps it.
    const ranking = must(
      await h5.emu.call<RankingView>('evaluations', { action: 'ranking', kind: 'project' }, { openid: DEMO.districtCentre.openid }),
    )
    const nanshan = ranking.districts.find((d) => d.district === DEMO.community.district)!.mean!
    expect(score).toBe(((5 * 3.96 + 10 * nanshan) / 15).toFixed(2))
  })
})
