import { useState } from 'react'
import type { Result } from '../services/cloud'
import type { Checked } from '../utils/check'
import { useCountdown } from './useCountdown'
import type { useNotice } from './useNotice'
import { useSubmit } from './useSubmit'

/** How long "获取验证码" stays disabled after a code was sent. */
const CODE_WAIT_SECONDS = 60

/**
 * What every SMS-code form shares (owner binding, staff binding, delegate binding, changing the
 * phone): the code field, asking for a code with a countdown before the next one, and the form's
 * checked calls. Pages keep their own fields and what happens after a successful submit.
 */
export function useSmsCode(notice: Pick<ReturnType<typeof useNotice>, 'show' | 'showError'>) {
  const [code, setCode] = useState('')
  const countdown = useCountdown(CODE_WAIT_SECONDS)
  const { busy, send } = useSubmit(notice)

  /** Asks the server to text a code; once sent, starts the wait and says where the code went. */
  const requestCode = async <I>(input: Checked<I>, sendCode: (input: I) => Promise<Result<{ phoneMasked: string }>>) => {
    const sent = await send(input, sendCode)
    if (sent) {
      countdown.start()
      notice.show(`验证码已发送到 ${sent.phoneMasked}`, 'success')
    }
    return sent
  }

  /** Props of the code's AtInput; the page adds its placeholder. */
  const codeInput = {
    name: 'code',
    title: '验证码',
    type: 'number',
    maxlength: 6,
    value: code,
    onChange: (v: string | number) => setCode(String(v)),
  } as const

  return { code, setCode, codeInput, busy, send, requestCode, secondsLeft: countdown.left }
}
