import { SUBSCRIPTION_TEMPLATES, type SubscriptionKey } from '../../core/api/subscriptions'
import { readEnv } from '../env'
import type { EnvName } from '../envVars'

/**
 * The one registry of subscription-message templates (订阅消息). Each template is created in the
 * mini program's console (订阅消息 → 我的模板); its id is set in the function's environment
 * (declared in cloudbaserc.json, which replaces the whole environment on deploy), and its fields
 * are listed here with their WeChat types, which decide how each value is cleaned and cut
 * (server/notify/values.ts). Locally the ids fall back to readable placeholders. The names, labels
 * and audiences are core's (core/api/subscriptions.ts), which pages ask consent by; this registry
 * must name exactly those.
 */
export type FieldType = 'thing' | 'phrase' | 'name' | 'character_string' | 'number' | 'letter' | 'time' | 'date'

export interface TemplateSpec {
  /** The environment variable holding the template id (registered in server/envVars.ts). */
  env: EnvName
  /** The id the emulator uses when the variable is not set. */
  local: string
  fields: Record<string, FieldType>
}

export const TEMPLATES = {
  voteOpened: {
    env: 'TPL_VOTE_OPENED',
    local: 'local-vote-opened',
    fields: { thing1: 'thing', time2: 'time', time3: 'time', thing4: 'thing' },
  },
  voteReminder: {
    env: 'TPL_VOTE_REMINDER',
    local: 'local-vote-reminder',
    fields: { thing1: 'thing', time2: 'time', time3: 'time', thing4: 'thing' },
  },
  // 通知消息: title, sender, published at, what to do (server/notices/publish.ts).
  noticePublished: {
    env: 'TPL_NOTICE_PUBLISHED',
    local: 'local-notice-published',
    fields: { thing1: 'thing', thing2: 'thing', time3: 'time', thing4: 'thing' },
  },
  // 招标进度提醒: project, stage reached (≤ 8 characters, so a thing, not a phrase), when it happened, a note (server/tender/notify.ts).
  tenderStage: {
    env: 'TPL_TENDER_STAGE',
    local: 'local-tender-stage',
    fields: { thing1: 'thing', thing2: 'thing', time3: 'time', thing4: 'thing' },
  },
} as const satisfies Record<SubscriptionKey, TemplateSpec>

export type TemplateKey = keyof typeof TEMPLATES

/** What the person agrees to, as the page asks for it. */
export const templateLabel = (key: TemplateKey): string => SUBSCRIPTION_TEMPLATES[key].label

/** The value each field of a template takes: text for text types, epoch ms for `time`/`date`, a number for `number`. */
export type TemplateValues<K extends TemplateKey> = {
  [F in keyof (typeof TEMPLATES)[K]['fields']]: (typeof TEMPLATES)[K]['fields'][F] extends 'time' | 'date'
    ? number
    : (typeof TEMPLATES)[K]['fields'][F] extends 'number'
      ? number | string
      : string
}

/** Read at call time, so a test or a redeploy with a new id needs no restart of the module. */
export function templateId(key: TemplateKey): string {
  const spec: TemplateSpec = TEMPLATES[key]
  return readEnv(spec.env) || spec.local
}

/** 'developer' | 'trial' | 'formal': which version of the mini program a message opens (MINIPROGRAM_STATE, default formal). */
export type MiniprogramState = 'developer' | 'trial' | 'formal'

export function miniprogramState(): MiniprogramState {
  const state = readEnv('MINIPROGRAM_STATE')
  return state === 'developer' || state === 'trial' ? state : 'formal'
}
