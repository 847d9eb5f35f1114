import { Readable } from 'node:stream'
import zlib from 'node:zlib'

/**
 * An .xlsx is a zip: a 2 MB file can inflate to gigabytes (a 2,000,000-row sheet is mostly the same
 * bytes over and over). Before anything parses it, every entry is inflated once as a stream and
 * counted — what its directory declares is not trusted — and the file is refused as soon as one
 * entry or the whole passes its bound. Memory stays one chunk; the event loop is free between chunks.
 */
export interface ZipBounds {
  entryBytes: number
  totalBytes: number
}

export type ZipCheck = { ok: true } | { ok: false; reason: 'entry' | 'total' | 'corrupt' }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export async function checkZipBounds(content: Buffer, bounds: ZipBounds): Promise<ZipCheck> {
  const entries = centralDirectory(content)
  if (!entries) return { ok: false, reason: 'corrupt' }
  let total = 0
  for (const entry of entries) {
    const start = dataStart(content, entry.localOffset)
    if (start === undefined || start + entry.compressedSize > content.length) return { ok: false, reason: 'corrupt' }
    const data = content.subarray(start, start + entry.compressedSize)
    const budget = Math.min(bounds.entryBytes, bounds.totalBytes - total)
    const size = entry.method === 0 ? data.length : await inflatedSize(data, budget)
    if (size === 'corrupt') return { ok: false, reason: 'corrupt' }
    if (size > budget) return { ok: false, reason: size > bounds.entryBytes ? 'entry' : 'total' }
    total += size
  }
  return { ok: true }
}

interface Entry {
  method: number
  compressedSize: number
  localOffset: number
}

/** The entries the zip's central directory lists (undefined: not a zip we can read). */
function centralDirectory(content: Buffer): Entry[] | undefined {
  // The end record sits in the last 22 bytes plus a comment of at most 65,535.
  const from = Math.max(0, content.length - 22 - 0xffff)
  let eocd = -1
  for (let i = content.length - 22; i >= from; i--) {
    if (content.readUInt32LE(i) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) return undefined
  const count = content.readUInt16LE(eocd + 10)
  let at = content.readUInt32LE(eocd + 16)
  const entries: Entry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > content.length || content.readUInt32LE(at) !== CENTRAL) return undefined
    const method = content.readUInt16LE(at + 10)
    const compressedSize = content.readUInt32LE(at + 20)
    const localOffset = content.readUInt32LE(at + 42)
    // Zip64 (sizes of 4 GB and more) and methods other than stored/deflate: no register needs them.
    if ((method !== 0 && method !== 8) || compressedSize === 0xffffffff || localOffset === 0xffffffff) return undefined
    entries.push({ method, compressedSize, localOffset })
    at += 46 + content.readUInt16LE(at + 28) + content.readUInt16LE(at + 30) + content.readUInt16LE(at + 32)
  }
  return entries
}

function dataStart(content: Buffer, localOffset: number): number | undefined {
  if (localOffset + 30 > content.length || content.readUInt32LE(localOffset) !== LOCAL) return undefined
  return localOffset + 30 + content.readUInt16LE(localOffset + 26) + content.readUInt16LE(localOffset + 28)
}

/** Bytes the deflated data gives, counted chunk by chunk; stops once past `budget`. */
async function inflatedSize(data: Buffer, budget: number): Promise<number | 'corrupt'> {
  const inflate = zlib.createInflateRaw()
  let size = 0
  try {
    for await (const chunk of Readable.from([data]).pipe(inflate)) {
      size += (chunk as Buffer).length
      if (size > budget) {
        inflate.destroy()
        return size
      }
    }
  } catch {
    return 'corrupt'
  }
  return size
}
