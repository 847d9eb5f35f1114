import { formatArea } from '../format'
import type { ItemTally } from './tally'
import { CHOICES, type Choice } from './types'

/** What the committee enters in 统计录入 for one item: votes and area per choice. */
export interface EnteredItemStatistics {
  itemId: string
  figures: Record<Choice, { count: number; areaCenti: number }>
}

export interface StatisticsDifference {
  itemId: string
  /** e.g. `agree.count`, `followMajority.areaCenti`, or `item` when a whole item is missing. */
  field: string
  entered: number | null
  computed: number | null
  message: string
}

export interface Reconciliation {
  matches: boolean
  differences: StatisticsDifference[]
}

const CHOICE_TEXT: Record<Choice, string> = {
  agree: '同意',
  oppose: '反对',
  abstain: '弃权',
  followMajority: '从众',
}

/**
 * docs/counting-rules.md §6 统计录入: the committee's own figures are compared with the system's; any difference
 * blocks the finish until corrected or explained. Compares the raw ballot figures per choice
 * (从众 separately, before it joins a side), which is what the committee counts by hand.
 */
export function reconcileStatistics(computed: readonly ItemTally[], entered: readonly EnteredItemStatistics[]): Reconciliation {
  const enteredById = new Map(entered.map((e) => [e.itemId, e]))
  const differences: StatisticsDifference[] = []
  for (const [index, item] of computed.entries()) {
    // People read items by their number on the ballot (第1项), never by their id.
    const itemName = `第${index + 1}项`
    const e = enteredById.get(item.itemId)
    if (!e) {
      differences.push(missing(item.itemId, null, 0, `${itemName}未录入统计`))
      continue
    }
    const { area, headcount } = item.counted.explanation
    for (const choice of CHOICES) {
      const name = CHOICE_TEXT[choice]
      const got = e.figures[choice]
      if (got.count !== headcount[choice]) {
        differences.push({
          itemId: item.itemId,
          field: `${choice}.count`,
          entered: got.count,
          computed: headcount[choice],
          message: `${itemName}${name}票数：录入 ${got.count}，系统计算 ${headcount[choice]}`,
        })
      }
      if (got.areaCenti !== area[choice]) {
        differences.push({
          itemId: item.itemId,
          field: `${choice}.areaCenti`,
          entered: got.areaCenti,
          computed: area[choice],
          message: `${itemName}${name}面积：录入 ${formatArea(got.areaCenti)}，系统计算 ${formatArea(area[choice])}`,
        })
      }
    }
  }
  const known = new Set(computed.map((i) => i.itemId))
  for (const e of entered) {
    if (!known.has(e.itemId)) differences.push(missing(e.itemId, 0, null, '录入了一个不属于本次表决的事项'))
  }
  return { matches: differences.length === 0, differences }
}

function missing(itemId: string, entered: number | null, computed: number | null, message: string): StatisticsDifference {
  return { itemId, field: 'item', entered, computed, message }
}
