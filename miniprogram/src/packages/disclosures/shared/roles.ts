import type { RoleView } from '@core/api/identity'
import { holdsRole } from '../../../utils/roles'

/** The director of this community publishes, voids, corrects and imports (the server decides again). */
export const isDirectorOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && holdsRole(roles, 'director', communityId))

/** The property project manager of this community publishes large-fund transfers. */
export const isPropertyManagerOf = (roles: readonly RoleView[] | undefined, communityId: string | null | undefined) =>
  Boolean(roles && communityId && holdsRole(roles, 'propertyManager', communityId))
