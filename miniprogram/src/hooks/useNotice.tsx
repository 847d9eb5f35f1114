import { useCallback, useMemo, useState } from 'react'
import { AtToast } from 'taro-ui'
import type { Failure } from '../services/cloud'

interface Notice {
  text: string
  status?: 'error' | 'success'
}

/**
 * A page-local toast for results and the server's own messages. It is a controlled
 * AtToast rather than AtMessage because AtMessage's global event listener is removed
 * by whichever page unmounts first, silencing the pages behind it.
 */
export function useNotice() {
  const [notice, setNotice] = useState<Notice | null>(null)
  const show = useCallback((text: string, status?: Notice['status']) => setNotice({ text, status }), [])
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
  return { show, showError, element }
}
