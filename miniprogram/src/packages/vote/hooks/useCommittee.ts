import { useMyHome } from '../../../hooks/useMyHome'
import { committeeCommunityIds } from '../../../utils/roles'

/**
 * The community a committee page works on: the one in the URL, else the caller's first
 * community with an active committee role; and whether the caller may draft votes there.
 */
export function useCommittee(fromUrl?: string) {
  const { state, reload } = useMyHome()
  const roles = state.status === 'ready' ? state.data.roles : []
  const communityId = fromUrl ?? committeeCommunityIds(roles)[0] ?? ''
  // Members and alternates see the votes; only the director and staff draft them (the server checks too).
  const canDraft = roles.some(
    (r) => r.status === 'active' && r.communityId === communityId && (r.role === 'director' || r.role === 'staff'),
  )
  return { communityId, canDraft, state, reload }
}
