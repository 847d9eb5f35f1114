import { getCloud, isLocal } from '../cloud'

/*
 * Content security (内容安全) for text a person writes that others read. Production:
 * `cloud.openapi.security.msgSecCheck` version 2 — `{ version: 2, openid, scene, content }`, the
 * openid of a user who opened the mini program in the last 2 hours, content ≤ 2,500 characters —
 * answering `result.suggest` pass / review / risky with a `label`. Declare
 * `security.msgSecCheck` in the config.json openapi permissions of every function that calls it.
 * Locally: a small word list, shown on the emulator's dev page so a tester can try each path.
 */
export type Suggest = 'pass' | 'review' | 'risky'

/** WeChat's scenes: 1 资料, 2 评论, 3 论坛, 4 社交日志. A vote or a meeting record is published to a community: 3. */
export type Scene = 1 | 2 | 3 | 4

export interface CheckInput {
  content: string
  openid: string
  scene: Scene
}

export interface CheckAnswer {
  suggest: Suggest
  /** Why, as people read it ("违法犯罪"); empty on pass. */
  label: string
}

export interface ContentSecurityPort {
  check(input: CheckInput): Promise<CheckAnswer>
}

/** One request's limit; longer texts are checked in pieces (server/content/check.ts). */
export const MAX_CHECK_CHARS = 2500

/** WeChat's label numbers. */
export const LABELS: Record<number, string> = {
  100: '',
  10001: '广告',
  20001: '时政',
  20002: '色情',
  20003: '辱骂',
  20006: '违法犯罪',
  20008: '欺诈',
  20012: '低俗',
  20013: '版权',
  21000: '其他',
}

/** The local word list: every word of `risky` is refused, every word of `review` is flagged for the committee. */
export const LOCAL_WORDS: Record<Exclude<Suggest, 'pass'>, readonly string[]> = {
  risky: ['赌博', '代开发票', '枪支弹药', '毒品'],
  review: ['集体上访', '维权群', '拉横幅'],
}

export function checkWords(content: string): CheckAnswer {
  for (const suggest of ['risky', 'review'] as const) {
    const word = LOCAL_WORDS[suggest].find((w) => content.includes(w))
    if (word) return { suggest, label: suggest === 'risky' ? '违法犯罪' : '其他' }
  }
  return { suggest: 'pass', label: '' }
}

export function localContentSecurity(): ContentSecurityPort {
  return { check: async ({ content }) => checkWords(content) }
}

/** The part of `cloud.openapi` this adapter calls (a test passes a fake with WeChat's answer shape). */
export interface SecurityOpenapi {
  security: { msgSecCheck(request: { version: 2; openid: string; scene: Scene; content: string }): Promise<unknown> }
}

interface MsgSecCheckAnswer {
  errCode?: number
  errMsg?: string
  result?: { suggest?: string; label?: number }
}

/**
 * WeChat errcodes: 87014 the content is risky (what version 1 answered); 40003 / 61010 the openid
 * is invalid or has not used the mini program in the last 2 hours; -1 system busy. Anything that is
 * not a clear answer is sent to the committee for review rather than passed unseen or refused.
 */
export function wechatContentSecurity(openapi: SecurityOpenapi = getCloud().openapi as unknown as SecurityOpenapi): ContentSecurityPort {
  return {
    async check({ content, openid, scene }) {
      let answer: MsgSecCheckAnswer
      try {
        answer = (await openapi.security.msgSecCheck({ version: 2, openid, scene, content })) as MsgSecCheckAnswer
      } catch (e) {
        const { errCode, errMsg } = e as { errCode?: number; errMsg?: string }
        console.warn(JSON.stringify({ at: 'security.msgSecCheck', errcode: errCode ?? null, errmsg: errMsg ?? String(e) }))
        if (errCode === 87014) return { suggest: 'risky', label: '违规内容' }
        if (typeof errCode === 'number') return { suggest: 'review', label: '未能自动检测' }
        throw e
      }
      const suggest = answer.result?.suggest
      if (suggest === 'pass' || suggest === 'review' || suggest === 'risky') {
        return { suggest, label: suggest === 'pass' ? '' : (LABELS[answer.result?.label ?? 21000] ?? '其他') }
      }
      console.warn(JSON.stringify({ at: 'security.msgSecCheck', errcode: answer.errCode ?? null, errmsg: answer.errMsg ?? 'no result' }))
      return { suggest: 'review', label: '未能自动检测' }
    },
  }
}

export function getContentSecurityPort(): ContentSecurityPort {
  return isLocal() ? localContentSecurity() : wechatContentSecurity()
}
