import { LOCAL_WORDS } from '../../server/ports/contentSecurity'
import { escapeHtml as h } from './http'

export interface Persona {
  _id: string
  label?: string
  description?: string
  sort?: number
}

export interface DevPageModel {
  personas: Persona[]
  current?: string
  now: number
  offsetMs: number
  sms: Array<Record<string, any>>
  subscribe: Array<Record<string, any>>
  h5Built: boolean
}

const CHINA_OFFSET_MS = 8 * 3600_000

/** `2026-03-01 09:30`, in China time whatever the machine's zone. */
export function chinaTime(value: unknown): string {
  const ms = value instanceof Date ? value.getTime() : typeof value === 'number' ? value : Date.parse(String(value))
  if (!Number.isFinite(ms)) return ''
  return new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ')
}

function describeOffset(ms: number): string {
  if (Math.abs(ms) < 60_000) return '与真实时间一致'
  const minutes = Math.round(Math.abs(ms) / 60_000)
  const days = Math.floor(minutes / 1440)
  const hours = Math.floor((minutes % 1440) / 60)
  const rest = minutes % 60
  const parts = [days && `${days} 天`, hours && `${hours} 小时`, rest && `${rest} 分钟`].filter(Boolean).join(' ')
  return `比真实时间${ms > 0 ? '快' : '慢'} ${parts}`
}

const STYLE = `
body{font:18px/1.6 system-ui,-apple-system,"PingFang SC","Microsoft YaHei",sans-serif;margin:0;background:#f5f6f8;color:#222}
main{max-width:60em;margin:0 auto;padding:1em}
h1{font-size:1.6em;margin:.4em 0}h2{font-size:1.25em;margin:1.4em 0 .5em}
section{background:#fff;border-radius:12px;padding:1em 1.2em;margin:1em 0;box-shadow:0 1px 3px rgba(0,0,0,.08)}
.btn{display:inline-block;font-size:1.05em;padding:.6em 1.2em;margin:.25em .4em .25em 0;border-radius:10px;border:0;
  background:#1a73e8;color:#fff;text-decoration:none;cursor:pointer;min-height:48px;box-sizing:border-box}
.btn.secondary{background:#e8eaed;color:#222}.btn.danger{background:#d93025}
.persona{display:flex;justify-content:space-between;align-items:center;gap:1em;border-top:1px solid #eee;padding:.7em 0}
.persona:first-child{border-top:0}.persona.current{background:#e8f0fe;border-radius:8px;padding:.7em}
.muted{color:#666;font-size:.9em}table{border-collapse:collapse;width:100%}
td,th{text-align:left;border-bottom:1px solid #eee;padding:.4em;vertical-align:top;font-size:.95em}
input{font-size:1em;padding:.5em;border:1px solid #ccc;border-radius:8px;min-height:44px;box-sizing:border-box}
code{background:#f2f2f2;padding:.1em .3em;border-radius:4px}form{display:inline}`

function personaList(model: DevPageModel): string {
  if (model.personas.length === 0) {
    return '<p>数据库里还没有演示身份（devPersonas 集合为空）。请运行 <code>npm run reset</code> 重新写入演示数据。</p>'
  }
  return model.personas
    .map((p) => {
      const isCurrent = p._id === model.current
      return `<div class="persona${isCurrent ? ' current' : ''}"><div><strong>${h(p.label ?? p._id)}</strong>
      ${isCurrent ? '<span class="muted">（当前）</span>' : ''}<br><span class="muted">${h(p.description ?? '')}</span></div>
      <a class="btn" href="/dev/login?openid=${encodeURIComponent(p._id)}">以此身份登录</a></div>`
    })
    .join('\n')
}

function currentBlock(model: DevPageModel): string {
  const persona = model.personas.find((p) => p._id === model.current)
  const who = model.current
    ? `<strong>${h(persona?.label ?? model.current)}</strong> <span class="muted">openid: ${h(model.current)}</span>`
    : '<strong>未登录</strong>（打开小程序时是访客）'
  const logout = model.current ? '<a class="btn danger" href="/dev/logout">退出</a>' : ''
  const open = model.h5Built
    ? '<a class="btn" href="/">打开小程序（H5）</a>'
    : '<span class="muted">H5 页面还没有构建，运行 <code>npm run build:h5</code></span>'
  return `<p>当前身份：${who}</p><p>${open} ${logout}</p>`
}

function clockBlock(model: DevPageModel): string {
  const button = (minutes: number, label: string) =>
    `<form method="post" action="/dev/clock"><input type="hidden" name="advanceMinutes" value="${minutes}"><button class="btn">${label}</button></form>`
  return `<p style="font-size:1.3em">现在是 <strong>${chinaTime(model.now)}</strong>（北京时间）<br><span class="muted">${describeOffset(model.offsetMs)}</span></p>
    <p>${button(60, '+1小时')}${button(1440, '+1天')}${button(7 * 1440, '+7天')}</p>
    <p>自定义：<form method="post" action="/dev/clock"><input name="advanceMinutes" type="number" min="1" placeholder="分钟数" required>
      <button class="btn secondary">前进这么多分钟</button></form></p>
    <p><form method="post" action="/dev/clock"><input name="set" type="datetime-local" required>
      <button class="btn secondary">设为这个时间</button></form>
    <form method="post" action="/dev/clock"><input type="hidden" name="reset" value="1"><button class="btn secondary">回到真实时间</button></form></p>`
}

function smsTable(rows: DevPageModel['sms']): string {
  if (rows.length === 0) return '<p class="muted">还没有短信。</p>'
  const body = rows
    .map(
      (m) => `<tr><td>${chinaTime(m.at)}</td><td>${h(m.to)}</td><td>${h(m.text)}</td>
    <td><strong style="font-size:1.2em">${h(m.code ?? '')}</strong></td></tr>`,
    )
    .join('')
  return `<table><tr><th>时间</th><th>手机号</th><th>内容</th><th>验证码</th></tr>${body}</table>`
}

function subscribeTable(rows: DevPageModel['subscribe']): string {
  if (rows.length === 0) return '<p class="muted">还没有订阅消息。</p>'
  const body = rows
    .map(
      (m) => `<tr><td>${chinaTime(m.at)}</td><td>${h(m.to)}</td><td>${h(m.templateId ?? '')}</td>
    <td>${h(m.page ?? '')}</td><td><code>${h(JSON.stringify(m.data ?? {}))}</code>${m.errcode ? ` <strong>errcode ${h(m.errcode)}</strong>` : ''}</td></tr>`,
    )
    .join('')
  return `<table><tr><th>时间</th><th>接收人 openid</th><th>模板</th><th>页面</th><th>内容</th></tr>${body}</table>`
}

/** The local stand-in for WeChat's content check (server/ports/contentSecurity.ts), so a tester can try each outcome. */
function contentWords(): string {
  const words = (list: readonly string[]) => list.map((w) => `<code>${h(w)}</code>`).join(' ')
  return `<p>含有以下词语的投票、会议记录或原因：</p>
<p><strong>拒绝保存</strong>（risky）：${words(LOCAL_WORDS.risky)}</p>
<p><strong>保存并交业委会复核</strong>（review）：${words(LOCAL_WORDS.review)}</p>`
}

/** The operator's page at /dev/: pick a persona, move the clock, read the SMS and message outboxes. */
export function renderDevPage(model: DevPageModel): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>本地开发工具 · 业委会</title><style>${STYLE}</style></head>
<body><main><h1>本地开发工具</h1>
<section>${currentBlock(model)}</section>
<section><h2>选择身份</h2>${personaList(model)}</section>
<section><h2>时钟</h2>${clockBlock(model)}</section>
<section><h2>短信（最近 20 条）</h2>${smsTable(model.sms)}</section>
<section><h2>订阅消息（最近 20 条）</h2>${subscribeTable(model.subscribe)}</section>
<section><h2>内容安全（本地词表）</h2>${contentWords()}</section>
<p class="muted">接口：<a href="/dev/outbox?kind=sms">/dev/outbox?kind=sms</a> · <a href="/dev/outbox?kind=subscribe">/dev/outbox?kind=subscribe</a>
 · <a href="/dev/clock">/dev/clock</a> · <a href="/dev/stats">/dev/stats</a></p>
</main></body></html>`
}
