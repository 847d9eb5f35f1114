import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Failure, Result } from '../services/cloud'

/** What a page (or a part of it) is waiting for: loading, loaded, or failed with the server's message. */
export type Remote<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'failed'; failure: Failure }

type Dep = string | number | boolean | null | undefined

/**
 * Loads what a page shows when it mounts or `deps` change, and again every time the page comes
 * back into view, so a change made on a page opened from here (a cast ballot, a saved edit) is
 * visible on return. `deps` are plain values (ids, a tab, an offset); null waits (e.g. until the
 * community is known). The first "show" arrives with the mount and a "show" while a load is on
 * its way does nothing. Only the newest load's answer is shown. `set` shows an action's answer (the fresh state) without a reload.
 */
export function useRemote<T>(load: () => Promise<Result<T>>, deps: readonly Dep[] | null = []) {
  const [state, setState] = useState<Remote<T>>({ status: 'loading' })
  const latest = useRef(load)
  latest.current = load
  // One string for the deps, so waiting (null) and loading (a list) keep the effect's deps one size.
  const key = deps === null ? null : JSON.stringify(deps)
  const waiting = useRef(key === null)
  waiting.current = key === null
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
    // The caller names what its loader depends on; the loader itself is read through a ref.
    if (key !== null) void reload()
  }, [reload, key])
  const shown = useRef(false)
  useDidShow(() => {
    // The first show comes with the mount, which the effect above covers; later ones are returns.
    if (shown.current && !waiting.current && pending.current === 0) void reload()
    shown.current = true
  })
  const set = useCallback((data: T) => {
    sequence.current += 1 // an answer already on its way is older than this one
    setState({ status: 'ready', data })
  }, [])
  return { state, reload, set, data: state.status === 'ready' ? state.data : null }
}
