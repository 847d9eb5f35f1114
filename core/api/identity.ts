import { z } from 'zod'
import { action } from './contract'
import { IdNumber, PersonName, SmsCode } from '../schemas/common'

/** Roles, their labels and groups are declared once in core/roles.ts; the contract names them from there. */
export { RoleName, ROLE_LABELS } from '../roles'
import type { RoleName } from '../roles'

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
