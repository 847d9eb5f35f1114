import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/*
 * WeChat holds every API the privacy guideline covers until the person agrees, and asks the app to
 * show its own sheet (utils/privacy.ts). A page that calls one without the sheet on screen would
 * leave the person with nothing to tap, so every such page shows <PrivacySheet />, and the app
 * says what it collects on its 隐私保护指引 page.
 */
const SRC = __dirname
const read = (file: string) => readFileSync(path.join(SRC, file), 'utf8')

/** The calls that reach a privacy API: the kit's own wrappers and the raw wx ones. */
const PRIVACY_CALLS = [
  'pickAndUpload(',
  'verifyFaceInWeChat(',
  'setClipboardData(',
  'getClipboardData(',
  'chooseMessageFile(',
  'chooseImage(',
  'chooseMedia(',
  'requestFacialVerify(',
]

/** Page folders (pages/<name>/, packages/<pkg>/pages/<name>/) with the text of every file in them. */
function pageFolders(): Array<{ folder: string; text: string }> {
  const folders: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const full = path.join(dir, entry.name)
      if (path.basename(dir) === 'pages') folders.push(full)
      else walk(full)
    }
  }
  walk(SRC)
  return folders.map((folder) => ({
    folder: path.relative(SRC, folder),
    text: readdirSync(folder)
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(path.join(folder, f), 'utf8'))
      .join('\n'),
  }))
}

describe('privacy (用户隐私保护指引)', () => {
  it('shows the consent sheet on every page that calls an API the guideline covers', () => {
    const pages = pageFolders().filter((p) => PRIVACY_CALLS.some((call) => p.text.includes(call)))
    expect(pages.map((p) => p.folder).sort()).toEqual(
      expect.arrayContaining(['packages/account/pages/face', 'packages/committee/pages/meeting-edit', 'packages/gov/pages/filing-add']),
    )
    const withoutSheet = pages.filter((p) => !p.text.includes('<PrivacySheet')).map((p) => p.folder)
    expect(withoutSheet).toEqual([])
  })

  it("turns the check on and hands WeChat's privacy events to the app's own sheet", () => {
    expect(read('app.config.ts')).toMatch(/__usePrivacyCheck__:\s*true/)
    expect(read('app.ts')).toMatch(/installPrivacyGate\(/)
  })

  it('has a 隐私保护指引 page, in the app config, saying what it collects and why', () => {
    expect(read('app.config.ts')).toContain("'pages/privacy/index'")
    const guide = pageFolders().find((p) => p.folder === 'packages/account/pages/privacy')?.text ?? ''
    for (const what of ['姓名', '身份证号', '手机号', '人脸核身', '文件', '剪贴板', '用途']) expect(guide).toContain(what)
  })
})
