import type { CloudFile } from '@core/schemas/files'
import type { Failure } from './cloud'

/** A file to open: a stored file (its fileID and name) or an export's temporary URL. */
export interface OpenableFile {
  fileID?: string
  url?: string
  name?: string
}

/** A video picked and uploaded, with its length in whole seconds when the platform could tell it. */
export interface UploadedVideo {
  file: CloudFile
  durationS: number | null
}

/** A length the platform reported, as whole seconds; null when it is missing or not a real length. */
export function wholeSeconds(duration: number | undefined): number | null {
  return typeof duration === 'number' && Number.isFinite(duration) && duration > 0 ? Math.max(1, Math.round(duration)) : null
}

/* What files.ts and files.h5.ts answer when a file cannot be opened or stored. */
export const CANNOT_OPEN: Failure = { ok: false, code: 'OPEN_FAILED', message: '无法打开这个文件' }
export const OPEN_FAILED: Failure = { ok: false, code: 'OPEN_FAILED', message: '文件打开失败，请稍后再试' }
export const UPLOAD_FAILED: Failure = { ok: false, code: 'UPLOAD_FAILED', message: '文件上传失败，请稍后再试' }
