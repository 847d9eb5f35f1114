import { useMyHome } from '../../../hooks/useMyHome'
import { committeeCommunityIds } from '../../../services/vote'

/**
 * The community a committee page works on: the one in the URL, else the caller's first
 * community with an active committee role. `failure` carries the server's message.
 */
export function useCommittee(fromUrl?: string) {
  const { state, reload } = useMyHome()
  if (fromUrl) return { communityId: fromUrl, state, reload, communities: [] as string[] }
  const communities = state.status === 'ready' ? committeeCommunityIds(state.home.roles) : []
  return { communityId: communities[0] ?? '', state, reload, communities }
}
