import { CHOICE_LABELS, type Choice } from '@core/api/vote'

/**
 * A line of the published ballot list, `["K7Q2-M9XD-3PAT","i1","agree"]`, as an owner reads it:
 * '第1项（续聘物业服务企业）：同意'. Items are named by their number and text, never by their id;
 * a line that is not one of this vote's items reads as a plain warning.
 */
export function receiptLineText(line: string, items: ReadonlyArray<{ itemId: string; text: string }>): string {
  const parsed = parseLine(line)
  const index = parsed ? items.findIndex((i) => i.itemId === parsed.itemId) : -1
  if (!parsed || index < 0) return '清单中有一行不属于这次投票的事项，请联系业委会'
  return `第${index + 1}项（${items[index].text}）：${CHOICE_LABELS[parsed.choice]}`
}

function parseLine(line: string): { itemId: string; choice: Choice } | null {
  try {
    const value: unknown = JSON.parse(line)
    if (!Array.isArray(value) || typeof value[1] !== 'string' || !(value[2] in CHOICE_LABELS)) return null
    return { itemId: value[1], choice: value[2] as Choice }
  } catch {
    return null
  }
}
