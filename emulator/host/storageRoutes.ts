import type { IncomingMessage, ServerResponse } from 'node:http'
import { StorageError, type LocalStorage } from '../storage/index'
import { contentTypeFor } from './mime'
import { MB, sendJson } from './http'

/** Uploads bigger than this are refused (the emulator keeps files on the local disk). */
export const UPLOAD_LIMIT = 100 * MB

/** `/storage/<cloud path>`, as the request wrote it → the cloud path (undefined for anything else, or broken percent-encoding). */
export function cloudPathFromUrl(pathname: string): string | undefined {
  if (!pathname.startsWith('/storage/')) return undefined
  try {
    return decodeURIComponent(pathname.slice('/storage/'.length))
  } catch {
    return undefined
  }
}

/** `POST /storage/upload?path=<cloud path>` with the raw file as body → `{ fileID }` (the H5 client's wx.cloud.uploadFile). */
export async function handleHttpUpload(storage: LocalStorage, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const cloudPath = url.searchParams.get('path') ?? ''
  try {
    await storage.write(cloudPath, req, UPLOAD_LIMIT)
    sendJson(res, 200, { fileID: storage.fileIdOf(cloudPath) })
  } catch (e) {
    if (!(e instanceof StorageError)) throw e
    req.resume() // let the client finish sending so it can read the answer
    sendJson(res, e.code === 'TOO_LARGE' ? 413 : 400, { errCode: -1, errMsg: e.message })
  }
}

/** `PUT /storage/<cloud path>`: the COS-style upload @cloudbase/node-sdk makes after storage.getUploadMetadata. */
export async function handleSdkUpload(storage: LocalStorage, req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> {
  const cloudPath = cloudPathFromUrl(pathname)
  if (cloudPath === undefined || !storage.checkUploadSignature(cloudPath, req.headers.authorization)) {
    req.resume()
    return cosError(res, 403, 'SignatureDoesNotMatch', '上传签名不正确：请先调用 storage.getUploadMetadata')
  }
  try {
    await storage.write(cloudPath, req, UPLOAD_LIMIT)
    res.writeHead(200, { 'content-length': 0 })
    res.end()
  } catch (e) {
    if (!(e instanceof StorageError)) throw e
    req.resume()
    cosError(res, e.code === 'TOO_LARGE' ? 413 : 400, e.code === 'TOO_LARGE' ? 'EntityTooLarge' : 'InvalidArgument', e.message)
  }
}

/**
 * `GET|HEAD /storage/<cloud path>`: what temp URLs point at. Like COS it serves one byte range (`Range: bytes=a-b`,
 * `a-`, `-n`) with 206: a <video> needs that to seek, and to start where one stopped.
 */
export function handleDownload(storage: LocalStorage, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const cloudPath = cloudPathFromUrl(pathname)
  const file = cloudPath === undefined ? undefined : storage.open(cloudPath)
  if (!file || cloudPath === undefined) return cosError(res, 404, 'NoSuchKey', '文件不存在')
  const range = byteRange(req.headers.range, file.size)
  if (range === 'unsatisfiable') {
    res.writeHead(416, { 'content-range': `bytes */${file.size}`, 'accept-ranges': 'bytes', 'content-length': 0 })
    res.end()
    return
  }
  res.writeHead(range ? 206 : 200, {
    'content-type': contentTypeFor(cloudPath),
    'content-length': range ? range.end - range.start + 1 : file.size,
    'accept-ranges': 'bytes',
    'cache-control': 'no-cache',
    ...(range ? { 'content-range': `bytes ${range.start}-${range.end}/${file.size}` } : {}),
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = file.stream(range ?? undefined)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

/** One range of a `Range` header (inclusive ends), null for none or one we do not serve (several ranges: the whole file). */
function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | 'unsatisfiable' {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null
  if (!match || (match[1] === '' && match[2] === '')) return null
  if (match[1] === '') {
    const last = Math.min(Number(match[2]), size)
    return last === 0 ? 'unsatisfiable' : { start: size - last, end: size - 1 }
  }
  const start = Number(match[1])
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)
  return start >= size || end < start ? 'unsatisfiable' : { start, end }
}

/** Errors in the XML shape COS answers, which the SDK's upload parses. */
function cosError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
    '<Resource>local</Resource><RequestId>local</RequestId><TraceId>local</TraceId></Error>'
  res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) })
  res.end(xml)
}
