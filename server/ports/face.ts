import { createHash, randomBytes } from 'node:crypto'
import type { Database } from '../cloud'
import { getDb, isLocal } from '../cloud'
import { COLLECTIONS } from '../collections'
import { rows } from '../db'
import { readEnv, type EnvReader } from '../env'
import { postJson, type PostJson } from './https'
import { wechatTokenSource } from './wechatToken'

/**
 * Face verification (人脸核身) against the person's name and ID number.
 * WeChat's 2.0 flow has two server steps around the page's `wx.requestFacialVerify({ verifyId })`:
 * `start` (getVerifyId) before, `verify` (queryVerifyInfo) after.
 */
export interface FaceSession {
  verifyId: string
  outSeqNo: string
}

export type FaceResult = { ok: true } | { ok: false; reason: string; verifyRet?: number }

export interface FacePort {
  start(openid: string, name: string, idNumber: string): Promise<FaceSession>
  verify(openid: string, name: string, idNumber: string, session?: FaceSession): Promise<FaceResult>
}

export const FACE_FAILURES_COLLECTION = COLLECTIONS.faceFailures
const FAILED = '人脸核身未通过，请到业委会办公室线下认证'

/**
 * Local: everyone passes except test identities listed in env FACE_FAIL_IDS (comma-separated ID
 * numbers) or in the `faceFailures` collection (documents `{ idNumber }`), so tests can reach the
 * 线下认证 path.
 */
export function localFace(db: Database, env: EnvReader = readEnv): FacePort {
  return {
    async start() {
      return { verifyId: `local-${randomBytes(8).toString('hex')}`, outSeqNo: randomBytes(8).toString('hex') }
    },
    async verify(_openid, _name, idNumber) {
      const id = idNumber.trim().toUpperCase()
      const fromEnv = (env('FACE_FAIL_IDS') ?? '')
        .split(',')
        .map((s) => s.trim().toUpperCase())
        .filter(Boolean)
      if (fromEnv.includes(id)) return { ok: false, reason: FAILED, verifyRet: 90011 }
      const listed = await rows(db.collection(FACE_FAILURES_COLLECTION).where({ idNumber: id }).limit(1))
      return listed.length ? { ok: false, reason: FAILED, verifyRet: 90011 } : { ok: true }
    },
  }
}

/**
 * `cert_hash` of WeChat's queryVerifyInfo: SHA-256 (lower hex) of
 * `cert_type=<b64>&cert_name=<b64>&cert_no=<b64>`, each value standard base64 of its UTF-8 text.
 */
export function certHash(certName: string, certNo: string, certType = 'IDENTITY_CARD'): string {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  return createHash('sha256')
    .update(`cert_type=${b64(certType)}&cert_name=${b64(certName)}&cert_no=${b64(certNo)}`)
    .digest('hex')
}

const API = 'https://api.weixin.qq.com/cityservice/face/identify'

/**
 * Production: WeChat 人脸核身 2.0 — `POST /cityservice/face/identify/getverifyid` and
 * `POST /cityservice/face/identify/queryverifyinfo` (https://developers.weixin.qq.com/miniprogram/dev/server/API/face/).
 * Neither supports 云调用, so they use an access_token from WX_APPID/WX_APPSECRET. Passing means
 * errcode 0 and verify_ret 10000.
 */
export function wechatFace(send: PostJson = postJson, accessToken = wechatTokenSource(readEnv, send)): FacePort {
  return {
    async start(openid, name, idNumber) {
      const outSeqNo = randomBytes(12).toString('hex')
      const answer = (await send(
        `${API}/getverifyid?access_token=${await accessToken()}`,
        JSON.stringify({
          out_seq_no: outSeqNo,
          cert_info: { cert_type: 'IDENTITY_CARD', cert_name: name, cert_no: idNumber },
          openid,
        }),
      )) as { errcode?: number; errmsg?: string; verify_id?: string }
      if (answer.errcode || !answer.verify_id) throw new Error(`getverifyid failed: ${answer.errcode} ${answer.errmsg}`)
      return { verifyId: answer.verify_id, outSeqNo }
    },
    async verify(openid, name, idNumber, session) {
      if (!session) return { ok: false, reason: '请先完成人脸识别' }
      const answer = (await send(
        `${API}/queryverifyinfo?access_token=${await accessToken()}`,
        JSON.stringify({
          verify_id: session.verifyId,
          out_seq_no: session.outSeqNo,
          cert_hash: certHash(name, idNumber),
          openid,
        }),
      )) as { errcode?: number; errmsg?: string; verify_ret?: number }
      if (answer.errcode) return { ok: false, reason: FAILED, verifyRet: answer.errcode }
      return answer.verify_ret === 10000 ? { ok: true } : { ok: false, reason: FAILED, verifyRet: answer.verify_ret }
    },
  }
}

export function getFacePort(db: Database = getDb()): FacePort {
  return isLocal() ? localFace(db) : wechatFace()
}
