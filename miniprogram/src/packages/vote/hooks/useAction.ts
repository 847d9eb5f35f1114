import { useCallback, useRef, useState } from 'react'
import Taro from '@tarojs/taro'
import type { Result } from '../../../services/cloud'
import { useNotice } from '../../../hooks/useNotice'

/**
 * Runs one server action at a time: a blocking "正在…" indicator while it runs (progress on
 * long operations), the server's own message when it fails, and an optional success notice.
 * Answers the data on success and null on failure, so pages stay linear.
 */
export function useAction() {
  const notice = useNotice()
  const { show, showError } = notice
  const [busy, setBusy] = useState(false)
  const running = useRef(false)
  const run = useCallback(async <T>(progress: string, call: () => Promise<Result<T>>, done?: string): Promise<T | null> => {
    if (running.current) return null // a second tap while the first call is on its way
    running.current = true
    setBusy(true)
    void Taro.showLoading({ title: progress, mask: true })
    const result = await call()
    Taro.hideLoading()
    running.current = false
    setBusy(false)
    if (!result.ok) {
      showError(result)
      return null
    }
    if (done) show(done, 'success')
    return result.data
  }, [show, showError])
  return { run, busy, notice }
}
