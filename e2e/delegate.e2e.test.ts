/**
 * H5 end to end: the delegation form shows an owner what her delegate will and will not be able to
 * do before she confirms (issue 12, item 1). 张伟 holds two flats (one household): both are chosen
 * by default and the delegate could vote for them; leaving one out, the form says the delegate could
 * not, naming the flat left out.
 */
import { DEMO } from '../seed/index'
import { button } from './pageActions'
import { describeH5, useH5 } from './h5'

const ZHANG = DEMO.multiUnitOwner

describeH5('the delegation form tells the owner what the delegate can do (H5)', () => {
  const h5 = useH5({ personas: { zhang: ZHANG.openid } })

  test('all her flats by default: the delegate could vote; one left out: he could not, and why', async () => {
    const p = h5.pages.zhang
    await h5.open(p, '/packages/account/pages/delegates/index')
    await button(p, '新增委托').click()
    await p.locator('.form__value', { hasText: '全部 2 套' }).waitFor()
    await p.locator('.delegates__reach-line--ok', { hasText: '可以' }).waitFor()
    await p.locator('.delegates__unit', { hasText: '4栋1单元2203' }).click()
    await p.locator('.delegates__reach-line', { hasText: /不能.*4栋1单元2203 没有委托/ }).waitFor()
    expect(await p.locator('.delegates__reach-line--ok').count()).toBe(0)
  }, 120_000)
})
