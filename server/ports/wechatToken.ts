import { readEnv, type EnvReader } from '../env'
import { postJson, type PostJson } from './https'

/**
 * An access_token for WeChat server APIs that CloudBase's 云调用 does not cover (face verification).
 * Uses `POST /cgi-bin/stable_token`, which returns the same token to every caller until it expires, so
 * many function instances do not invalidate each other's token. Needs WX_APPID and WX_APPSECRET.
 */
export function wechatTokenSource(env: EnvReader = readEnv, send: PostJson = postJson, clock: () => number = Date.now) {
  let cached: { token: string; until: number } | undefined
  return async function accessToken(): Promise<string> {
    if (cached && cached.until > clock()) return cached.token
    const appid = env('WX_APPID')
    const secret = env('WX_APPSECRET')
    if (!appid || !secret) throw new Error('WX_APPID / WX_APPSECRET are not set: needed for face verification')
    const answer = (await send(
      'https://api.weixin.qq.com/cgi-bin/stable_token',
      JSON.stringify({ grant_type: 'client_credential', appid, secret }),
    )) as {
      access_token?: string
      expires_in?: number
      errcode?: number
      errmsg?: string
    }
    if (!answer.access_token) throw new Error(`stable_token failed: ${answer.errcode} ${answer.errmsg}`)
    // Renew five minutes early so a token never expires mid-request.
    cached = { token: answer.access_token, until: clock() + ((answer.expires_in ?? 7200) - 300) * 1000 }
    return cached.token
  }
}
