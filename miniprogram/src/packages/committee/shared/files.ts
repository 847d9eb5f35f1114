import Taro from '@tarojs/taro'
import type { FileRef } from '@core/api/committee'
import type { Failure } from '../../../services/cloud'
import { cloudPathFor, isImage } from './filePaths'

/*
 * Mini program: files live in CloudBase storage (wx.cloud). The H5 build uses files.h5.ts,
 * which talks to the local emulator's /storage routes instead; both export the same functions.
 */

const OPEN_FAILED: Failure = { ok: false, code: 'OPEN_FAILED', message: '文件打开失败，请稍后再试' }
const UPLOAD_FAILED: Failure = { ok: false, code: 'UPLOAD_FAILED', message: '文件上传失败，请稍后再试' }

/** Downloads the file and shows it: pictures in the image viewer, documents in WeChat's reader. */
export async function openFile(file: FileRef): Promise<Failure | null> {
  try {
    const { tempFilePath } = await Taro.cloud.downloadFile({ fileID: file.fileID })
    if (isImage(file.name)) await Taro.previewImage({ urls: [tempFilePath] })
    else await Taro.openDocument({ filePath: tempFilePath, showMenu: true })
    return null
  } catch {
    return OPEN_FAILED
  }
}

/** Lets the person pick files from a chat and uploads them under `folder`; an empty list when she cancels. */
export async function chooseAndUpload(folder: string, max: number): Promise<FileRef[] | Failure> {
  let picked: Taro.chooseMessageFile.SuccessCallbackResult
  try {
    picked = await Taro.chooseMessageFile({ count: max, type: 'all' })
  } catch {
    return [] // cancelled
  }
  try {
    const uploaded: FileRef[] = []
    for (const [i, f] of picked.tempFiles.entries()) {
      const { fileID } = await Taro.cloud.uploadFile({ cloudPath: cloudPathFor(folder, f.name, i), filePath: f.path })
      uploaded.push({ fileID, name: f.name.slice(0, 120) })
    }
    return uploaded
  } catch {
    return UPLOAD_FAILED
  }
}
