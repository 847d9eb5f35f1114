/**
 * Which items still have no choice, said so the owner finds them: '还有第2项没有选择（改建1栋外墙），
 * 请对每一个表决事项作出选择'. Null when every item has a choice.
 */
export function missingChoicesText(
  items: ReadonlyArray<{ id: string; text: string }>,
  choices: Readonly<Record<string, unknown>>,
): string | null {
  const missing = items.map((item, i) => ({ ...item, number: i + 1 })).filter((item) => !choices[item.id])
  if (missing.length === 0) return null
  const names = missing.map((m) => `第${m.number}项`).join('、')
  const first = missing[0].text.length > 20 ? `${missing[0].text.slice(0, 20)}…` : missing[0].text
  const which = missing.length === 1 ? `（${first}）` : ''
  return `还有${names}没有选择${which}，请对每一个表决事项作出选择`
}
