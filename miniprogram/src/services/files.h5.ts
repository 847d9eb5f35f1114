import type { CloudFile } from '@core/schemas/files'
import { ok } from '@core/result'
import type { Failure, Result } from './cloud'
import { cloudPathFor } from '../utils/filePaths'
import { CANNOT_OPEN, UPLOAD_FAILED, wholeSeconds, type OpenableFile, type UploadedVideo } from './fileFailures'

/* H5 (local emulator): files are read from and written to the emulator's /storage routes. */

/** Opens the file in a new tab; `cloud://<env>.<bucket>/<path>` is served at `/storage/<path>`. */
export async function openFile(file: OpenableFile): Promise<Failure | null> {
  const url = file.url ?? (file.fileID ? storageUrlOf(file.fileID) : null)
  if (!url) return CANNOT_OPEN
  window.open(url, '_blank')
  return null
}

/** What a <video> or <img> `src` takes for a stored file: a browser cannot fetch cloud:// ids, so the storage URL. */
export function mediaSrc(fileID: string): string {
  return storageUrlOf(fileID) ?? fileID
}

/** What the share button says here: a browser saves the file. */
export const SHARE_LABEL = '下载到本机'

/** Saves the file under its name (a download link the browser follows). */
export async function shareFile(file: OpenableFile & { name: string }): Promise<Failure | null> {
  const url = file.url ?? (file.fileID ? storageUrlOf(file.fileID) : null)
  if (!url) return CANNOT_OPEN
  const link = document.createElement('a')
  link.href = url
  link.download = file.name
  link.style.display = 'none'
  document.body.appendChild(link)
  link.click()
  link.remove()
  return null
}

export async function pickAndUpload(folder: string, max: number): Promise<Result<CloudFile[]>> {
  const files = (await pickFiles({ multiple: true })).slice(0, max)
  try {
    const uploaded: CloudFile[] = []
    for (const [i, f] of files.entries()) {
      const stored = await upload(folder, f, i)
      if (!stored.ok) return stored
      uploaded.push(stored.data)
    }
    return ok(uploaded)
  } catch {
    return UPLOAD_FAILED
  }
}

/** One video from a file chooser, uploaded under `folder`, with the length its metadata gives; empty when closed. */
export async function pickAndUploadVideo(folder: string): Promise<Result<UploadedVideo[]>> {
  const [video] = await pickFiles({ multiple: false, accept: 'video/*' })
  if (!video) return ok([])
  try {
    const [stored, durationS] = await Promise.all([upload(folder, video, 0), videoSeconds(video)])
    return stored.ok ? ok([{ file: stored.data, durationS }]) : stored
  } catch {
    return UPLOAD_FAILED
  }
}

async function upload(folder: string, f: File, index: number): Promise<Result<CloudFile>> {
  const query = new URLSearchParams({ path: cloudPathFor(folder, f.name, index) })
  const response = await fetch(`/storage/upload?${query.toString()}`, { method: 'POST', body: f, credentials: 'include' })
  const body = (await response.json()) as { fileID?: string; errMsg?: string }
  if (!response.ok || !body.fileID) return { ...UPLOAD_FAILED, message: body.errMsg ?? UPLOAD_FAILED.message }
  return ok({ fileID: body.fileID, name: f.name.slice(0, 120) })
}

/** The video's length from its metadata (a detached <video> element); null when the browser cannot read it. */
function videoSeconds(f: File): Promise<number | null> {
  return new Promise((resolve) => {
    const url = URL.createObjectURL(f)
    const video = document.createElement('video')
    const done = (seconds: number | null) => {
      URL.revokeObjectURL(url)
      resolve(seconds)
    }
    video.preload = 'metadata'
    video.addEventListener('loadedmetadata', () => done(wholeSeconds(video.duration)))
    video.addEventListener('error', () => done(null))
    video.src = url
  })
}

function storageUrlOf(fileID: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return match ? `/storage/${match[1].split('/').map(encodeURIComponent).join('/')}` : null
}

/** A hidden file input; resolves with nothing when the person closes the chooser. */
function pickFiles(how: { multiple: boolean; accept?: string }): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = how.multiple
    if (how.accept) input.accept = how.accept
    input.style.display = 'none'
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []))
      input.remove()
    })
    input.addEventListener('cancel', () => {
      resolve([])
      input.remove()
    })
    document.body.appendChild(input)
    input.click()
  })
}
