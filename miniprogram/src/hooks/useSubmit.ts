import { useState } from 'react'
import type { Result } from '../services/cloud'
import type { Checked } from '../utils/check'
import type { useNotice } from './useNotice'

/**
 * A form's calls to the server: `busy` while one is on its way (the page disables its buttons on it),
 * the server's own message when it fails. Answers the data on success and null otherwise, so pages
 * stay linear; the data is always an object, so null cannot be mistaken for an answer.
 */
export function useSubmit(notice: Pick<ReturnType<typeof useNotice>, 'showError'>) {
  const [busy, setBusy] = useState(false)
  const run = async <T extends object>(call: () => Promise<Result<T>>): Promise<T | null> => {
    setBusy(true)
    const result = await call()
    setBusy(false)
    if (result.ok) return result.data
    notice.showError(result)
    return null
  }
  /** `run` for a form checked first (utils/check): a refused check is shown and nothing is sent. */
  const send = async <I, T extends object>(input: Checked<I>, call: (input: I) => Promise<Result<T>>): Promise<T | null> => {
    if (!input.ok) {
      notice.showError(input)
      return null
    }
    return run(() => call(input.data))
  }
  return { busy, run, send }
}
