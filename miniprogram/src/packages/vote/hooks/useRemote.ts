import { useCallback, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Failure, Result } from '../../../services/cloud'

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: Failure }

/**
 * Loads what a page shows, again every time the page comes back into view, so a change made
 * on a page opened from here (a cast ballot, a saved draft) is visible on return.
 * `set` lets a page show an action's answer (which is the fresh state) without a reload.
 */
export function useRemote<T>(load: () => Promise<Result<T>>) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' })
  const latest = useRef(load)
  latest.current = load
  const reload = useCallback(async () => {
    const result = await latest.current()
    setState(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', failure: result })
  }, [])
  useDidShow(() => {
    void reload()
  })
  const set = useCallback((data: T) => setState({ status: 'ready', data }), [])
  return { state, reload, set, data: state.status === 'ready' ? state.data : null }
}
