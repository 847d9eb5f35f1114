import { useCallback, useMemo, useState } from 'react'
import { View } from '@tarojs/components'
import { AtToast } from 'taro-ui'
import type { Failure } from '../services/cloud'

interface Notice {
  text: string
  status?: 'error' | 'success'
}

/**
 * A page-local toast for results and the server's own messages, and `inline`: the same message kept
 * on the page (placed by the page next to what caused it) until the next one, since a toast is
 * gone in a few seconds. It is a controlled
 * AtToast rather than AtMessage because AtMessage's global event listener is removed
 * by whichever page unmounts first, silencing the pages behind it.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const [lasting, setLasting] = useState<Notice | null>(null)
  const show = useCallback((text: string, status?: Notice['status']) => {
    setNotice({ text, status })
    setLasting({ text, status })
  }, [])
  const clear = useCallback(() => setLasting(null), [])
  const showError = useCallback((failure: Pick<Failure, 'message'>) => show(failure.message, 'error'), [show])
  // Memoised so page re-renders (e.g. a countdown tick) leave AtToast alone: it restarts
  // its close timer on every prop update and would otherwise never close.
  const element = useMemo(
    () => (
      <AtToast
        isOpened={notice !== null}
        text={notice?.text ?? ''}
        status={notice?.status}
        duration={notice?.status === 'error' ? 3500 : 2000}
        onClose={() => setNotice(null)}
      />
    ),
    [notice],
  )
  const inline = useMemo(
    () => (lasting ? <View className={`yw-notice yw-notice--${lasting.status ?? 'info'}`}>{lasting.text}</View> : null),
    [lasting],
  )
  return { show, showError, clear, element, inline }
}
