import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { handleStorageAction } from './actions'
import { cloudPathProblem, LocalStorage } from './index'

describe('cloudPathProblem', () => {
  it.each(['a.txt', '公告/2026 第1期.pdf', 'a/b/c-d_e.png'])('accepts %s', (p) => {
    expect(cloudPathProblem(p)).toBeUndefined()
  })
  it.each(['', '/a', 'a/../b', './a', 'a//b', 'a/', 'a\\b', 'a?b', 'a#b', 'a%20b', 'a\nb', 'x'.repeat(851)])('refuses %j', (p) => {
    expect(cloudPathProblem(p)).toEqual(expect.any(String))
  })
})

describe('LocalStorage', () => {
  let dir: string
  let storage: LocalStorage
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-files-'))
    storage = new LocalStorage(path.join(dir, 'storage'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  it('writes buffers and streams, reads and removes them', async () => {
    await storage.write('a/b.txt', Buffer.from('buffer'))
    await storage.write('a/c.txt', Readable.from([Buffer.from('str'), Buffer.from('eam')]))
    expect(storage.read('a/b.txt')?.toString()).toBe('buffer')
    expect(storage.read('a/c.txt')?.toString()).toBe('stream')
    expect(storage.remove('a/b.txt')).toBe(true)
    expect(storage.remove('a/b.txt')).toBe(false)
    expect(storage.exists('a/b.txt')).toBe(false)
  })

  it('refuses a body over the limit and leaves nothing behind', async () => {
    await expect(storage.write('big.bin', Readable.from([Buffer.alloc(6), Buffer.alloc(6)]), 10)).rejects.toMatchObject({
      code: 'TOO_LARGE',
    })
    expect(storage.exists('big.bin')).toBe(false)
    expect(fs.readdirSync(path.join(dir, 'storage.tmp'))).toEqual([])
  })

  it('reports a path that collides with a file as a folder', async () => {
    await storage.write('x', Buffer.from('1'))
    await expect(storage.write('x/y', Buffer.from('2'))).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('maps file IDs both ways and ignores other environments', () => {
    expect(storage.fileIdOf('a/b.txt')).toBe('cloud://local.local-bucket/a/b.txt')
    expect(storage.cloudPathOf('cloud://local.local-bucket/a/b.txt')).toBe('a/b.txt')
    expect(storage.cloudPathOf('cloud://prod-1a2b.7072-prod/a/b.txt')).toBeUndefined()
    expect(storage.cloudPathOf('cloud://local.local-bucket/../etc/passwd')).toBeUndefined()
  })

  it('signs upload URLs per path', () => {
    const sig = storage.uploadSignature('a.txt')
    expect(storage.checkUploadSignature('a.txt', sig)).toBe(true)
    expect(storage.checkUploadSignature('b.txt', sig)).toBe(false)
    expect(storage.checkUploadSignature('a.txt', undefined)).toBe(false)
  })

  it('answers the storage.* actions in the shapes @cloudbase/node-sdk reads', async () => {
    await storage.write('a.txt', Buffer.from('1'))
    const base = 'http://127.0.0.1:1'
    const meta = handleStorageAction(storage, { action: 'storage.getUploadMetadata', path: '图/一.png' }, base) as {
      data: Record<string, string>
    }
    expect(meta.data).toMatchObject({ url: `${base}/storage/%E5%9B%BE/%E4%B8%80.png`, fileId: 'cloud://local.local-bucket/图/一.png' })
    expect(handleStorageAction(storage, { action: 'storage.getUploadMetadata', path: '/bad' }, base)).toMatchObject({
      code: 'INVALID_PARAM',
    })
    const urls = handleStorageAction(
      storage,
      {
        action: 'storage.batchGetDownloadUrl',
        file_list: [{ fileid: 'cloud://local.local-bucket/a.txt', max_age: 60 }, { fileid: 'cloud://local.local-bucket/none.txt' }],
      },
      base,
    )
    expect(urls).toMatchObject({
      data: {
        download_list: [
          { code: 'SUCCESS', fileID: 'cloud://local.local-bucket/a.txt', tempFileURL: `${base}/storage/a.txt`, maxAge: 60 },
          { code: 'STORAGE_FILE_NONEXIST', tempFileURL: '' },
        ],
      },
    })
    const deleted = handleStorageAction(
      storage,
      { action: 'storage.batchDeleteFile', fileid_list: ['cloud://local.local-bucket/a.txt', 'cloud://x.y/z'] },
      base,
    )
    expect(deleted).toMatchObject({ data: { delete_list: [{ code: 'SUCCESS' }, { code: 'STORAGE_FILE_NONEXIST' }] } })
    expect(handleStorageAction(storage, { action: 'storage.batchCopyFile' }, base)).toMatchObject({ code: 'INVALID_PARAM' })
    expect(handleStorageAction(storage, { action: 'database.getDocument' }, base)).toBeUndefined()
  })
})
