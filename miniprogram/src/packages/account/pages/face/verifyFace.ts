/** What the client step of 人脸核身 2.0 ended in; the real outcome is always asked of the server afterwards. */
export type ClientStep = { done: true } | { done: false; message: string }

interface FacialVerifyApi {
  requestFacialVerify?: (options: { verifyId: string; success: () => void; fail: (error: { errMsg?: string }) => void }) => void
}
// The mini program's own global; Taro has no wrapper for this API yet.
declare const wx: FacialVerifyApi | undefined

/**
 * Runs WeChat's face capture for `verifyId` (人脸核身 2.0: `wx.requestFacialVerify`, base library
 * 3.8.12+, callbacks only). Its success only means the capture finished; a failure or a cancel is
 * also worth reporting to the server, whose `queryverifyinfo` records why. Only an old WeChat
 * without the API stops here, because then nothing was attempted.
 */
export function verifyFaceInWeChat(verifyId: string): Promise<ClientStep> {
  const api = typeof wx === 'undefined' ? undefined : wx
  const request = api?.requestFacialVerify
  if (!request) return Promise.resolve({ done: false, message: '当前微信版本不支持人脸核身，请升级微信后再试' })
  return new Promise((resolve) => {
    request.call(api, { verifyId, success: () => resolve({ done: true }), fail: () => resolve({ done: true }) })
  })
}
