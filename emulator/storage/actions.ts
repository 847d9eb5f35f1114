import { randomUUID } from 'node:crypto'
import { cloudPathProblem, type LocalStorage } from './index'

/** How long CloudBase says a temp URL lives by default (locally they never expire). */
const DEFAULT_MAX_AGE_S = 86400

/** Percent-encodes each segment: the SDK hands the upload URL to http.request unchanged. */
export function encodeCloudPath(cloudPath: string): string {
  return cloudPath.split('/').map(encodeURIComponent).join('/')
}

/**
 * The temp URL as CloudBase returns it: NOT percent-encoded, because the SDK runs `encodeURI`
 * on it before downloading (and browsers encode an <img src> themselves).
 */
export function downloadUrl(baseUrl: string, cloudPath: string): string {
  return `${baseUrl}/storage/${cloudPath}`
}

interface StorageFailure {
  code: string
  message: string
  requestId: string
}

/**
 * Answers the `storage.*` actions @cloudbase/node-sdk 3.17.2 POSTs to serviceUrl for
 * cloud.uploadFile / getTempFileURL / downloadFile / deleteFile. Undefined for other actions.
 */
export function handleStorageAction(storage: LocalStorage, body: Record<string, unknown>, baseUrl: string): object | undefined {
  const requestId = randomUUID()
  switch (body.action) {
    case 'storage.getUploadMetadata': {
      const cloudPath = body.path
      const problem = cloudPathProblem(cloudPath)
      if (problem) return failure('INVALID_PARAM', problem, requestId)
      const p = cloudPath as string
      return {
        requestId,
        data: {
          url: `${baseUrl}/storage/${encodeCloudPath(p)}`,
          token: 'local',
          authorization: storage.uploadSignature(p),
          fileId: storage.fileIdOf(p),
          cosFileId: 'local',
          download_url: downloadUrl(baseUrl, p),
        },
      }
    }
    case 'storage.batchGetDownloadUrl': {
      const list = body.file_list
      if (!Array.isArray(list)) return failure('INVALID_PARAM', 'file_list 必须是数组', requestId)
      const download_list = list.map((item: { fileid?: unknown; max_age?: unknown }) => {
        const fileID = String(item?.fileid ?? '')
        const maxAge = typeof item?.max_age === 'number' ? item.max_age : DEFAULT_MAX_AGE_S
        const cloudPath = storage.cloudPathOf(fileID)
        if (!cloudPath || !storage.exists(cloudPath)) {
          return { code: 'STORAGE_FILE_NONEXIST', message: '文件不存在', fileID, tempFileURL: '', maxAge }
        }
        return { code: 'SUCCESS', fileID, tempFileURL: downloadUrl(baseUrl, cloudPath), maxAge }
      })
      return { requestId, data: { download_list } }
    }
    case 'storage.batchDeleteFile': {
      const list = body.fileid_list
      if (!Array.isArray(list)) return failure('INVALID_PARAM', 'fileid_list 必须是数组', requestId)
      const delete_list = list.map((fileID: unknown) => {
        const cloudPath = storage.cloudPathOf(fileID)
        const removed = cloudPath !== undefined && storage.remove(cloudPath)
        return removed ? { code: 'SUCCESS', fileID } : { code: 'STORAGE_FILE_NONEXIST', message: '文件不存在', fileID }
      })
      return { requestId, data: { delete_list } }
    }
    default:
      return typeof body.action === 'string' && body.action.startsWith('storage.')
        ? failure('INVALID_PARAM', `本地模拟器不支持 ${body.action}`, requestId)
        : undefined
  }
}

function failure(code: string, message: string, requestId: string): StorageFailure {
  return { code, message, requestId }
}
