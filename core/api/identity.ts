import { z } from 'zod'
import { action } from './contract'
import { IdNumber, PersonName, SmsCode } from '../schemas/common'

export const RoleName = z.enum([
  'owner', 'delegate', 'staff', 'member', 'alternate', 'director',
  'propertyManager', 'streetReviewer', 'districtCentre', 'cityCentre', 'operator',
])
export type RoleName = z.infer<typeof RoleName>

export const ROLE_LABELS: Record<RoleName, string> = {
  owner: '业主', delegate: '被委托人', staff: '经办人', member: '业委会委员', alternate: '候补委员',
  director: '业委会主任', propertyManager: '物业项目负责人', streetReviewer: '街道办审核人',
  districtCentre: '区住房中心', cityCentre: '市住房中心', operator: '平台管理员',
}

export interface UnitView {
  id: string
  /** Which community the unit is in (an owner may hold units in more than one). */
  communityId?: string
  building: string
  unitNo: string
  room: string
  areaCenti: number
}

export interface RoleView {
  role: RoleName
  label: string
  communityId?: string
  communityName?: string
  /** For street/district roles: the street or district the role covers, e.g. "桃源街道". */
  scopeName?: string
  status: 'active' | 'pending' | 'revoked'
}

export interface MyHome {
  /** The registered person the caller is bound to; null for a stranger or staff who own nothing. */
  person: { name: string; phoneMasked: string } | null
  /** The caller's main community: the first bound one, else the community of a committee/property role. */
  community: { id: string; name: string } | null
  /** Every community the caller is bound in (usually one). */
  communities?: { id: string; name: string }[]
  units: UnitView[]
  /** Owner roles from binding plus granted roles, including pending and revoked staff roles. */
  roles: RoleView[]
}

/** The `bindIdentity` cloud function. */
export const bindIdentityApi = {
  sendBindCode: action(z.object({ name: PersonName, idNumber: IdNumber })).returns<{ phoneMasked: string }>(),
  bindIdentity: action(z.object({ name: PersonName, idNumber: IdNumber, code: SmsCode })).returns<MyHome>(),
  getMyHome: action(z.object({})).returns<MyHome>(),
}
