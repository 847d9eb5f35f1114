import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { startTestEmulator, type TestEmulator } from '../testing'

/** Cloud storage: the real wx-server-sdk inside a function, and the H5 client's HTTP endpoints. */

let emu: TestEmulator
let dir: string

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-storage-'))
  emu = await startTestEmulator({ file: path.join(dir, 'db.sqlite') })
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

const upload = (cloudPath: string, body: Buffer | string) =>
  fetch(`${emu.url}/storage/upload?path=${encodeURIComponent(cloudPath)}`, { method: 'POST', body })

describe('storage through wx-server-sdk', () => {
  it('uploads, lists a temp URL, downloads and deletes (cloud.uploadFile … deleteFile)', async () => {
    const res = await emu.call('echo', { action: 'storage', cloudPath: '公告/2026 第1期.txt', content: '停水通知' }, { openid: 'o-1' })
    expect(res).toEqual({
      ok: true,
      data: {
        fileID: 'cloud://local.local-bucket/公告/2026 第1期.txt',
        tempFileURL: `${emu.url}/storage/公告/2026 第1期.txt`,
        downloaded: '停水通知',
        deleteStatus: 0,
        statusAfterDelete: -503003, // STORAGE_FILE_NONEXIST
      },
    })
    expect(fs.existsSync(path.join(dir, 'storage', '公告', '2026 第1期.txt'))).toBe(false)
  })

  it('reads from a function a file the H5 client uploaded over HTTP', async () => {
    const answer = await (await upload('avatars/o-2.txt', '头像')).json()
    expect(answer).toEqual({ fileID: 'cloud://local.local-bucket/avatars/o-2.txt' })
    expect(fs.readFileSync(path.join(dir, 'storage', 'avatars', 'o-2.txt'), 'utf8')).toBe('头像')
    const res = await emu.call('echo', { action: 'download', fileID: answer.fileID })
    expect(res).toEqual({ ok: true, data: { tempFileURL: `${emu.url}/storage/avatars/o-2.txt`, content: '头像' } })
  })
})

describe('byte ranges (what a <video> asks for to seek)', () => {
  const body = Buffer.from('0123456789')
  beforeAll(async () => {
    await upload('training/range.mp4', body)
  })
  const get = (range?: string) => fetch(`${emu.url}/storage/training/range.mp4`, range ? { headers: { range } } : {})

  it('says it serves ranges, and answers one with 206 and exactly those bytes', async () => {
    const whole = await get()
    expect(whole.status).toBe(200)
    expect(whole.headers.get('accept-ranges')).toBe('bytes')
    const part = await get('bytes=2-5')
    expect(part.status).toBe(206)
    expect(part.headers.get('content-range')).toBe('bytes 2-5/10')
    expect(await part.text()).toBe('2345')
    expect(await (await get('bytes=7-')).text()).toBe('789')
    expect(await (await get('bytes=-3')).text()).toBe('789')
    expect((await get('bytes=4-100')).headers.get('content-range')).toBe('bytes 4-9/10')
  })

  it('refuses a range past the end with 416', async () => {
    const res = await get('bytes=20-30')
    expect(res.status).toBe(416)
    expect(res.headers.get('content-range')).toBe('bytes */10')
  })
})

/** A GET whose path goes out exactly as written (fetch's URL parser would resolve `..` and `%2e%2e` first). */
function rawGet(rawPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(emu.url)
  return new Promise((resolve, reject) => {
    const req = http.request({ hostname, port, path: rawPath, method: 'GET' }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }))
    })
    req.on('error', reject)
    req.end()
  })
}

describe('storage over HTTP', () => {
  it('serves an uploaded file at its temp URL with its content type, GET and HEAD', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3])
    await upload('照片/门口.png', png)
    const res = await fetch(encodeURI(`${emu.url}/storage/照片/门口.png`))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(png)
    const head = await fetch(encodeURI(`${emu.url}/storage/照片/门口.png`), { method: 'HEAD' })
    expect(head.headers.get('content-length')).toBe(String(png.length))
  })

  it('answers 404 for a missing file and 400 for a bad path', async () => {
    expect((await fetch(`${emu.url}/storage/nothing/here.txt`)).status).toBe(404)
    for (const bad of ['', '/abs.txt', 'a/../b.txt', 'a//b.txt', 'q?.txt']) {
      const res = await upload(bad, 'x')
      expect(res.status).toBe(400)
      expect((await res.json()).errMsg).toMatch(/路径/)
    }
  })

  it('never serves a path that climbs out by dot segments, percent-encoded or not (fetch would normalise them, so raw requests)', async () => {
    await upload('committee/binhai/a.txt', '滨海的文件')
    expect(await rawGet('/storage/committee/binhai/a.txt')).toEqual({ status: 200, body: '滨海的文件' })
    for (const sneaky of [
      '/storage/committee/cuihu/%2e%2e/binhai/a.txt',
      '/storage/committee/cuihu/%2E%2E/binhai/a.txt',
      '/storage/committee/cuihu/.%2e/binhai/a.txt',
      '/storage/committee/cuihu/../binhai/a.txt',
      '/storage/committee/cuihu/./../binhai/a.txt',
      '/storage/committee/cuihu/%252e%252e/binhai/a.txt',
      '/storage/committee/cuihu/..%2fbinhai%2fa.txt',
      '/storage/committee//binhai/a.txt',
      '/x/../storage/committee/binhai/a.txt',
    ]) {
      const res = await rawGet(sneaky)
      expect([sneaky, res.status]).toEqual([sneaky, 404])
      expect(res.body).not.toContain('滨海的文件')
    }
  })

  it('refuses an SDK-style PUT without the signature from getUploadMetadata', async () => {
    const res = await fetch(`${emu.url}/storage/sneaky.txt`, { method: 'PUT', body: 'x' })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('SignatureDoesNotMatch')
    expect((await fetch(`${emu.url}/storage/sneaky.txt`)).status).toBe(404)
  })

  it('replaces a file uploaded again to the same path', async () => {
    await upload('docs/a.txt', 'one')
    await upload('docs/a.txt', 'two')
    expect(await (await fetch(`${emu.url}/storage/docs/a.txt`)).text()).toBe('two')
  })
})
