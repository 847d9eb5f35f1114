import type { RoleView } from '@core/api/identity'
import { COMMITTEE_ROLE_NAMES, holdsRole } from '../../../utils/roles'

/** The director of this community publishes, voids, corrects and imports (the server decides again). */
export const isDirectorOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && holdsRole(roles, 'director', communityId))

/** The property project manager of this community publishes large-fund transfers. */
export const isPropertyManagerOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && holdsRole(roles, 'propertyManager', communityId))

/** An owner or delegate of this community: may ask for a correction (纠错) of a published item. */
export const isVoterOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && (holdsRole(roles, 'owner', communityId) || holdsRole(roles, 'delegate', communityId)))

/** On this community's committee: answers owners' correction requests. */
export const isCommitteeOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && COMMITTEE_ROLE_NAMES.some((role) => holdsRole(roles, role, communityId)))
