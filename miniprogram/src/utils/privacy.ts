/*
 * WeChat's privacy gate (用户隐私保护指引, enforced since 2023-10-17). When a page calls an API that
 * the guideline covers (chosen files, the clipboard, face verification) before the person has
 * agreed, WeChat holds the call and fires onNeedPrivacyAuthorization; the app shows its own sheet
 * (components/privacy-sheet) and answers: agree (only after a tap on a button whose open-type is
 * agreePrivacyAuthorization, which the base library checks by its id) lets the held calls go on,
 * disagree makes them fail with "privacy permission is not authorized".
 */

/** The id of the sheet's agree button: WeChat checks that this very button was tapped. */
export const PRIVACY_AGREE_BUTTON_ID = 'privacy-agree'

export type PrivacyAnswer = { event: 'agree'; buttonId: string } | { event: 'disagree' } | { event: 'exposureAuthorization' }
export type PrivacyResolve = (answer: PrivacyAnswer) => void

/** The part of `wx` the gate uses; missing in the H5 build and on base libraries before 2.32.3. */
export interface PrivacyApi {
  onNeedPrivacyAuthorization?: (listener: (resolve: PrivacyResolve, eventInfo: { referrer: string }) => void) => void
}

export interface PrivacyGate {
  /** Whether a held call is waiting for the person's answer. */
  isAsking(): boolean
  /** Called by the sheet: whether it should show; returns the unsubscribe. */
  subscribe(onChange: (asking: boolean) => void): () => void
  /** The person tapped 同意 (the agreePrivacyAuthorization button): every held call goes on. */
  agree(): void
  /** The person tapped 不同意: every held call fails. */
  disagree(): void
  /** WeChat's listener: hold the answer until the person taps. */
  need(resolve: PrivacyResolve): void
}

export function createPrivacyGate(): PrivacyGate {
  let waiting: PrivacyResolve[] = []
  const sheets = new Set<(asking: boolean) => void>()
  const settle = (answer: PrivacyAnswer) => {
    const held = waiting
    waiting = []
    for (const resolve of held) resolve(answer)
    for (const sheet of sheets) sheet(false)
  }
  return {
    isAsking: () => waiting.length > 0,
    subscribe(onChange) {
      sheets.add(onChange)
      return () => sheets.delete(onChange)
    },
    agree: () => settle({ event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }),
    disagree: () => settle({ event: 'disagree' }),
    need(resolve) {
      // A page with no sheet would leave the call hanging for ever: refuse it at once instead
      // (privacy.test.ts keeps a sheet on every page that calls such an API).
      if (sheets.size === 0) {
        resolve({ event: 'disagree' })
        return
      }
      waiting.push(resolve)
      resolve({ event: 'exposureAuthorization' })
      for (const sheet of sheets) sheet(true)
    },
  }
}

/** The app's one gate; app.ts installs it, the sheet on each page shows it. */
export const privacyGate = createPrivacyGate()

/** Hands WeChat's privacy events to the gate (a no-op where the platform has no such API). */
export function installPrivacyGate(api: PrivacyApi | undefined, gate: PrivacyGate = privacyGate): void {
  api?.onNeedPrivacyAuthorization?.((resolve) => gate.need(resolve))
}
