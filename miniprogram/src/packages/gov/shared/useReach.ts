import type { CommunityReach, ReachAction } from '@core/api/committee'
import { ok } from '@core/result'
import type { Failure } from '../../../services/cloud'
import { listCommunities } from '../../../services/committee'
import { useParams } from '../../../hooks/useParams'
import { useRemote, type Remote } from '../../../hooks/useRemote'

const NO_COMMUNITY: Failure = { ok: false, code: 'NO_COMMUNITY', message: '没有指定小区，请从“辖区小区”进入' }
const NOT_REACHED: Failure = { ok: false, code: 'NOT_REACHED', message: '没有找到这个小区，或它不在您的辖区内' }

/**
 * The community a gov page works on (`?communityId=`), as the server sees the caller's reach there:
 * its name and place, and which committee actions the caller's roles there allow. With `needs`, a
 * community where that action is not allowed reads as a failure saying so, so the page shows no form
 * the server would refuse.
 */
export function useReach(needs?: ReachAction) {
  const params = useParams()
  const communityId = params.communityId ?? ''
  const reach = useRemote(
    async () => {
      const listed = await listCommunities({ communityId })
      if (!listed.ok) return listed
      const found = listed.data.communities[0]
      if (!found) return NOT_REACHED
      if (needs && !found.may.includes(needs)) return { ok: false as const, code: 'FORBIDDEN', message: `您在${found.name}没有这项权限` }
      return ok(found)
    },
    communityId ? [communityId] : null,
  )
  const state: Remote<CommunityReach> = communityId ? reach.state : { status: 'failed', failure: NO_COMMUNITY }
  return { communityId, state, reload: () => void reach.reload() }
}
