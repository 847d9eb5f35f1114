import { MAIN, PEOPLE, SECOND } from './demoRegister'

/** How a persona gets their standing: bound as an owner (real SMS flow) and/or a granted role. */
export interface PersonaPlan {
  openid: string
  label: string
  description: string
  /** Bind through bindIdentity.sendBindCode/bindIdentity as this registered person. */
  bindAs?: keyof typeof PEOPLE
  grant?: {
    role:
      'director' | 'member' | 'alternate' | 'staff' | 'propertyManager' | 'streetReviewer' | 'districtCentre' | 'cityCentre' | 'operator'
    name: string
    phone?: string
    communityId?: string
    street?: string
    district?: string
    status?: 'active' | 'pending'
  }
  /**
   * Put on the committee roster (业委会管理) by the director through committee.addMember, with the grant's
   * name and phone, so 权限管理 shows the account and the entry as one person.
   */
  roster?: { kind: 'member' | 'alternate' | 'staff'; position: string }
}

const unbound = PEOPLE.liuFang

/** Everyone a newcomer can log in as on the dev page, in display order. */
export const PERSONAS: PersonaPlan[] = [
  {
    openid: 'dev-owner-wangxiulan',
    label: '王秀兰（业主，已绑定）',
    description: `${MAIN.name} 1栋1单元1201，独自持有一套房`,
    bindAs: 'wangXiulan',
  },
  {
    openid: 'dev-owner-lijianguo',
    label: '李建国（共有业主，已绑定）',
    description: `${MAIN.name} 2栋1单元802，与陈美华共有（陈美华未绑定）`,
    bindAs: 'liJianguo',
  },
  {
    openid: 'dev-owner-zhangwei',
    label: '张伟（业主，两套房，已绑定）',
    description: `${MAIN.name} 3栋2单元1501 和 4栋1单元2203`,
    bindAs: 'zhangWei',
  },
  {
    openid: 'dev-newcomer-liufang',
    label: '刘芳（业主，未绑定）',
    description: `房产登记中有她（${MAIN.name} 1栋2单元603），还没有绑定。可以试试业主身份绑定：姓名 ${unbound.name}，证件号码 ${unbound.idNumber}；验证码在开发页的短信发件箱里`,
  },
  {
    openid: 'dev-director-zhaozhiqiang',
    label: '赵志强（业委会主任）',
    description: `${MAIN.name} 业委会主任，也是 2栋2单元1802 的业主`,
    bindAs: 'zhaoZhiqiang',
    grant: { role: 'director', name: '赵志强', phone: PEOPLE.zhaoZhiqiang.phone, communityId: MAIN.id },
    roster: { kind: 'member', position: '主任' },
  },
  {
    openid: 'dev-member-zhoumin',
    label: '周敏（业委会委员）',
    description: `${MAIN.name} 业委会委员，3栋1单元1003 的业主`,
    bindAs: 'zhouMin',
    grant: { role: 'member', name: '周敏', phone: PEOPLE.zhouMin.phone, communityId: MAIN.id },
    roster: { kind: 'member', position: '委员' },
  },
  {
    openid: 'dev-member-wuguoqing',
    label: '吴国庆（业委会委员）',
    description: `${MAIN.name} 业委会委员，4栋2单元701 的业主`,
    bindAs: 'wuGuoqing',
    grant: { role: 'member', name: '吴国庆', phone: PEOPLE.wuGuoqing.phone, communityId: MAIN.id },
    roster: { kind: 'member', position: '委员' },
  },
  {
    openid: 'dev-alternate-zhengli',
    label: '郑丽（候补委员）',
    description: `${MAIN.name} 候补委员，1栋1单元2101 的业主`,
    bindAs: 'zhengLi',
    grant: { role: 'alternate', name: '郑丽', phone: PEOPLE.zhengLi.phone, communityId: MAIN.id },
    roster: { kind: 'alternate', position: '候补委员' },
  },
  {
    openid: 'dev-staff-sunxiaomei',
    label: '孙小梅（经办人，待主任授权）',
    description: `${MAIN.name} 业委会经办人，已绑定、等待业委会主任授权；不是业主`,
    grant: { role: 'staff', name: '孙小梅', phone: '13612345611', communityId: MAIN.id, status: 'pending' },
    roster: { kind: 'staff', position: '经办人' },
  },
  {
    openid: 'dev-property-qianhaifeng',
    label: '钱海峰（物业项目负责人）',
    description: `${MAIN.name} 物业服务项目负责人`,
    grant: { role: 'propertyManager', name: '钱海峰', phone: '13712345612', communityId: MAIN.id },
  },
  {
    openid: 'dev-street-fengjianhua',
    label: '冯建华（桃源街道办审核人）',
    description: `${MAIN.district}${MAIN.street}办事处，审核本街道小区的投票`,
    grant: { role: 'streetReviewer', name: '冯建华', street: MAIN.street, district: MAIN.district },
  },
  {
    openid: 'dev-district-hejing',
    label: '何静（南山区住房中心）',
    description: `${MAIN.district}住房和建设局物业管理中心`,
    grant: { role: 'districtCentre', name: '何静', district: MAIN.district },
  },
  {
    openid: 'dev-city-chenli',
    label: '陈立（市住房中心）',
    description: '深圳市住房和建设局物业管理中心：向全市业委会发布通知',
    grant: { role: 'cityCentre', name: '陈立' },
  },
  {
    openid: 'dev-operator-lintao',
    label: '林涛（平台管理员）',
    description: '导入房产登记、授予街道和区中心角色',
    grant: { role: 'operator', name: '林涛' },
  },
  {
    openid: 'dev-owner-zhouhaiyan',
    label: '周海燕（滨海苑业主，已绑定）',
    description: `另一个小区：${SECOND.name}（${SECOND.street}）A座501，用来检查跨小区的权限`,
    bindAs: 'zhouHaiyan',
  },
]
