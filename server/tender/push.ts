import { TENDER_STAGE_LABELS, TenderPush } from '../../core/api/tender'
import { getDb, isLocal, type Database } from '../cloud'
import { collection, firstRow, type Tx } from '../db'
import { now } from '../context'
import { readEnv } from '../env'
import { communityNames } from '../register/communityNames'
import { SYSTEM_ACTOR, todosIn } from '../todos/write'
import { sweepOldNonces } from './nonces'
import { messageCommittee } from './notify'
import { checkPushSignature } from './signature'
import { eventsOf } from './projects'
import { timelineOf } from './timeline'

/** CloudBase's HTTP access service hands an HTTP-triggered function this event … */
export interface HttpEvent {
  path: string
  httpMethod: string
  headers: Record<string, string | undefined>
  body: string | null
  isBase64Encoded: boolean
}

/** … and sends back what it answers. */
export interface HttpAnswer {
  statusCode: number
  headers: Record<string, string>
  body: string
}

const answer = (statusCode: number, body: object): HttpAnswer => ({
  statusCode,
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: JSON.stringify(body),
})

/** The secret shared with the platform; locally a fixed one so `npm run tender:push` works out of the box. */
export const LOCAL_TENDER_SECRET = 'local-tender-secret'

function secretOf(): string | undefined {
  return readEnv('TENDER_PUSH_SECRET') ?? (isLocal() ? LOCAL_TENDER_SECRET : undefined)
}

class Replayed extends Error {}

/**
 * The tender platform's signed push of one stage change (招标投标管理). Over HTTP, with no OPENID and no
 * caller at all: the signature is the only credential, and it grants nothing but recording a stage of a
 * project the committee registered. In order: the signature and its age, then the JSON, then the project;
 * any refusal writes nothing. Accepted: the nonce, the stage's revision and the project's sync time in one
 * transaction, so a repeated push (same project, stage and version) writes no second revision, and a
 * replayed request (same nonce) is refused.
 */
export async function handleTenderPush(event: HttpEvent, db: Database = getDb(), clock: () => number = now): Promise<HttpAnswer> {
  if (event.httpMethod !== 'POST') return answer(405, { ok: false, error: 'method not allowed' })
  const secret = secretOf()
  if (!secret) {
    console.error('tenderPush: TENDER_PUSH_SECRET is not set')
    return answer(500, { ok: false, error: 'not configured' })
  }
  const header = (name: string) => {
    const key = Object.keys(event.headers ?? {}).find((k) => k.toLowerCase() === name)
    return key ? event.headers[key] : undefined
  }
  const raw = event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString('utf8') : (event.body ?? '')
  const nowMs = clock()
  const signed = checkPushSignature(
    secret,
    { timestamp: header('x-tender-timestamp'), nonce: header('x-tender-nonce'), signature: header('x-tender-signature') },
    raw,
    nowMs,
  )
  if (!signed.ok) return answer(401, { ok: false, error: signed.why === 'stale' ? 'stale request' : 'bad signature' })

  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return answer(400, { ok: false, error: 'body is not JSON' })
  }
  const parsed = TenderPush.safeParse(json)
  if (!parsed.success) {
    return answer(400, { ok: false, error: 'bad push', issues: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) })
  }
  const push = parsed.data
  const project = await firstRow(collection(db, 'tenderProjects').where({ projectNo: push.projectNo }).limit(1))
  if (!project) {
    console.warn(`tenderPush: unknown project ${push.projectNo} (stage ${push.stage} v${push.version}), nothing recorded`)
    return answer(404, { ok: false, error: 'unknown project', projectNo: push.projectNo })
  }

  const names = await communityNames(db, [project.communityId])
  const community = { _id: project.communityId, name: names.get(project.communityId) ?? '' }
  const label = TENDER_STAGE_LABELS[push.stage]
  const actor = SYSTEM_ACTOR(nowMs)
  const nonce = header('x-tender-nonce')!
  const eventId = `tender:${project._id}:${push.stage}:${push.version}`
  let duplicate = false
  try {
    await db.runTransaction(async (t: Tx) => {
      if (await exists(t, 'tenderNonces', nonce)) throw new Replayed()
      await collection(t, 'tenderNonces')
        .doc(nonce)
        .set({ data: { at: new Date(nowMs) } })
      duplicate = await exists(t, 'tenderEvents', eventId)
      if (duplicate) return
      await collection(t, 'tenderEvents')
        .doc(eventId)
        .set({
          data: {
            projectId: project._id,
            communityId: project.communityId,
            stage: push.stage,
            version: push.version,
            occurredAt: new Date(push.occurredAt),
            receivedAt: new Date(nowMs),
            details: push.details,
          },
        })
      await collection(t, 'tenderProjects')
        .doc(project._id)
        .update({ data: { syncedAt: new Date(nowMs) } })
      // The committee hears of every stage change (one to-do per project, reopened by the next change) …
      const todos = todosIn(t)
      await todos.open({ kind: 'tenderStage', targetId: project._id, community, subject: project.title }, actor, `招标平台推送：${label}`)
      // … and, once the filing is approved, is reminded to publish the notice, until the platform reports it published.
      if (push.stage === 'filingReviewed' && push.details.reviewResult === 'approved') {
        await todos.open({ kind: 'tenderPublishNotice', targetId: project._id, community, subject: project.title }, actor)
      }
      if (push.stage === 'noticePublished')
        await todos.close('tenderPublishNotice', project._id, actor, 'confirmed', '招标平台已发布招标公告')
    })
  } catch (e) {
    if (e instanceof Replayed) return answer(409, { ok: false, error: 'replayed request' })
    throw e
  }
  await sweepOldNonces(db, nowMs)
  if (duplicate) return answer(200, { ok: true, duplicate: true })
  // … and those who agreed get a subscription message, once the change is committed.
  await messageCommittee(db, project, push.stage, push.occurredAt, push.details)
  const timeline = timelineOf(await eventsOf(db, project._id), nowMs)
  const step = timeline.steps.find((s) => s.stage === push.stage)
  return answer(step?.state === 'waiting' ? 202 : 200, { ok: true, state: step?.state ?? 'done' })
}

async function exists(t: Tx, name: 'tenderNonces' | 'tenderEvents', id: string): Promise<boolean> {
  try {
    const got = (await collection(t, name).doc(id).get()) as { data: unknown }
    return Boolean(got.data)
  } catch (e) {
    // Inside a transaction CloudBase answers a missing document with an error.
    if (/does not exist/.test((e as Error).message ?? '')) return false
    throw e
  }
}
