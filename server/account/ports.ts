import { getFacePort, type FacePort } from '../ports/face'
import { getSmsPort, type SmsPort } from '../ports/sms'

/** The adapters for where the function runs (emulator outbox / local face locally; Tencent Cloud SMS / WeChat 人脸核身 in production). */
export const sms: SmsPort = { sendCode: (phone, code, purpose) => getSmsPort().sendCode(phone, code, purpose) }

export const face: FacePort = {
  start: (openid, name, idNumber) => getFacePort().start(openid, name, idNumber),
  verify: (openid, name, idNumber, session) => getFacePort().verify(openid, name, idNumber, session),
}
