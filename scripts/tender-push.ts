/**
 * Plays the city tender platform: signs one stage push and sends it to the local emulator's HTTP access route.
 *   npm run tender:push -- --project ZB2026-0001 --stage noticePublished [--version 1] [--at 2026-03-07T09:00+08:00]
 *                          [--details '{"bidDeadline": 1775000000000}'] [--url http://127.0.0.1:8787] [--secret …]
 * The secret defaults to TENDER_PUSH_SECRET, else the emulator's local one. Prints the answer; exits 1 unless 2xx.
 */
import { randomUUID } from 'node:crypto'
import { parseArgs } from 'node:util'
import { TENDER_STAGE_LABELS } from '../core/api/tender'
import { LOCAL_TENDER_SECRET } from '../server/tender/push'
import { pushHeaders } from '../server/tender/signature'

const USAGE = `用法: npm run tender:push -- --project 项目编号 --stage 阶段 [--version 1] [--at 时间] [--details JSON] [--url 地址] [--secret 密钥]
阶段: ${Object.entries(TENDER_STAGE_LABELS)
  .map(([k, v]) => `${k}（${v}）`)
  .join(' ')}`

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      project: { type: 'string' },
      stage: { type: 'string' },
      version: { type: 'string', default: '1' },
      at: { type: 'string' },
      details: { type: 'string', default: '{}' },
      url: { type: 'string', default: `http://127.0.0.1:${process.env.PORT ?? 8787}` },
      secret: { type: 'string', default: process.env.TENDER_PUSH_SECRET ?? LOCAL_TENDER_SECRET },
    },
  })
  if (!values.project || !values.stage) {
    console.error(USAGE)
    return 2
  }
  const occurredAt = values.at ? Date.parse(values.at) : Date.now()
  if (Number.isNaN(occurredAt)) {
    console.error(`--at 不是时间：${values.at}`)
    return 2
  }
  const raw = JSON.stringify({
    projectNo: values.project,
    stage: values.stage,
    version: Number(values.version),
    occurredAt,
    details: JSON.parse(values.details!) as object,
  })
  // The signature's timestamp is the sending machine's time, as the platform's is; the emulator's clock may differ.
  const res = await fetch(`${values.url}/http/tenderPush`, {
    method: 'POST',
    headers: pushHeaders(values.secret!, raw, Date.now(), randomUUID()),
    body: raw,
  })
  console.log(res.status, await res.text())
  return res.ok ? 0 : 1
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : e)
    process.exit(1)
  },
)
