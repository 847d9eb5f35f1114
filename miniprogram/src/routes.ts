/** Page URLs in one place, so a moved page breaks the build rather than a tap. */
export const HOME_URL = '/pages/home/index'
export const BIND_OWNER_URL = '/packages/bind/pages/owner/index'
/** The emulator's persona switcher (H5 only). */
export const DEV_LOGIN_URL = '/dev/'

/** Accounts and roles (packages/account). */
export const ACCOUNT_STAFF_BIND_URL = '/packages/account/pages/staff-bind/index'
export const ACCOUNT_STAFF_URL = '/packages/account/pages/staff/index'
export const ACCOUNT_PEOPLE_URL = '/packages/account/pages/people/index'
export const ACCOUNT_ME_URL = '/packages/account/pages/me/index'
export const ACCOUNT_DELEGATES_URL = '/packages/account/pages/delegates/index'
export const ACCOUNT_DELEGATE_BIND_URL = '/packages/account/pages/delegate-bind/index'
/** 人脸核身 for owners and delegates; takes an optional `?communityId=`. */
export const ACCOUNT_FACE_URL = '/packages/account/pages/face/index'
/** The committee's records (packages/committee); detail and edit pages take `?id=`. */
export const COMMITTEE_MEMBERS_URL = '/packages/committee/pages/members/index'
export const COMMITTEE_MEMBER_URL = '/packages/committee/pages/member/index'
export const COMMITTEE_MEMBER_EDIT_URL = '/packages/committee/pages/member-edit/index'
export const COMMITTEE_RECORDS_URL = '/packages/committee/pages/records/index'
export const COMMITTEE_FILING_URL = '/packages/committee/pages/filing/index'
export const COMMITTEE_MEETINGS_URL = '/packages/committee/pages/meetings/index'
export const COMMITTEE_MEETING_URL = '/packages/committee/pages/meeting/index'
export const COMMITTEE_MEETING_EDIT_URL = '/packages/committee/pages/meeting-edit/index'
export const COMMITTEE_FUNDS_URL = '/packages/committee/pages/funds/index'
export const COMMITTEE_CREDIT_URL = '/packages/committee/pages/credit/index'

/** 辖区小区 (packages/gov): street offices, district and city centres; pages after the list take `?communityId=`. */
export const GOV_COMMUNITIES_URL = '/packages/gov/pages/communities/index'
export const GOV_COMMUNITY_URL = '/packages/gov/pages/community/index'
export const GOV_CREDIT_URL = '/packages/gov/pages/credit/index'
export const GOV_CREDIT_RECORD_URL = '/packages/gov/pages/credit-record/index'
export const GOV_FILING_ADD_URL = '/packages/gov/pages/filing-add/index'
export const GOV_TRAINING_ADD_URL = '/packages/gov/pages/training-add/index'

/** Only what entryLinks reads of a role, so this file needs no API types. */
interface HeldRole { role: string; status: string }

/**
 * The committee and account entries a person sees, by role. A committee role still waiting for the
 * director shows them too: the pages then say plainly that authorisation is pending.
 */
export function entryLinks(roles: HeldRole[]): Array<{ title: string; url: string }> {
  const live = roles.filter((r) => r.status !== 'revoked')
  const has = (...names: string[]) => live.some((r) => names.includes(r.role))
  const committee = has('director', 'member', 'alternate', 'staff')
  const links: Array<{ title: string; url: string }> = []
  if (has('streetReviewer', 'districtCentre', 'cityCentre', 'operator')) links.push({ title: '辖区小区', url: GOV_COMMUNITIES_URL })
  if (committee) {
    links.push({ title: '业委会管理', url: COMMITTEE_MEMBERS_URL }, { title: '信息综合查询', url: COMMITTEE_RECORDS_URL },
      { title: '会议管理', url: COMMITTEE_MEETINGS_URL }, { title: '权限管理', url: ACCOUNT_PEOPLE_URL })
  }
  if (live.some((r) => r.role === 'director' && r.status === 'active')) links.push({ title: '人员授权', url: ACCOUNT_STAFF_URL })
  if (committee || has('owner')) links.push({ title: '共有资金', url: COMMITTEE_FUNDS_URL }, { title: '信用信息', url: COMMITTEE_CREDIT_URL })
  if (has('owner')) links.push({ title: '委托他人', url: ACCOUNT_DELEGATES_URL })
  if (has('owner', 'delegate')) links.push({ title: '人脸核身', url: ACCOUNT_FACE_URL })
  return links
}

/** Electronic voting (packages/vote): the three entries the home page shows by role. */
export const VOTE_OPEN_URL = '/packages/vote/pages/open/index'
export const VOTE_MANAGE_URL = '/packages/vote/pages/manage/index'
export const VOTE_REVIEW_URL = '/packages/vote/pages/review/index'

/** 核对投票结果 (packages/verify): recomputes a published result from its figures; open to everyone. */
export const VERIFY_RESULT_URL = '/packages/verify/pages/index/index'
