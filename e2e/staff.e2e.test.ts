/**
 * H5 end to end, in headless Chromium against the local emulator and the demo seed:
 * a staff member (经办人) binds with name + phone + SMS code, is refused the committee's pages
 * until the director authorises her, then sees them; the director stops her account and she is
 * refused again. Both people use the real pages; only the roster entry is made by a direct call.
 */
import { DEMO } from '../seed/index'
import { describeH5, must, useH5 } from './h5'
import { button, field, waitForToast } from './pageActions'

const STAFF = { openid: 'e2e-staff-hexiaoli', name: '何晓丽', phone: '13955550123' }
const DIRECTOR = DEMO.director
const REFUSED = '您没有权限进行此操作'
const WAITING = '等待业委会主任授权'

const PAGES = {
  staffBind: '/packages/account/pages/staff-bind/index',
  staff: '/packages/account/pages/staff/index',
  members: '/packages/committee/pages/members/index',
  records: '/packages/committee/pages/records/index',
  meetings: '/packages/committee/pages/meetings/index',
}

describeH5('staff binding and the director’s authorisation (H5)', () => {
  jest.setTimeout(60_000)
  const h5 = useH5({
    personas: { staff: STAFF.openid, director: DIRECTOR.openid },
    // Setup by a function call: the director puts her on the roster, which staff binding checks against.
    setup: async (emu) => {
      must(
        await emu.call(
          'committee',
          {
            action: 'addMember',
            communityId: DEMO.community.id,
            kind: 'staff',
            name: STAFF.name,
            position: '经办人',
            phone: STAFF.phone,
          },
          { openid: DIRECTOR.openid },
        ),
      )
    },
    pageTimeoutMs: 15_000,
  })

  test('she binds with name, phone and the SMS code, and waits for the director', async () => {
    const staff = h5.pages.staff
    await h5.open(staff, PAGES.staffBind)
    await field(staff, '请输入姓名').fill(STAFF.name)
    await field(staff, '11位手机号码').fill(STAFF.phone)
    await button(staff, '获取验证码').click()
    await waitForToast(staff, /验证码已发送到 139\*\*\*\*0123/)
    await field(staff, '6位数字').fill(await h5.smsCode(STAFF.phone))
    await button(staff, '提交信息').click()
    await staff.locator('.staff-bind__waiting').getByText(WAITING).waitFor()
    // The page says it worked and offers the way on, instead of the filled form with an active button.
    await staff.locator('.staff-bind__done', { hasText: '绑定成功' }).waitFor()
    await button(staff, '返回首页').waitFor()
    expect(await staff.locator('.at-button:visible', { hasText: '提交信息' }).count()).toBe(0)
    const [account] = await h5.emu.query<{ status: string; openid: string }>('roles', { openid: STAFF.openid })
    expect(account).toMatchObject({ status: 'pending' })
  })

  test('until authorised she is refused the committee pages, and told why', async () => {
    const staff = h5.pages.staff
    await h5.open(staff, PAGES.members)
    await staff.getByText(REFUSED).waitFor()
    await staff.getByText(`您的账号正在${WAITING}`).waitFor()
    await h5.open(staff, PAGES.meetings)
    await staff.getByText(REFUSED).waitFor()
  })

  test('the director authorises her on 人员授权', async () => {
    const director = h5.pages.director
    await h5.open(director, PAGES.staff)
    await button(director.locator('.staff__person', { hasText: STAFF.name }), '授权').click()
    await director.locator('.taro-model__confirm', { hasText: '授权' }).click()
    await director.locator('.section-title', { hasText: '已授权' }).waitFor()
    await director.locator('.staff__person', { hasText: STAFF.name }).locator('.at-button', { hasText: '停用' }).waitFor()
  })

  test('authorised, she sees the roster, the records and the meetings', async () => {
    const staff = h5.pages.staff
    await h5.open(staff, PAGES.members)
    await staff.locator('.list-card', { hasText: STAFF.name }).waitFor()
    await staff.locator('.section-title', { hasText: '其他工作人员' }).waitFor()
    await h5.open(staff, PAGES.records)
    await staff.locator('.at-segmented-control__item', { hasText: '备案查询' }).waitFor()
    await staff.locator('.list-card, .remote-view__empty').first().waitFor()
    await h5.open(staff, PAGES.meetings)
    await staff.locator('.list-card, .remote-view__empty').first().waitFor()
    expect(await staff.getByText(REFUSED).count()).toBe(0)
  })

  test('the director stops her account with a reason, and she is refused again', async () => {
    const [staff, director] = [h5.pages.staff, h5.pages.director]
    await h5.open(director, PAGES.staff)
    await button(director.locator('.staff__person', { hasText: STAFF.name }), '停用').click()
    await director.locator('.reason-modal__input textarea').fill('已离职')
    await director.locator('.reason-modal__confirm', { hasText: '停用' }).click()
    await director.locator('.section-title', { hasText: '已停用' }).waitFor()

    await h5.open(staff, PAGES.members)
    await staff.getByText(REFUSED).waitFor()
    await staff.getByText('您的业委会人员账号已被停用').waitFor()
    const audit = await h5.emu.query<{ action: string; note?: string }>('audit', { action: 'account.revokeStaff' })
    expect(audit.map((a) => a.note)).toContain('已离职')
  })
})
