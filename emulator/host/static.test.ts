import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { startEmulator, type RunningEmulator } from './emulator'

/** Serving the H5 build at / with an index.html fallback, and a helpful page when there is no build. */

let dir: string
let emu: RunningEmulator

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-static-'))
  const site = path.join(dir, 'h5')
  fs.mkdirSync(path.join(site, 'js'), { recursive: true })
  fs.mkdirSync(path.join(site, 'css'))
  fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>业委会</title>')
  fs.writeFileSync(path.join(site, 'js', 'app.1234.js'), 'console.log(1)')
  fs.writeFileSync(path.join(site, 'css', 'app.css'), 'body{}')
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the site')
  emu = await startEmulator({ staticDir: site })
})
afterAll(async () => {
  await emu.close()
  fs.rmSync(dir, { recursive: true, force: true })
})

async function fetchPath(pathname: string) {
  const res = await fetch(`${emu.url}${pathname}`)
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() }
}

describe('static H5 build', () => {
  it('serves files with their content types', async () => {
    expect(await fetchPath('/')).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<!doctype html><title>业委会</title>' })
    expect(await fetchPath('/js/app.1234.js')).toEqual({ status: 200, type: 'text/javascript; charset=utf-8', body: 'console.log(1)' })
    expect((await fetchPath('/css/app.css')).type).toBe('text/css; charset=utf-8')
  })

  it('falls back to index.html for client routes, but not for missing assets', async () => {
    expect((await fetchPath('/pages/vote/index')).body).toContain('<title>业委会</title>')
    expect((await fetchPath('/pages/vote/index?id=1')).status).toBe(200)
    expect((await fetchPath('/js/missing.js')).status).toBe(404)
  })

  it('never serves files outside the build', async () => {
    for (const sneaky of ['/../secret.txt', '/%2e%2e/secret.txt', '/js/%2e%2e/%2e%2e/secret.txt']) {
      const res = await fetchPath(sneaky)
      expect(res.body).not.toContain('outside the site')
    }
  })
})

describe('without a build', () => {
  it('says in Chinese to run the build', async () => {
    fs.renameSync(path.join(dir, 'h5'), path.join(dir, 'h5-away'))
    try {
      const res = await fetchPath('/')
      expect(res.status).toBe(503)
      expect(res.body).toContain('npm run build:h5')
      expect(res.body).toContain('还没有构建')
    } finally {
      fs.renameSync(path.join(dir, 'h5-away'), path.join(dir, 'h5'))
    }
  })
})
