import fs from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import { contentTypeFor } from './mime'
import { sendHtml, sendText } from './http'

/**
 * Serves the H5 build. Paths without a file extension (client routes) fall back to
 * index.html; a missing asset with an extension is a 404 so a broken build shows as one
 * instead of as HTML parsed for JavaScript.
 */
export function serveStatic(staticDir: string, req: IncomingMessage, res: ServerResponse, pathname: string): void {
  const index = path.join(staticDir, 'index.html')
  if (!fs.existsSync(index)) return sendHtml(res, 503, missingBuildPage(staticDir))
  let relative: string
  try {
    relative = decodeURIComponent(pathname)
  } catch {
    return sendText(res, 400, '路径编码不正确')
  }
  const file = path.resolve(staticDir, '.' + path.posix.normalize('/' + relative))
  const inside = file === path.resolve(staticDir) || file.startsWith(path.resolve(staticDir) + path.sep)
  if (inside && isFile(file)) return sendFile(req, res, file)
  if (path.extname(relative) && path.extname(relative) !== '.html') return sendText(res, 404, `找不到 ${relative}`)
  sendFile(req, res, index)
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile()
  } catch {
    return false
  }
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string): void {
  const size = fs.statSync(file).size
  // Hashed asset names change with each build; index.html must always be re-read.
  const cache = file.endsWith('.html') ? 'no-cache' : 'public, max-age=0'
  res.writeHead(200, { 'content-type': contentTypeFor(file), 'content-length': size, 'cache-control': cache })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = fs.createReadStream(file)
  stream.on('error', () => res.destroy())
  stream.pipe(res)
}

function missingBuildPage(staticDir: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>还没有构建 H5 页面</title>
<style>body{font:20px/1.6 system-ui,sans-serif;max-width:40em;margin:2em auto;padding:0 1em}code{background:#f2f2f2;padding:.1em .3em}</style>
</head><body><h1>还没有构建 H5 页面</h1>
<p>在 <code>${staticDir.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</code> 里没有找到 index.html。</p>
<p>请在项目目录运行 <code>npm run build:h5</code>，完成后刷新本页。<br>
（直接运行 <code>npm start</code> 时会自动构建。）</p>
<p>开发工具页仍可使用：<a href="/dev/">/dev/</a></p></body></html>`
}
