import { useCallback, useEffect, useRef, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Failure, Result } from '../../../services/cloud'

export type Remote<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'failed'; failure: Failure }

/**
 * Loads `load()` whenever `key` changes and again each time the page comes back into view,
 * so an edit made on a page further along shows up on return. A null key waits (e.g. for the
 * community to be known).
 */
export function useRemote<T>(load: () => Promise<Result<T>>, key: string | null) {
  const [remote, setRemote] = useState<Remote<T>>({ status: 'loading' })
  const loadRef = useRef(load)
  loadRef.current = load
  // Answers that arrive after a newer request started are dropped, so a slow old answer never wins.
  const generation = useRef(0)
  const reload = useCallback(async () => {
    const mine = ++generation.current
    const result = await loadRef.current()
    if (mine !== generation.current) return
    setRemote(result.ok ? { status: 'ready', data: result.data } : { status: 'failed', failure: result })
  }, [])
  useEffect(() => {
    if (key !== null) void reload()
  }, [key, reload])
  const shown = useRef(false)
  useDidShow(() => {
    // The first show is covered by the effect above; later shows are returns from another page.
    if (shown.current && key !== null) void reload()
    shown.current = true
  })
  return { remote, reload, setRemote }
}
