import Taro from '@tarojs/taro'
import type { CloudFile } from '@core/schemas/files'
import { ok } from '@core/result'
import type { Failure, Result } from './cloud'
import { cloudPathFor, isImage } from '../utils/filePaths'
import { CANNOT_OPEN, OPEN_FAILED, UPLOAD_FAILED, wholeSeconds, type OpenableFile, type UploadedVideo } from './fileFailures'

/*
 * Mini program: files live in CloudBase storage (wx.cloud). The H5 build uses files.h5.ts,
 * which talks to the local emulator's /storage routes instead; both export the same functions.
 */

/** Downloads the file and shows it: pictures in the image viewer, documents in WeChat's reader. */
export async function openFile(file: OpenableFile): Promise<Failure | null> {
  if (!file.url && !file.fileID) return CANNOT_OPEN
  try {
    const { tempFilePath } = file.url
      ? await Taro.downloadFile({ url: file.url })
      : await Taro.cloud.downloadFile({ fileID: file.fileID ?? '' })
    if (file.name && isImage(file.name)) await Taro.previewImage({ urls: [tempFilePath] })
    else await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
    return null
  } catch {
    return OPEN_FAILED
  }
}

/** What a Video or Image `src` takes for a stored file: the mini program plays cloud:// file ids itself. */
export function mediaSrc(fileID: string): string {
  return fileID
}

/** What the share button says here: a mini program passes the file on in a WeChat chat. */
export const SHARE_LABEL = '发送给微信好友或群'

/** Downloads the file and opens WeChat's "send to a chat" sheet, so it can be kept or passed on. */
export async function shareFile(file: OpenableFile & { name: string }): Promise<Failure | null> {
  if (!file.url && !file.fileID) return CANNOT_OPEN
  try {
    const { tempFilePath } = file.url
      ? await Taro.downloadFile({ url: file.url })
      : await Taro.cloud.downloadFile({ fileID: file.fileID ?? '' })
    await Taro.shareFileMessage({ filePath: tempFilePath, fileName: file.name })
    return null
  } catch {
    return OPEN_FAILED
  }
}

/** Lets the person pick files from a chat and uploads them under `folder`; an empty list when she cancels. */
export async function pickAndUpload(folder: string, max: number): Promise<Result<CloudFile[]>> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: max, type: 'all' })
  } catch {
    return ok([]) // cancelled
  }
  try {
    const uploaded: CloudFile[] = []
    for (const [i, f] of picked.tempFiles.entries()) {
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(folder, f.name, i), filePath: f.path })
      uploaded.push({ fileID, name: f.name.slice(0, 120) })
    }
    return ok(uploaded)
  } catch {
    return UPLOAD_FAILED
  }
}

/**
 * Lets the person pick one video (album or camera) and uploads it under `folder`, with the length WeChat reports;
 * an empty list when she cancels.
 */
export async function pickAndUploadVideo(folder: string): Promise<Result<UploadedVideo[]>> {
  let picked: Taro.chooseMedia.SuccessCallbackResult
  try {
    picked = await Taro.chooseMedia({ count: 1, mediaType: ['video'], sourceType: ['album', 'camera'] })
  } catch {
    return ok([]) // cancelled
  }
  const video = picked.tempFiles[0]
  if (!video) return ok([])
  try {
    const name = video.tempFilePath.split('/').pop() ?? 'video.mp4'
    const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(folder, name, 0), filePath: video.tempFilePath })
    return ok([{ file: { fileID, name: name.slice(0, 120) }, durationS: wholeSeconds(video.duration) }])
  } catch {
    return UPLOAD_FAILED
  }
}
