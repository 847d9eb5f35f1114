/**
 * Every environment variable the server code reads, with who sets it. Functions read them only through
 * `readEnv` (server/env.ts), so each read names one of these; `scripts/functionEnv.test.ts` bundles each
 * function, finds the names its code reads and holds `cloudbaserc.json` to exactly those, and
 * `npm run deploy:check` lists what the local `.env` still lacks.
 *
 * Kinds:
 * - `deploy`: set by us, declared in `cloudbaserc.json` for the functions that read it (a deploy replaces
 *   a function's whole environment, so a variable set only in the console is lost).
 * - `runtime`: filled in by CloudBase itself (names beginning TENCENTCLOUD_, SCF_, QCLOUD_ are reserved:
 *   the function role's temporary key and its session token); never declared.
 * - `local`: the emulator and tests only; never declared.
 *
 * This module is metadata for scripts and tests: server code imports only its types, so it is never
 * bundled into a function.
 */
export type EnvKind = 'deploy' | 'runtime' | 'local'

export interface EnvVar {
  kind: EnvKind
  /** A deploy cannot go ahead without it (deploy:check fails); optional ones may be left empty. */
  required?: boolean
  /** A secret: deploy:check never prints its value. */
  secret?: boolean
  about: string
}

export const ENV_VARS = {
  ID_HASH_SALT: {
    kind: 'deploy',
    required: true,
    secret: true,
    about: '证件号码哈希的盐：随机生成，首次导入后永不更改',
  },
  SMS_SDK_APP_ID: { kind: 'deploy', required: true, about: '腾讯云短信 SdkAppId' },
  SMS_SIGN_NAME: { kind: 'deploy', required: true, about: '短信签名' },
  SMS_TEMPLATE_ID: { kind: 'deploy', required: true, about: '验证码短信模板 id（“您的验证码是{1}，{2}分钟内有效。”）' },
  SMS_REMINDER_TEMPLATE_ID: {
    kind: 'deploy',
    required: true,
    about: '投票提醒短信模板 id（“您所在小区的投票「{1}」将于{2}截止，您还没有投票，请打开微信小程序“业主决策平台”参与表决。”）',
  },
  SMS_REGION: { kind: 'deploy', about: '短信接口地域，默认 ap-guangzhou' },
  SMS_SECRET_ID: {
    kind: 'deploy',
    secret: true,
    about: '只有短信权限的子账号 SecretId；留空则用云函数角色的临时密钥（该角色需有 sms:SendSms 权限）',
  },
  SMS_SECRET_KEY: { kind: 'deploy', secret: true, about: '与 SMS_SECRET_ID 配对的 SecretKey' },
  WX_APPID: { kind: 'deploy', required: true, about: '小程序 AppID（人脸核身接口取 access_token 用）' },
  WX_APPSECRET: { kind: 'deploy', required: true, secret: true, about: '小程序 AppSecret（人脸核身接口取 access_token 用）' },
  TPL_VOTE_OPENED: { kind: 'deploy', required: true, about: '订阅消息模板 id：投票开始' },
  TPL_VOTE_REMINDER: { kind: 'deploy', required: true, about: '订阅消息模板 id：投票提醒' },
  TPL_NOTICE_PUBLISHED: { kind: 'deploy', required: true, about: '订阅消息模板 id：新的通知消息' },
  TPL_TENDER_STAGE: { kind: 'deploy', required: true, about: '订阅消息模板 id：招标进度提醒' },
  MINIPROGRAM_STATE: { kind: 'deploy', about: '订阅消息打开的版本：developer / trial / formal（默认 formal）' },
  QWEATHER_API_HOST: { kind: 'deploy', required: true, about: '和风天气 API Host（控制台-设置，例如 abcxyz.re.qweatherapi.com）' },
  QWEATHER_API_KEY: { kind: 'deploy', secret: true, about: '和风天气 API KEY；设置了 QWEATHER_PRIVATE_KEY 时改用 JWT，可留空' },
  QWEATHER_PRIVATE_KEY: {
    kind: 'deploy',
    secret: true,
    about: '和风天气 JWT 凭据的 Ed25519 私钥（PEM，换行可写作 \\n）；留空则用 API KEY',
  },
  QWEATHER_KEY_ID: { kind: 'deploy', about: '和风天气 JWT 凭据 ID（kid）' },
  QWEATHER_PROJECT_ID: { kind: 'deploy', about: '和风天气项目 ID（JWT 的 sub）' },
  TENDER_PUSH_SECRET: {
    kind: 'deploy',
    required: true,
    secret: true,
    about: '招标平台推送的签名密钥（HMAC-SHA256，与招标平台约定；本地默认 local-tender-secret）',
  },
  TENCENTCLOUD_SECRETID: { kind: 'runtime', secret: true, about: '云函数角色的临时 SecretId（运行环境提供）' },
  TENCENTCLOUD_SECRETKEY: { kind: 'runtime', secret: true, about: '云函数角色的临时 SecretKey（运行环境提供）' },
  TENCENTCLOUD_SESSIONTOKEN: { kind: 'runtime', secret: true, about: '临时密钥的会话令牌（运行环境提供）' },
  TCB_ENV: { kind: 'runtime', about: '云开发环境 id：部署的目标（cloudbaserc.json 的 envId）；函数运行时由 CloudBase 提供' },
  TCB_LOCAL_URL: { kind: 'local', about: '本地模拟器地址：设置时一切连到模拟器' },
  FACE_FAIL_IDS: { kind: 'local', about: '本地人脸核身判为不通过的证件号码（逗号分隔）' },
} as const satisfies Record<string, EnvVar>

export type EnvName = keyof typeof ENV_VARS

export const ENV_NAMES = Object.keys(ENV_VARS) as EnvName[]

/** CloudBase fills these in itself; a variable of ours must never start with them. */
export const RESERVED_PREFIXES = ['TENCENTCLOUD_', 'SCF_', 'QCLOUD_'] as const
