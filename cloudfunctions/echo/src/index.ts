/**
 * DEV FIXTURE, not a product function (never deploy it): the emulator's own tests call it to
 * prove hosting, per-call identity, the real wx-server-sdk storage and the shared clock.
 */
import { getCloud, getDb } from '../../../server/cloud'
import { callerIdentity, now } from '../../../server/context'
import { rows } from '../../../server/db'
import { ok, type Result } from '../../../core/result'

type Event = { action?: string; [key: string]: unknown }
type Listed = { fileList: Array<{ tempFileURL?: string; status: number }> }

export async function main(event: Event): Promise<Result<unknown>> {
  const { userInfo, ...input } = event ?? {}
  switch (input.action) {
    case 'whoami':
      return ok(await whoami(input, userInfo))
    case 'serverDate':
      return ok(await serverDate())
    case 'storage':
      return ok(await storageRoundTrip(String(input.cloudPath), String(input.content)))
    case 'download': {
      const cloud = getCloud()
      const [url] = ((await cloud.getTempFileURL({ fileList: [String(input.fileID)] })) as Listed).fileList
      const file = await cloud.downloadFile({ fileID: String(input.fileID) })
      return ok({ tempFileURL: url.tempFileURL, content: file.fileContent.toString('utf8') })
    }
    case 'reads':
      return ok(await reads(Number(input.count) || 1))
    case 'nested': {
      const res = (await getCloud().callFunction({ name: 'echo', data: { action: 'whoami', tag: input.tag } })) as { result: unknown }
      return ok(res.result)
    }
    case 'outbox':
      await getDb().collection('outbox').add({ data: { ...(input.message as object), at: new Date(now()) } })
      return ok(null)
    case 'throw':
      throw new Error(String(input.message ?? 'echo 故意抛出的错误'))
    default:
      return ok({ input })
  }
}

/** Reads identity before and after real database round trips, so interleaved calls would show a mix-up. */
async function whoami(input: Record<string, unknown>, userInfo: unknown) {
  const before = callerIdentity()
  await rows(getDb().collection('echo').where({ _id: 'nobody' }).limit(1))
  await new Promise((resolve) => setImmediate(resolve))
  const after = callerIdentity()
  return { before, after, tag: input.tag, userInfo, now: now() }
}

async function serverDate() {
  const db = getDb()
  const added = (await db.collection('echo').add({ data: { at: db.serverDate() } })) as { _id: string }
  const doc = (await db.collection('echo').doc(added._id).get()) as unknown as { data: { at: Date } }
  return { at: doc.data.at, clockNow: now() }
}

async function reads(count: number) {
  for (let i = 0; i < count; i++) await rows(getDb().collection('echo').where({ _id: `r${i}` }).limit(1))
  return { count }
}

async function storageRoundTrip(cloudPath: string, content: string) {
  const cloud = getCloud()
  const uploaded = await cloud.uploadFile({ cloudPath, fileContent: Buffer.from(content) })
  const urls = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as Listed
  const downloaded = await cloud.downloadFile({ fileID: uploaded.fileID })
  const deleted = (await cloud.deleteFile({ fileList: [uploaded.fileID] })) as Listed
  const afterDelete = (await cloud.getTempFileURL({ fileList: [uploaded.fileID] })) as Listed
  return {
    fileID: uploaded.fileID,
    tempFileURL: urls.fileList[0].tempFileURL,
    downloaded: downloaded.fileContent.toString('utf8'),
    deleteStatus: deleted.fileList[0].status,
    statusAfterDelete: afterDelete.fileList[0].status,
  }
}
