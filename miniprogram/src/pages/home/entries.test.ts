import type { MyHome, RoleName, RoleView } from '@core/api/identity'
import { entriesFor, isStranger, waitsForDirector } from './entries'

const role = (name: RoleName, status: RoleView['status'] = 'active'): RoleView => ({ role: name, label: name, communityId: 'c1', status })
const home = (roles: RoleView[], units = 0): Pick<MyHome, 'units' | 'roles'> => ({
  roles,
  units: Array.from({ length: units }, (_, i) => ({ id: `u${i}`, building: '1', unitNo: '2', room: `60${i}`, areaCenti: 8950 })),
})
const titles = (h: Pick<MyHome, 'units' | 'roles'>) => entriesFor(h).map((e) => e.title)

describe('the home entries by role', () => {
  it('greets a stranger with nothing but binding', () => {
    expect(titles(home([]))).toEqual([])
    expect(isStranger(home([]))).toBe(true)
  })

  it('gives an owner her vote first, then disclosures, funds, credit, the evaluations, the weather, delegation and face check', () => {
    expect(titles(home([role('owner')], 1))).toEqual([
      '电子投票',
      '信息公开',
      '大额资金转账公示',
      '共有资金',
      '信用信息',
      '评价统计',
      '评价排名',
      '小区气象公告栏',
      '委托他人',
      '人脸核身',
    ])
    expect(isStranger(home([], 1))).toBe(false)
  })

  it('gives a street reviewer 投票审核 first, 评价排名, and no owner entries', () => {
    expect(titles(home([role('streetReviewer')]))).toEqual(['投票审核', '辖区小区', '评价排名'])
    expect(isStranger(home([role('streetReviewer')]))).toBe(false)
  })

  it.each<RoleName>(['districtCentre', 'cityCentre'])('gives a %s 通知发布, 发布培训课程, 辖区小区 and 评价排名', (name) => {
    expect(titles(home([role(name)]))).toEqual(['通知发布', '发布培训课程', '辖区小区', '评价排名'])
  })

  it('gives the operator 发布培训课程, 辖区小区 and 评价排名 only', () => {
    expect(titles(home([role('operator')]))).toEqual(['发布培训课程', '辖区小区', '评价排名'])
  })

  it('gives the director the committee work and 人员授权', () => {
    expect(titles(home([role('director')]))).toEqual([
      '投票管理',
      '信息公开',
      '大额资金转账公示',
      '业委会管理',
      '信息综合查询',
      '会议管理',
      '招标投标管理',
      '宣传培训',
      '权限管理',
      '人员授权',
      '共有资金',
      '信用信息',
      '评价统计',
      '评价排名',
      '小区气象公告栏',
    ])
  })

  it('gives a delegate the vote and the face check, not the owner pages', () => {
    expect(titles(home([role('delegate')]))).toEqual(['电子投票', '小区气象公告栏', '人脸核身'])
  })

  it('offers a property manager his transfer notices, the disclosures and the evaluations he answers for and the weather, no binding', () => {
    expect(titles(home([role('propertyManager')]))).toEqual(['转账公示', '信息公开', '评价统计', '评价排名', '小区气象公告栏'])
    expect(isStranger(home([role('propertyManager')]))).toBe(false)
  })

  it('shows pending staff no menus that would refuse her, only that she waits', () => {
    const pending = home([role('staff', 'pending')])
    expect(titles(pending)).toEqual([])
    expect(waitsForDirector(pending.roles)).toBe(true)
    expect(isStranger(pending)).toBe(false)
    expect(waitsForDirector([role('staff', 'pending'), role('member')])).toBe(false)
  })

  it('treats an account the director stopped like no account', () => {
    expect(isStranger(home([role('staff', 'revoked')]))).toBe(true)
    expect(waitsForDirector([role('staff', 'revoked')])).toBe(false)
  })
})
