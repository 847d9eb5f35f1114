import type { MyHome, RoleName, RoleView } from '@core/api/identity'
import {
  accountRoutes,
  committeeRoutes,
  disclosureRoutes,
  evaluationRoutes,
  govRoutes,
  noticesRoutes,
  tenderRoutes,
  trainingRoutes,
  voteRoutes,
  weatherRoutes,
} from '../../routes'
import { AREA_ROLE_NAMES, COMMITTEE_ROLE_NAMES } from '../../utils/roles'

/** One way into a feature from the home page. */
export interface HomeEntry {
  title: string
  /** One plain line under the title: what the page is for. */
  note?: string
  url: string
  /** Who sees it: anyone holding one of these roles, actively (a role waiting for the director opens nothing). */
  roles: readonly RoleName[]
  /** A big tile for the day's main work, or a row in the list under the tiles. */
  look: 'tile' | 'row'
}

const COMMITTEE = COMMITTEE_ROLE_NAMES
const GOVERNMENT = AREA_ROLE_NAMES

/**
 * Every feature's entries, one registry for the home page, in the order they show. A new feature adds
 * its entries here; the pages themselves still check (and the server decides) what a person may do.
 */
export const HOME_ENTRIES: readonly HomeEntry[] = [
  // 电子投票
  { title: '投票审核', url: voteRoutes.review(), roles: ['streetReviewer'], look: 'tile' },
  { title: '投票管理', url: voteRoutes.manage(), roles: COMMITTEE, look: 'tile' },
  { title: '电子投票', url: voteRoutes.open(), roles: ['owner', 'delegate'], look: 'tile' },
  // 通知消息 (city and district centres publish; committees read them on the 消息 tab)
  {
    title: '通知发布',
    note: '向辖区业委会发布通知，查看阅读和回复情况',
    url: noticesRoutes.sent(),
    roles: ['districtCentre', 'cityCentre'],
    look: 'tile',
  },
  // 宣传培训 (the centres and the operator publish courses; committees watch them under 宣传培训)
  {
    title: '发布培训课程',
    note: '向业委会人员发布培训视频和文字稿',
    url: trainingRoutes.publish(),
    roles: ['districtCentre', 'cityCentre', 'operator'],
    look: 'row',
  },
  // 大额资金转账公示: the property project manager's day's work
  { title: '转账公示', note: '发布共有资金大额转账公示', url: disclosureRoutes.transfers(), roles: ['propertyManager'], look: 'tile' },
  // 信息公开
  {
    title: '信息公开',
    note: '物业服务、维修资金、共有收益和业委会的公开信息',
    url: disclosureRoutes.list(),
    roles: [...COMMITTEE, 'owner', 'propertyManager'],
    look: 'row',
  },
  {
    title: '大额资金转账公示',
    note: '共有资金的大额转账及年度合计',
    url: disclosureRoutes.transfers(),
    roles: [...COMMITTEE, 'owner'],
    look: 'row',
  },
  // 辖区小区 (street offices, district and city centres)
  { title: '辖区小区', note: '查看辖区内的业委会，录入备案、培训和信用信息', url: govRoutes.communities(), roles: GOVERNMENT, look: 'row' },
  // 业委会
  { title: '业委会管理', note: '委员、候补委员和工作人员', url: committeeRoutes.members(), roles: COMMITTEE, look: 'row' },
  { title: '信息综合查询', note: '备案记录、培训结果', url: committeeRoutes.records(), roles: COMMITTEE, look: 'row' },
  { title: '会议管理', note: '会议记录和纪要', url: committeeRoutes.meetings(), roles: COMMITTEE, look: 'row' },
  { title: '招标投标管理', note: '招标项目进展（与招标平台同步）', url: tenderRoutes.projects(), roles: COMMITTEE, look: 'row' },
  { title: '宣传培训', note: '培训课程视频和学习进度', url: trainingRoutes.courses(), roles: COMMITTEE, look: 'row' },
  // 账号与权限
  { title: '权限管理', note: '业委会人员和各自的权限', url: accountRoutes.people(), roles: COMMITTEE, look: 'row' },
  { title: '人员授权', note: '为新绑定的工作人员授权或停用', url: accountRoutes.staff(), roles: ['director'], look: 'row' },
  // 共有资金、信用信息
  { title: '共有资金', note: '共有资金银行账户', url: committeeRoutes.funds(), roles: [...COMMITTEE, 'owner'], look: 'row' },
  { title: '信用信息', note: '业委会基本信息、良好和不良信息', url: committeeRoutes.credit(), roles: [...COMMITTEE, 'owner'], look: 'row' },
  // 业主评价
  {
    title: '评价统计',
    note: '业主对物业和业委会的评价、回复',
    url: evaluationRoutes.statistics(),
    roles: [...COMMITTEE, 'owner', 'propertyManager'],
    look: 'row',
  },
  {
    title: '评价排名',
    note: '物业项目、物业企业和业委会的排名',
    url: evaluationRoutes.ranking(),
    roles: [...GOVERNMENT, ...COMMITTEE, 'owner', 'propertyManager'],
    look: 'row',
  },
  // 小区气象公告栏
  {
    title: '小区气象公告栏',
    note: '本区天气、未来几天预报和气象预警',
    url: weatherRoutes.board(),
    roles: [...COMMITTEE, 'owner', 'delegate', 'propertyManager'],
    look: 'row',
  },
  // 委托与核身
  { title: '委托他人', note: '请家人或他人代您投票', url: accountRoutes.delegates(), roles: ['owner'], look: 'row' },
  { title: '人脸核身', url: accountRoutes.face(), roles: ['owner', 'delegate'], look: 'row' },
]

/** The roles a person acts in now: her active roles, and 业主 for anyone bound to a unit. */
export function actingRoles(home: Pick<MyHome, 'units' | 'roles'>): Set<RoleName> {
  const acting = new Set(home.roles.filter((r) => r.status === 'active').map((r) => r.role))
  if (home.units.length > 0) acting.add('owner')
  return acting
}

/** The entries this person sees, in the registry's order. */
export function entriesFor(home: Pick<MyHome, 'units' | 'roles'>): HomeEntry[] {
  const acting = actingRoles(home)
  return HOME_ENTRIES.filter((e) => e.roles.some((r) => acting.has(r)))
}

/** A committee account the director has not authorised yet, and no committee role that is already active. */
export function waitsForDirector(roles: readonly RoleView[]): boolean {
  const committee = roles.filter((r) => COMMITTEE.includes(r.role))
  return committee.some((r) => r.status === 'pending') && !committee.some((r) => r.status === 'active')
}

/** Someone the platform does not know yet: no unit, and no role active or waiting. Only she is offered binding. */
export function isStranger(home: Pick<MyHome, 'units' | 'roles'>): boolean {
  return home.units.length === 0 && !home.roles.some((r) => r.status !== 'revoked')
}
