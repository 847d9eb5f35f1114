/*
 * Every role of the product, its Chinese label and the groups that permissions, server checks and
 * pages share. A group is written here once; nothing else spells out a list of roles.
 */

/** Plain data, no zod: the pages' main package reads the groups and must not pull in the schema library. */
export const ROLE_NAMES = [
  'owner',
  'delegate',
  'staff',
  'member',
  'alternate',
  'director',
  'propertyManager',
  'streetReviewer',
  'districtCentre',
  'cityCentre',
  'operator',
] as const
export type RoleName = (typeof ROLE_NAMES)[number]

export const ROLE_LABELS: Record<RoleName, string> = {
  owner: '业主',
  delegate: '被委托人',
  staff: '经办人',
  member: '业委会委员',
  alternate: '候补委员',
  director: '业委会主任',
  propertyManager: '物业项目负责人',
  streetReviewer: '街道办审核人',
  districtCentre: '区住房中心',
  cityCentre: '市住房中心',
  operator: '平台管理员',
}

/** The committee's own people; a `staff` (经办人) account counts only once the director has authorised it. */
export const COMMITTEE_ROLES = ['director', 'member', 'alternate', 'staff'] as const satisfies readonly RoleName[]
/** Roles a roster binding creates (the director's comes from the operator); the director authorises them. */
export const ROSTER_ROLES = ['member', 'alternate', 'staff'] as const satisfies readonly RoleName[]
/** The committee people who draft and run a vote. */
export const VOTE_STAFF_ROLES = ['director', 'staff'] as const satisfies readonly RoleName[]
/** Street offices, district and city housing centres: they reach every community of their street/district/city. */
export const GOVERNMENT_ROLES = ['streetReviewer', 'districtCentre', 'cityCentre'] as const satisfies readonly RoleName[]
/** Roles whose reach is a street, a district or the whole city, not one community: government and the operator. */
export const AREA_ROLES = [...GOVERNMENT_ROLES, 'operator'] as const satisfies readonly RoleName[]
/** The housing centres that publish 通知消息 to committees (the city's reaches every district). */
export const NOTICE_SENDER_ROLES = ['districtCentre', 'cityCentre'] as const satisfies readonly RoleName[]
/** Those who vote: registered owners and the delegates they authorised. */
export const VOTER_ROLES = ['owner', 'delegate'] as const satisfies readonly RoleName[]
/** Roles granted within one community (the operator's grant must name it). */
export const COMMUNITY_GRANTED_ROLES = [
  'staff',
  'member',
  'alternate',
  'director',
  'propertyManager',
] as const satisfies readonly RoleName[]

export function isIn(group: readonly RoleName[], role: RoleName): boolean {
  return group.includes(role)
}

/** The committee people who handle the committee's to-dos; alternates (候补委员) do not act for it. */
export const COMMITTEE_TODO_HANDLERS = ['director', 'staff', 'member'] as const satisfies readonly RoleName[]
/** Every role that is ever assigned to-dos: the committee's handlers, street offices and district centres. */
export const TODO_HANDLER_ROLES = [...COMMITTEE_TODO_HANDLERS, 'streetReviewer', 'districtCentre'] as const satisfies readonly RoleName[]
