import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Failure, Result } from '../../../services/cloud'

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: Failure }

/**
 * Loads what a page (or a part of it) shows when it mounts or `deps` change, and again every
 * time the page comes back into view, so a change made on a page opened from here (a cast
 * ballot, a saved draft) is visible on return. Mounting and the first "show" arrive together:
 * a "show" while a load is on its way does nothing. Only the newest load's answer is shown.
 * `set` shows an action's answer (which is the fresh state) without a reload.
 */
export function useRemote<T>(load: () => Promise<Result<T>>, deps: readonly unknown[] = []) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' })
  const latest = useRef(load)
  latest.current = load
  const sequence = useRef(0)
  const pending = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++sequence.current
    pending.current += 1
    const result = await latest.current()
    pending.current -= 1
    if (mine !== sequence.current) return
    setState(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', failure: result })
  }, [])
  useEffect(() => {
    void reload()
    // The caller names what its loader depends on; the loader itself is read through a ref.
  }, [reload, ...deps])
  useDidShow(() => {
    if (pending.current === 0) void reload()
  })
  const set = useCallback((data: T) => {
    sequence.current += 1 // an answer already on its way is older than this one
    setState({ status: 'ready', data })
  }, [])
  return { state, reload, set, data: state.status === 'ready' ? state.data : null }
}
