import type { AccountStatus } from '../../core/api/account'
import type { MemberKind } from '../../core/api/committee'
import type { RoleName } from '../../core/api/identity'

/** A role grant (`roles` collection). Roster accounts have the id `roster:<memberId>` and carry `rosterId`. */
export interface RoleDoc {
  _id: string
  openid?: string | null
  role: RoleName
  communityId?: string
  street?: string
  district?: string
  status: AccountStatus
  name?: string
  phone?: string
  rosterId?: string
  updatedAt?: Date
}

/** A person on the committee's roster (`committeeMembers`), kept by the director. */
export interface MemberDoc {
  _id: string
  communityId: string
  kind: MemberKind
  name: string
  position: string
  phone: string
  termStart: string | null
  termEnd: string | null
  status: 'serving' | 'removed'
  createdAt: Date
  updatedAt: Date
  removedReason?: string
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

export interface BindingDoc {
  _id: string
  openid: string
  personId: string
  communityId: string
}

/** The register's person document (server/register/documents.ts), of which these features read a few fields. */
export type { PersonDoc } from '../register/documents'

export interface UnitDoc {
  _id: string
  communityId: string
  building: string
  unitNo: string
  room: string
  ownerIds: string[]
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
}

/** Dates come back from the database as Date objects, or as text through some transports. */
export function toDate(value: Date | string | number): Date {
  return value instanceof Date ? value : new Date(value)
}
