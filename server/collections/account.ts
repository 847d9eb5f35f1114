import type { AccountStatus } from '../../core/api/account'
import type { RoleName } from '../../core/api/identity'

/* Who a WeChat account is: bindings to the register, role grants, delegations, face checks. */

/** `bindings/<communityId>:<personId>`: a registered person bound to a WeChat account (bindIdentity.bindIdentity). */
export interface BindingDoc {
  _id: string
  openid: string
  personId: string
  communityId: string
  name: string
  boundAt: Date
  /** False while the register lists the person with no unit (server/register/ownerBindings.ts): no owner role then. */
  inRegister?: boolean
}

/**
 * A role grant (`roles`): given by the operator (admin.grantRole, `grant:…` ids, with `grantedBy`)
 * or created by a roster binding (account.bindStaff: id `roster:<memberId>`, carrying `rosterId`).
 */
export interface RoleDoc {
  _id: string
  openid?: string | null
  /** A grant made to a registered person (before or after she binds WeChat). */
  personId?: string
  role: RoleName
  communityId?: string
  street?: string
  district?: string
  status: AccountStatus
  name?: string
  phone?: string
  rosterId?: string
  /** The operator's openid, or `console`. */
  grantedBy?: string
  updatedAt?: Date
}

/** An owner's authorisation of a delegate for one unit (`delegations`); `status` stays as stored, expiry is read from `until`. */
export interface DelegationDoc {
  _id: string
  communityId: string
  unitId: string
  ownerPersonId: string
  ownerOpenid: string
  ownerName: string
  delegateOpenid: string | null
  delegateName: string
  delegateIdHash: string
  delegateIdLast4: string
  delegatePhone: string
  voteId: string | null
  until: Date
  status: 'pending' | 'active' | 'revoked'
  createdAt: Date
  boundAt?: Date
  revokedAt?: Date
}

/**
 * A face verification (`faceChecks`): started, then passed or failed. The vote's 线下认证
 * (manageVote.findFaceFailures) looks failures up by `communityId` + `idHash` (or `personId`).
 */
export interface FaceCheckDoc {
  _id: string
  communityId: string
  openid: string
  role: 'owner' | 'delegate'
  /** The registered person, when an owner is checked. */
  personId: string | null
  /** The authorisation, when a delegate is checked. */
  delegationId: string | null
  name: string
  idType: 'mainland' | 'other'
  idHash: string
  idLast4: string
  verifyId: string
  outSeqNo: string
  status: 'started' | 'passed' | 'failed'
  reason: string
  startedAt: Date
  at: Date | null
  /** 线下认证 (manageVote.verifyInPerson): staff saw the person and their papers. */
  inPerson?: { by: string; who: string; at: number; note: string }
}
