import type { CloudFile } from '@core/schemas/files'
import { ok } from '@core/result'
import type { Failure, Result } from './cloud'
import { cloudPathFor } from '../utils/filePaths'
import { CANNOT_OPEN, UPLOAD_FAILED, type OpenableFile } from './fileFailures'

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
  const files = (await pickFiles()).slice(0, max)
  try {
    const uploaded: CloudFile[] = []
    for (const [i, f] of files.entries()) {
      const query = new URLSearchParams({ path: cloudPathFor(folder, f.name, i) })
      const response = await fetch(`/storage/upload?${query.toString()}`, { method: 'POST', body: f, credentials: 'include' })
      const body = (await response.json()) as { fileID?: string; errMsg?: string }
      if (!response.ok || !body.fileID) return { ...UPLOAD_FAILED, message: body.errMsg ?? UPLOAD_FAILED.message }
      uploaded.push({ fileID: body.fileID, name: f.name.slice(0, 120) })
    }
    return ok(uploaded)
  } catch {
    return UPLOAD_FAILED
  }
}

function storageUrlOf(fileID: string): string | null {
  const match = /^cloud:\/\/[^/]+\/(.+)$/.exec(fileID)
  return match ? `/storage/${match[1].split('/').map(encodeURIComponent).join('/')}` : null
}

/** A hidden file input; resolves with nothing when the person closes the chooser. */
function pickFiles(): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.multiple = true
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
