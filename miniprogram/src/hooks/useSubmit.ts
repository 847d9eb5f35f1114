import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Result } from '../services/cloud'
import type { Checked } from '../utils/check'
import type { useNotice } from './useNotice'

/** How a call is shown: a blocking "正在…" indicator while it runs, a success notice after. */
export interface SubmitHow {
  progress?: string
  done?: string
}

/**
 * A page's calls to the server, one at a time: `busy` while one is on its way (the page disables its
 * buttons on it), and a second tap before the first answer sends nothing. The server's own message
 * is shown when a call fails. Answers the data on success and null otherwise, so pages stay linear;
 * the data is always an object, so null cannot be mistaken for an answer.
 */
export function useSubmit(notice: Pick<ReturnType<typeof useNotice>, 'show' | 'showError'> & { clear?: () => void }) {
  const { show, showError, clear } = notice
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const run = useCallback(
    async <T extends object>(call: () => Promise<Result<T>>, how: SubmitHow = {}): Promise<T | null> => {
      if (running.current) return null
      running.current = true
      setBusy(true)
      clear?.()
      if (how.progress) void Taro.showLoading({ title: how.progress, mask: true })
      const result = await call()
      if (how.progress) Taro.hideLoading()
      running.current = false
      setBusy(false)
      if (!result.ok) {
        showError(result)
        return null
      }
      if (how.done) show(how.done, 'success')
      return result.data
    },
    [show, showError, clear],
  )
  /** `run` for a form checked first (utils/check): a refused check is shown and nothing is sent. */
  const send = useCallback(
    async <I, T extends object>(input: Checked<I>, call: (input: I) => Promise<Result<T>>, how?: SubmitHow): Promise<T | null> => {
      if (!input.ok) {
        showError(input)
        return null
      }
      return run(() => call(input.data), how)
    },
    [run, showError],
  )
  return { busy, run, send }
}
