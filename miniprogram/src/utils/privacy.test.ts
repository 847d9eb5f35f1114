import { createPrivacyGate, installPrivacyGate, PRIVACY_AGREE_BUTTON_ID, type PrivacyAnswer, type PrivacyResolve } from './privacy'

/** A stand-in for wx: it records the listener the app registers, and fires it as WeChat would. */
function fakeWx() {
  let listener: ((resolve: PrivacyResolve, info: { referrer: string }) => void) | undefined
  return {
    api: { onNeedPrivacyAuthorization: (l: typeof listener) => (listener = l) },
    /** A privacy API is called: WeChat holds it and asks; the answers given to it are collected. */
    callPrivacyApi(): PrivacyAnswer[] {
      const answers: PrivacyAnswer[] = []
      listener?.((a) => answers.push(a), { referrer: 'packages/account/pages/face/index' })
      return answers
    },
  }
}

describe('the privacy gate', () => {
  it('holds the call, shows the sheet, and lets the call go on when the person agrees with the agree button', () => {
    const gate = createPrivacyGate()
    const wx = fakeWx()
    installPrivacyGate(wx.api, gate)
    const shown: boolean[] = []
    gate.subscribe((asking) => shown.push(asking))
    const answers = wx.callPrivacyApi()
    expect(gate.isAsking()).toBe(true)
    expect(shown).toEqual([true])
    expect(answers).toEqual([{ event: 'exposureAuthorization' }])
    gate.agree()
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: PRIVACY_AGREE_BUTTON_ID }])
    expect(gate.isAsking()).toBe(false)
    expect(shown).toEqual([true, false])
  })

  it('fails every held call when the person disagrees', () => {
    const gate = createPrivacyGate()
    const wx = fakeWx()
    installPrivacyGate(wx.api, gate)
    gate.subscribe(() => undefined)
    const first = wx.callPrivacyApi()
    const second = wx.callPrivacyApi()
    gate.disagree()
    expect(first.at(-1)).toEqual({ event: 'disagree' })
    expect(second.at(-1)).toEqual({ event: 'disagree' })
  })

  it('refuses at once on a page that shows no sheet, so no call hangs', () => {
    const gate = createPrivacyGate()
    const wx = fakeWx()
    installPrivacyGate(wx.api, gate)
    const unsubscribe = gate.subscribe(() => undefined)
    unsubscribe()
    expect(wx.callPrivacyApi()).toEqual([{ event: 'disagree' }])
    expect(gate.isAsking()).toBe(false)
  })

  it('does nothing where the platform has no privacy API (H5, old base libraries)', () => {
    expect(() => installPrivacyGate(undefined)).not.toThrow()
    expect(() => installPrivacyGate({})).not.toThrow()
  })
})
