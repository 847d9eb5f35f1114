/**
 * Plays the city tender platform: signs one stage push and sends it to the local emulator's HTTP access route.
 * Run `npm run tender:push -- --help` for the options.
 */
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { TENDER_STAGE_LABELS } from '../core/api/tender'
import { LOCAL_TENDER_SECRET } from '../server/tender/push'
import { pushHeaders } from '../server/tender/signature'

const DEFAULT_URL = `http://127.0.0.1:${process.env.PORT ?? 8787}`

const USAGE = `用法: npm run tender:push -- --project 项目编号 --stage 阶段 [--version 1] [--at 时间] [--details JSON] [--url 地址] [--secret 密钥]
  --at       阶段发生的时间，例如 2026-03-07T09:00+08:00；不写就用签名时间
  --url      默认 ${DEFAULT_URL}
  --secret   默认 TENDER_PUSH_SECRET，没有就用本地模拟器的密钥
签名时间：发往本机的模拟器（127.0.0.1 / localhost）时，读取模拟器的时钟（GET /dev/clock），
  所以在开发页面拨过时钟之后推送也不会因为“过期”被拒绝；发往其他地址时用本机时间。
阶段: ${Object.entries(TENDER_STAGE_LABELS)
  .map(([k, v]) => `${k}（${v}）`)
  .join(' ')}`

/** The local emulator, where the clock may have been moved on the dev page. */
function isLocalEmulator(url: string): boolean {
  const host = new URL(url).hostname
  return host === '127.0.0.1' || host === 'localhost' || host === '::1' || host === '[::1]'
}

/** The emulator's clock (ms) from `GET /dev/clock`; null when the target is not the local emulator. */
export async function emulatorClock(url: string, fetchImpl: typeof fetch = fetch): Promise<number | null> {
  if (!isLocalEmulator(url)) return null
  const res = await fetchImpl(new URL('/dev/clock', url))
  const body = (await res.json().catch(() => null)) as { now?: unknown } | null
  if (!res.ok || typeof body?.now !== 'number') throw new Error(`读不到模拟器的时钟（${url}/dev/clock 答 ${res.status}）`)
  return body.now
}

export interface PushOptions {
  url: string
  secret: string
  project: string
  stage: string
  version: number
  /** When the stage happened (ms); the signing time when not given. */
  occurredAt?: number
  details: object
}

/** Signs one push (with the emulator's time when it targets the local emulator) and sends it. */
export async function sendTenderPush(o: PushOptions, fetchImpl: typeof fetch = fetch): Promise<{ status: number; body: string }> {
  const signedAt = (await emulatorClock(o.url, fetchImpl)) ?? Date.now()
  const raw = JSON.stringify({
    projectNo: o.project,
    stage: o.stage,
    version: o.version,
    occurredAt: o.occurredAt ?? signedAt,
    details: o.details,
  })
  const res = await fetchImpl(new URL('/http/tenderPush', o.url), {
    method: 'POST',
    headers: pushHeaders(o.secret, raw, signedAt, randomUUID()),
    body: raw,
  })
  return { status: res.status, body: await res.text() }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      stage: { type: 'string' },
      version: { type: 'string', default: '1' },
      at: { type: 'string' },
      details: { type: 'string', default: '{}' },
      url: { type: 'string', default: DEFAULT_URL },
      secret: { type: 'string', default: process.env.TENDER_PUSH_SECRET ?? LOCAL_TENDER_SECRET },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return 0
  }
  if (!values.project || !values.stage) {
    console.error(USAGE)
    return 2
  }
  const occurredAt = values.at ? Date.parse(values.at) : undefined
  if (Number.isNaN(occurredAt)) {
    console.error(`--at 不是时间：${values.at}`)
    return 2
  }
  const answer = await sendTenderPush({
    url: values.url!,
    secret: values.secret!,
    project: values.project,
    stage: values.stage,
    version: Number(values.version),
    occurredAt,
    details: JSON.parse(values.details!) as object,
  })
  console.log(answer.status, answer.body)
  return answer.status >= 200 && answer.status < 300 ? 0 : 1
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e)
      process.exit(1)
    },
  )
}
