import type { Database } from '../cloud'
import { getDb, isLocal } from '../cloud'
import { COLLECTIONS } from '../collections'
import { now } from '../context'
import { readEnv, type EnvReader } from '../env'
import type { EnvName } from '../envVars'
import { postJson, type PostJson } from './https'
import { tc3Sign } from './tc3'

/**
 * What a code unlocks: binding a registered owner, a committee/staff account or a delegate, or moving
 * an account to a new phone. Each has its own code document and is recorded with the message locally.
 */
export type SmsPurpose = 'bindOwner' | 'bindStaff' | 'bindDelegate' | 'changePhone'

/** Sends a one-time code to a phone. Throws `SmsError` when the provider refuses; callers answer SMS_FAILED. */
export interface SmsPort {
  sendCode(phone: string, code: string, purpose: SmsPurpose): Promise<void>
}

export class SmsError extends Error {}

export const SMS_CODE_MINUTES = 5

/**
 * What the approved template says; production sends only the parameters (code, minutes). One text for
 * every purpose: a second text would need a second approved template (SMS_TEMPLATE_ID).
 */
export function smsText(code: string): string {
  return `【业主决策平台】您的验证码是${code}，${SMS_CODE_MINUTES}分钟内有效。`
}

/** Local: the message lands in the `outbox` collection, where the dev UI and tests read it. */
export function localSms(db: Pick<Database, 'collection'>, clock: () => number = now): SmsPort {
  return {
    async sendCode(phone, code, purpose) {
      await db.collection(COLLECTIONS.outbox).add({
        data: { kind: 'sms', to: phone, code, purpose, text: smsText(code), at: new Date(clock()) },
      })
    },
  }
}

export interface TencentSmsConfig {
  secretId: string
  secretKey: string
  /** Set when the key is the function role's temporary one. */
  sessionToken?: string
  sdkAppId: string
  signName: string
  templateId: string
  region: string
}

/**
 * The SMS settings of this function. The key is SMS_SECRET_ID/SMS_SECRET_KEY when configured (a sub-account
 * allowed only to send SMS); otherwise the function role's temporary key that CloudBase puts in the reserved
 * TENCENTCLOUD_* variables, with its session token (the role then needs the sms:SendSms permission).
 */
export function tencentSmsConfigFromEnv(env: EnvReader = readEnv): TencentSmsConfig {
  const need = (name: EnvName) => {
    const value = env(name)
    if (!value) throw new Error(`${name} is not set: the SMS port needs it in production`)
    return value
  }
  const settings = {
    sdkAppId: need('SMS_SDK_APP_ID'),
    signName: need('SMS_SIGN_NAME'),
    templateId: need('SMS_TEMPLATE_ID'),
    region: env('SMS_REGION') || 'ap-guangzhou',
  }
  if (env('SMS_SECRET_ID') || env('SMS_SECRET_KEY')) {
    return { ...settings, secretId: need('SMS_SECRET_ID'), secretKey: need('SMS_SECRET_KEY') }
  }
  const secretId = env('TENCENTCLOUD_SECRETID')
  const secretKey = env('TENCENTCLOUD_SECRETKEY')
  if (!secretId || !secretKey) {
    throw new Error('no SMS key: SMS_SECRET_ID/SMS_SECRET_KEY are not set and the runtime gives no TENCENTCLOUD_SECRETID/SECRETKEY')
  }
  return { ...settings, secretId, secretKey, sessionToken: env('TENCENTCLOUD_SESSIONTOKEN') }
}

const HOST = 'sms.tencentcloudapi.com'

interface SendSmsResponse {
  Response?: {
    Error?: { Code: string; Message: string }
    SendStatusSet?: { Code: string; Message: string; PhoneNumber: string }[]
    RequestId?: string
  }
}

/** Sends one approved template with its parameters to a phone; throws SmsError when refused. */
async function sendTencentSms(
  config: TencentSmsConfig,
  phone: string,
  templateId: string,
  params: string[],
  send: PostJson,
  clock: () => number,
): Promise<void> {
  const payload = JSON.stringify({
    PhoneNumberSet: [`+86${phone}`],
    SmsSdkAppId: config.sdkAppId,
    SignName: config.signName,
    TemplateId: templateId,
    TemplateParamSet: params,
  })
  const signed = tc3Sign({
    secretId: config.secretId,
    secretKey: config.secretKey,
    sessionToken: config.sessionToken,
    service: 'sms',
    host: HOST,
    action: 'SendSms',
    version: '2021-01-11',
    region: config.region,
    timestamp: Math.floor(clock() / 1000),
    payload,
  })
  const answer = (await send(`https://${HOST}/`, payload, signed.headers)) as SendSmsResponse
  const error = answer.Response?.Error
  if (error) throw new SmsError(`SendSms failed: ${error.Code} ${error.Message}`)
  const status = answer.Response?.SendStatusSet?.[0]
  if (!status || status.Code !== 'Ok') throw new SmsError(`SendSms refused: ${status?.Code} ${status?.Message}`)
}

/**
 * Production: Tencent Cloud SMS API 3.0 `SendSms` (version 2021-01-11) signed with TC3-HMAC-SHA256.
 * The template (SMS_TEMPLATE_ID) must read "您的验证码是{1}，{2}分钟内有效。" under the sign SMS_SIGN_NAME.
 */
export function tencentSms(config: TencentSmsConfig, send: PostJson = postJson, clock: () => number = Date.now): SmsPort {
  return {
    async sendCode(phone, code) {
      await sendTencentSms(config, phone, config.templateId, [code, String(SMS_CODE_MINUTES)], send, clock)
    },
  }
}

/** The adapter for where we run: the emulator's outbox locally, Tencent Cloud SMS in production. */
export function getSmsPort(db: Pick<Database, 'collection'> = getDb()): SmsPort {
  return isLocal() ? localSms(db) : tencentSms(tencentSmsConfigFromEnv())
}

/** What a vote reminder text names: the vote (cut to a template variable's length) and its end. */
export interface VoteReminderText {
  title: string
  /** 'MM-DD HH:mm', Beijing time. */
  endsAt: string
}

/** Texts an owner who did not subscribe that a vote she has not voted in is ending. Throws SmsError when refused. */
export interface SmsReminderPort {
  sendVoteReminder(phone: string, text: VoteReminderText): Promise<void>
}

/**
 * The vote's title is cut to this many characters: Tencent Cloud SMS bounds each template variable,
 * and the reminder template's first variable must be approved for this length.
 */
export const SMS_VARIABLE_MAX = 20

const cut = (text: VoteReminderText): VoteReminderText => ({ ...text, title: [...text.title].slice(0, SMS_VARIABLE_MAX).join('') })

/** What the approved reminder template says; production sends only the parameters (title, end). */
export function smsReminderText({ title, endsAt }: VoteReminderText): string {
  return `【业主决策平台】您所在小区的投票「${title}」将于${endsAt}截止，您还没有投票，请打开微信小程序“业主决策平台”参与表决。`
}

/**
 * The reminder's template id (SMS_REMINDER_TEMPLATE_ID, declared for manageVote in cloudbaserc.json);
 * the template must read "您所在小区的投票「{1}」将于{2}截止，您还没有投票，请打开微信小程序“业主决策平台”参与表决。"
 */
export function smsReminderTemplateId(env: EnvReader = readEnv): string {
  const id = env('SMS_REMINDER_TEMPLATE_ID')
  if (!id) throw new Error('SMS_REMINDER_TEMPLATE_ID is not set: the vote reminder text needs it in production')
  return id
}

/** Local: the reminder lands in the `outbox` collection beside the codes (with no code). */
export function localSmsReminders(db: Pick<Database, 'collection'>, clock: () => number = now): SmsReminderPort {
  return {
    async sendVoteReminder(phone, text) {
      await db.collection(COLLECTIONS.outbox).add({
        data: { kind: 'sms', to: phone, code: '', purpose: 'voteReminder', text: smsReminderText(cut(text)), at: new Date(clock()) },
      })
    },
  }
}

export function tencentSmsReminders(
  config: TencentSmsConfig,
  templateId: string,
  send: PostJson = postJson,
  clock: () => number = Date.now,
): SmsReminderPort {
  return {
    async sendVoteReminder(phone, text) {
      await sendTencentSms(config, phone, templateId, [cut(text).title, text.endsAt], send, clock)
    },
  }
}

export function getSmsReminderPort(db: Pick<Database, 'collection'> = getDb()): SmsReminderPort {
  return isLocal() ? localSmsReminders(db) : tencentSmsReminders(tencentSmsConfigFromEnv(), smsReminderTemplateId())
}
