import { getCloud } from '../cloud'

/*
 * Cloud storage for what the vote publishes (the ballot list behind the digest) and exports
 * (the non-participant xlsx). Storage calls are not database operations.
 */

export async function uploadFile(cloudPath: string, content: Buffer): Promise<string> {
  const { fileID } = (await getCloud().uploadFile({ cloudPath, fileContent: content })) as { fileID: string }
  return fileID
}

export async function tempUrlOf(fileID: string): Promise<string> {
  const answer = (await getCloud().getTempFileURL({ fileList: [fileID] })) as { fileList: Array<{ tempFileURL: string }> }
  return answer.fileList[0]?.tempFileURL ?? ''
}

/** Published files never change (their path carries their hash), so an instance may keep them. */
const published = new Map<string, string>()

export async function downloadText(fileID: string): Promise<string> {
  const cached = published.get(fileID)
  if (cached !== undefined) return cached
  const { fileContent } = (await getCloud().downloadFile({ fileID })) as { fileContent: Buffer }
  const text = fileContent.toString('utf8')
  if (published.size > 20) published.clear()
  published.set(fileID, text)
  return text
}
