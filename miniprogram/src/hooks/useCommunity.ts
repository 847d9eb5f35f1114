import type { MyAccount } from '@core/api/account'
import type { Failure, Result } from '../services/cloud'
import { getMyAccount } from '../services/account'
import { committeeCommunityOf } from '../utils/roles'
import { useParams } from './useParams'
import { useRemote, type Remote } from './useRemote'

const NO_COMMUNITY: Failure = {
  ok: false,
  code: 'NO_COMMUNITY',
  message: '没有找到您所在的小区，请先完成业主身份绑定或业委会人员绑定',
}

/**
 * The caller's own account and the community a page works on: `?communityId=` when the page was
 * opened for a particular community, else the community of the caller's committee (or owner) role.
 */
export function useCommunity() {
  const params = useParams()
  const me = useRemote(getMyAccount)
  const account: MyAccount | null = me.data
  const fromRoles = account ? committeeCommunityOf(account.roles) : null
  const communityId = params.communityId || fromRoles?.id || null
  return { me, account, communityId }
}

/**
 * One remote read of the page's community, its state folded with the account's (loading, no community,
 * failure). `key` names anything else the read depends on (a filter), so changing it reloads.
 */
export function useCommunityData<T>(load: (communityId: string) => Promise<Result<T>>, key = '') {
  const community = useCommunity()
  const { me, communityId } = community
  const data = useRemote(() => load(communityId ?? ''), communityId === null ? null : [communityId, key])
  let state: Remote<T> = data.state
  if (!communityId) state = me.state.status === 'ready' ? { status: 'failed', failure: NO_COMMUNITY } : (me.state as Remote<T>)
  const reload = () => void (communityId ? data.reload() : me.reload())
  return { ...community, state, reload }
}
