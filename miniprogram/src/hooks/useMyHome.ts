import { getMyHome } from '../services/identity'
import { useRemote } from './useRemote'

/** "My home" (person, community, units, roles), loaded again every time the page shows, so a finished binding appears on return. */
export function useMyHome() {
  return useRemote(getMyHome)
}
