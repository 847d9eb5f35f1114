import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { MyHome } from '@core/api/identity'
import type { Failure } from '../services/cloud'
import { getMyHome } from '../services/identity'

type HomeState =
  | { status: 'loading' }
  | { status: 'ready'; home: MyHome }
  | { status: 'failed'; failure: Failure }

/** Loads "my home" every time the page shows, so a finished binding appears on return. */
export function useMyHome() {
  const [state, setState] = useState<HomeState>({ status: 'loading' })
  const reload = useCallback(async () => {
    const result = await getMyHome()
    setState(result.ok ? { status: 'ready', home: result.data } : { status: 'failed', failure: result })
  }, [])
  useDidShow(() => {
    void reload()
  })
  return { state, reload }
}
