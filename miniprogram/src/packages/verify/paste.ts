import { err, ok, type Result } from '@core/result'

/**
 * Reads pasted announcement JSON, the same text `npm run verify-result -- FILE.json` reads from
 * its file. Only the JSON syntax is checked here; the figures are checked by the shared checker.
 */
export function readPasted(text: string): Result<unknown> {
  if (text.trim() === '') return err('EMPTY_PASTE', '请先把公告数据（JSON）粘贴到框里')
  try {
    return ok(JSON.parse(text) as unknown)
  } catch (e) {
    // Read as strictly as the command reads its file; the hint names the usual culprits
    // (a Chinese input method types “ ” and ，instead of " and ,).
    return err('INVALID_JSON', `粘贴的内容不是有效的 JSON，请检查括号、逗号和英文引号（${(e as Error).message}）`)
  }
}
