import { fail, type Ctx } from '../handler'
import {
  checkWords,
  getContentSecurityPort,
  MAX_CHECK_CHARS,
  type CheckAnswer,
  type ContentSecurityPort,
  type Scene,
} from '../ports/contentSecurity'

/*
 * The one check on every text a person writes that others read (vote titles, descriptions and
 * items, meeting topics, agendas and minutes, reasons). risky → CONTENT_RISKY and the caller
 * writes nothing; review → the caller stores it with `contentFlag` and a contentReview to-do for
 * the committee; pass → nothing to do.
 *
 * Who is checked: WeChat checks against the caller's openid (it must have used the mini program in
 * the last 2 hours). A call with no openid — the operator's console — cannot be checked by WeChat,
 * so it is checked against the local word list instead: the operator is trusted, but the
 * obviously forbidden words are still caught.
 */
export interface TextField {
  /** What people call the field ("投票标题"), for the refusal's sentence. */
  label: string
  text: string
}

/** Stored on a document whose text a check sent to the committee. */
export interface ContentFlag {
  fields: string[]
  labels: string[]
  at: number
}

/** The note a contentReview to-do carries: which fields, and why. */
export function flagNote(flag: ContentFlag): string {
  return `${flag.fields.join('、')}可能含有不适宜的内容${flag.labels.length ? `（${flag.labels.join('、')}）` : ''}，请业委会复核`
}

/** Pieces of at most `max` characters, cut at a line break when there is one in the last fifth. */
export function pieces(text: string, max = MAX_CHECK_CHARS): string[] {
  const chars = [...text]
  const out: string[] = []
  for (let at = 0; at < chars.length;) {
    let end = Math.min(at + max, chars.length)
    if (end < chars.length) {
      const window = chars.slice(at, end)
      const nl = window.lastIndexOf('\n')
      if (nl >= max * 0.8) end = at + nl + 1
    }
    out.push(chars.slice(at, end).join(''))
    at = end
  }
  return out
}

/** Checks every field (in pieces, side by side); fails CONTENT_RISKY on any risky piece; answers a flag on review, else null. */
export async function checkContent(
  ctx: Pick<Ctx, 'caller' | 'now'>,
  fields: readonly TextField[],
  options: { scene?: Scene; port?: ContentSecurityPort } = {},
): Promise<ContentFlag | null> {
  const openid = ctx.caller.openid
  const scene = options.scene ?? 3
  const port = options.port ?? getContentSecurityPort()
  const check = (content: string): Promise<CheckAnswer> =>
    openid ? port.check({ content, openid, scene }) : Promise.resolve(checkWords(content))
  const answers = await Promise.all(
    fields
      .filter((f) => f.text.trim() !== '')
      .map(async (f) => ({
        field: f.label,
        answers: await Promise.all(pieces(f.text).map(check)),
      })),
  )
  const risky = answers.find((a) => a.answers.some((x) => x.suggest === 'risky'))
  if (risky) fail('CONTENT_RISKY', `${risky.field}含有不适宜发布的内容，请修改后再提交`)
  const review = answers.filter((a) => a.answers.some((x) => x.suggest === 'review'))
  if (review.length === 0) return null
  const labels = [...new Set(review.flatMap((a) => a.answers.filter((x) => x.suggest === 'review').map((x) => x.label)).filter(Boolean))]
  return { fields: review.map((a) => a.field), labels, at: ctx.now() }
}
