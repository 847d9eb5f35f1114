import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/** File IDs look like CloudBase's `cloud://<env>.<bucket>/<path>`; locally the env is `local`. */
export const LOCAL_BUCKET = 'local-bucket'
export const FILE_ID_PREFIX = `cloud://local.${LOCAL_BUCKET}/`

/** CloudBase caps a cloud path at 850 bytes. */
const MAX_PATH_BYTES = 850

/**
 * Why a cloud path is refused, or undefined when it is fine. Beyond CloudBase's own rules we
 * refuse `? # %` and backslashes so a path means the same thing on disk and inside a URL.
 */
export function cloudPathProblem(cloudPath: unknown): string | undefined {
  if (typeof cloudPath !== 'string' || cloudPath.length === 0) return '文件路径不能为空'
  if (Buffer.byteLength(cloudPath) > MAX_PATH_BYTES) return '文件路径太长（最多 850 字节）'
  if (cloudPath.startsWith('/')) return '文件路径不能以 / 开头'
  if (/[\\?#%\u0000-\u001f\u007f]/.test(cloudPath)) return '文件路径不能包含 \\ ? # % 或控制字符'
  if (cloudPath.split('/').some((part) => part === '' || part === '.' || part === '..')) return '文件路径中不能有空的一段、. 或 ..'
  return undefined
}

export class StorageError extends Error {
  constructor(
    readonly code: 'INVALID_PATH' | 'TOO_LARGE' | 'CONFLICT',
    message: string,
  ) {
    super(message)
  }
}

/** Cloud storage on the local disk: one file per cloud path under `dir`. */
export class LocalStorage {
  private readonly tmpDir: string

  constructor(
    readonly dir: string,
    private readonly secret: Buffer = randomBytes(32),
  ) {
    this.tmpDir = `${dir}.tmp`
  }

  fileIdOf(cloudPath: string): string {
    return FILE_ID_PREFIX + cloudPath
  }

  /** The cloud path inside a local file ID; undefined for IDs of other environments or bad paths. */
  cloudPathOf(fileID: unknown): string | undefined {
    if (typeof fileID !== 'string' || !fileID.startsWith(FILE_ID_PREFIX)) return undefined
    const cloudPath = fileID.slice(FILE_ID_PREFIX.length)
    return cloudPathProblem(cloudPath) ? undefined : cloudPath
  }

  exists(cloudPath: string): boolean {
    try {
      return fs.statSync(this.diskPath(cloudPath)).isFile()
    } catch {
      return false
    }
  }

  /** Streams a body to disk (temp file, then rename, so readers never see half a file). */
  async write(cloudPath: string, body: Readable | Buffer, limit = Infinity): Promise<number> {
    const problem = cloudPathProblem(cloudPath)
    if (problem) throw new StorageError('INVALID_PATH', problem)
    fs.mkdirSync(this.tmpDir, { recursive: true })
    const tmp = path.join(this.tmpDir, randomBytes(8).toString('hex'))
    let size = 0
    try {
      if (Buffer.isBuffer(body)) {
        size = body.length
        if (size > limit) throw tooLarge(limit)
        fs.writeFileSync(tmp, body)
      } else {
        // Open the temp file before streaming: a stream that opened it lazily could create it after
        // a refused body's cleanup below had already run, leaving a stray file behind.
        const sink = fs.createWriteStream(tmp, { fd: fs.openSync(tmp, 'w') })
        await pipeline(
          body,
          async function* (source: AsyncIterable<Buffer>) {
            for await (const chunk of source) {
              size += chunk.length
              if (size > limit) throw tooLarge(limit)
              yield chunk
            }
          },
          sink,
        )
      }
      const target = this.diskPath(cloudPath)
      try {
        fs.mkdirSync(path.dirname(target), { recursive: true })
        fs.renameSync(tmp, target)
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        if (code === 'ENOTDIR' || code === 'EEXIST' || code === 'EISDIR') {
          throw new StorageError('CONFLICT', '该路径与已有的文件或文件夹冲突')
        }
        throw e
      }
      return size
    } finally {
      fs.rmSync(tmp, { force: true })
    }
  }

  /** A readable stream and size, or undefined when there is no such file. */
  open(cloudPath: string): { size: number; stream: (range?: { start: number; end: number }) => fs.ReadStream } | undefined {
    if (cloudPathProblem(cloudPath)) return undefined
    const file = this.diskPath(cloudPath)
    try {
      const stat = fs.statSync(file)
      if (!stat.isFile()) return undefined
      return { size: stat.size, stream: (range) => fs.createReadStream(file, range) }
    } catch {
      return undefined
    }
  }

  read(cloudPath: string): Buffer | undefined {
    return this.open(cloudPath) ? fs.readFileSync(this.diskPath(cloudPath)) : undefined
  }

  /** Deletes the file; false when it was not there. Empty folders are left (harmless). */
  remove(cloudPath: string): boolean {
    if (!this.exists(cloudPath)) return false
    fs.rmSync(this.diskPath(cloudPath))
    return true
  }

  /** The signature getUploadMetadata hands out, so only an upload the SDK asked for can PUT a file. */
  uploadSignature(cloudPath: string): string {
    return createHmac('sha256', this.secret).update(cloudPath).digest('hex')
  }

  checkUploadSignature(cloudPath: string, signature: unknown): boolean {
    if (typeof signature !== 'string') return false
    const expected = Buffer.from(this.uploadSignature(cloudPath))
    const given = Buffer.from(signature)
    return given.length === expected.length && timingSafeEqual(given, expected)
  }

  private diskPath(cloudPath: string): string {
    const file = path.resolve(this.dir, cloudPath)
    // cloudPathProblem already forbids `..`; this is the belt to its braces.
    if (!file.startsWith(path.resolve(this.dir) + path.sep)) throw new StorageError('INVALID_PATH', '文件路径不合法')
    return file
  }
}

function tooLarge(limit: number): StorageError {
  return new StorageError('TOO_LARGE', `文件超过 ${Math.round(limit / 1024 / 1024)} MB 的上限`)
}
