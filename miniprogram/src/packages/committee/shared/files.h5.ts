import type { FileRef } from '@core/api/committee'
import type { Failure } from '../../../services/cloud'
import { cloudPathFor } from './filePaths'

/* H5 (local emulator): files are read from and written to the emulator's /storage routes. */

const UPLOAD_FAILED: Failure = { ok: false, code: 'UPLOAD_FAILED', message: '文件上传失败，请稍后再试' }

/** Opens the file in a new tab; `cloud://<env>.<bucket>/<path>` is served at `/storage/<path>`. */
export async function openFile(file: FileRef): Promise<Failure | null> {
  const path = file.fileID.replace(/^cloud:\/\/[^/]+\//, '')
  window.open(`/storage/${path.split('/').map(encodeURIComponent).join('/')}`, '_blank')
  return null
}

export async function chooseAndUpload(folder: string, max: number): Promise<FileRef[] | Failure> {
  const files = (await pickFiles()).slice(0, max)
  try {
    const uploaded: FileRef[] = []
    for (const [i, f] of files.entries()) {
      const response = await fetch(`/storage/upload?path=${encodeURIComponent(cloudPathFor(folder, f.name, i))}`, {
        method: 'POST', body: f, credentials: 'include',
      })
      const body = (await response.json()) as { fileID?: string; errMsg?: string }
      if (!response.ok || !body.fileID) return { ...UPLOAD_FAILED, message: body.errMsg ?? UPLOAD_FAILED.message }
      uploaded.push({ fileID: body.fileID, name: f.name.slice(0, 120) })
    }
    return uploaded
  } catch {
    return UPLOAD_FAILED
  }
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
