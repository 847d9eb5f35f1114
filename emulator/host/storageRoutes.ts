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

/** `GET|HEAD /storage/<cloud path>`: what temp URLs point at. */
export function handleDownload(storage: LocalStorage, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const cloudPath = cloudPathFromUrl(pathname)
  const file = cloudPath === undefined ? undefined : storage.open(cloudPath)
  if (!file || cloudPath === undefined) return cosError(res, 404, 'NoSuchKey', '文件不存在')
  res.writeHead(200, {
    'content-type': contentTypeFor(cloudPath),
    'content-length': file.size,
    'cache-control': 'no-cache',
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = file.stream()
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

/** Errors in the XML shape COS answers, which the SDK's upload parses. */
function cosError(res: ServerResponse, status: number, code: string, message: string): void {
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<Error><Code>${code}</Code><Message>${message}</Message>` +
    '<Resource>local</Resource><RequestId>local</RequestId><TraceId>local</TraceId></Error>'
  res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8', 'content-length': Buffer.byteLength(xml) })
  res.end(xml)
}
