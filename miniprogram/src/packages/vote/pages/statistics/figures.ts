import { CHOICE_LABELS, type Choice, type StatisticsView } from '@core/api/vote'
import type { StatisticsDifference } from '@core/vote/reconcile'
import { formatCenti } from '@core/format'
import { parseAreaCenti } from '@core/vote/verify-schema'
import { err, ok, type Result } from '@core/result'

export const CHOICES: readonly Choice[] = ['agree', 'oppose', 'abstain', 'followMajority']

/** What is typed, per item and choice: a count and an area in m² (text until saved). */
export type TypedFigures = Record<string, Record<Choice, { count: string; area: string }>>
export type EnteredItems = Array<{ itemId: string; figures: Record<Choice, { count: number; areaCenti: number }> }>

const blank = () => ({ count: '', area: '' })

/** Starts from what was entered before (so corrections are edits), else empty fields. */
export function typedFrom(view: StatisticsView): TypedFigures {
  const out: TypedFigures = {}
  for (const item of view.computed?.items ?? []) {
    const entered = view.entered?.find((e) => e.itemId === item.itemId)
    out[item.itemId] = {
      agree: blank(),
      oppose: blank(),
      abstain: blank(),
      followMajority: blank(),
    }
    if (!entered) continue
    for (const c of CHOICES) {
      out[item.itemId][c] = { count: String(entered.figures[c].count), area: formatCenti(entered.figures[c].areaCenti) }
    }
  }
  return out
}

/**
 * Typed text → the integers enterStatistics takes. Areas are parsed as decimal text into
 * 0.01 m² without floating point; a blank field is 0 (nobody chose it). The first bad
 * field is named in the message: "事项2 反对面积：最多两位小数".
 */
export function parseTyped(typed: TypedFigures, itemIds: readonly string[]): Result<EnteredItems> {
  const items: EnteredItems = []
  for (const [n, itemId] of itemIds.entries()) {
    const row = typed[itemId]
    const figures = {} as EnteredItems[number]['figures']
    for (const c of CHOICES) {
      const where = `事项${n + 1} ${CHOICE_LABELS[c]}`
      const countText = row?.[c].count.trim() ?? ''
      if (countText !== '' && !/^\d{1,9}$/.test(countText)) return err('INVALID_INPUT', `${where}票数：应为不带小数的数字`)
      const areaText = row?.[c].area.trim() ?? ''
      const area = areaText === '' ? ok(0) : parseAreaCenti(areaText)
      if (!area.ok) return err('INVALID_INPUT', `${where}面积：${area.message}`)
      figures[c] = { count: countText === '' ? 0 : Number(countText), areaCenti: area.data }
    }
    items.push({ itemId, figures })
  }
  return ok(items)
}

/** `agree.count` → which cell to highlight. */
export function fieldKey(itemId: string, field: string): string {
  return `${itemId}/${field}`
}

export type Difference = StatisticsDifference & { explanation: string | null }

/**
 * The contract types the list as `Reconciliation['differences'] & Array<… & { explanation }>`;
 * TypeScript reads an element of that intersection as the narrower type, so name it once here.
 */
export function differencesOf(view: StatisticsView): Difference[] {
  return (view.reconciliation?.differences ?? []) as Difference[]
}
