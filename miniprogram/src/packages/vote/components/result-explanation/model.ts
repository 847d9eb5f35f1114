import type { ItemOutcomeView } from '@core/api/vote'
import type { DimensionFigures, ItemResult } from '@core/vote/evaluate'
import { formatArea, formatPeople } from '@core/format'
import { outcomeText } from '@core/vote/explain'

/*
 * What an owner reads of one item's result, before any formula: what was decided, why in plain
 * words, and a chart of the ballots by area and by headcount with the legal lines marked. The
 * formulas and full figures stay behind "查看计算过程" (index.tsx).
 */

export type Segment = 'agree' | 'followMajority' | 'oppose' | 'abstain' | 'absent'

export interface ChartBar {
  segment: Segment
  label: string
  /** Width in % of the whole scope (all parties / all area). */
  percent: number
  /** The same figure as text, e.g. '同意 120.50 m²（40.2%）'. */
  text: string
}

export interface ChartMarker {
  /** Position in % of the whole scope. */
  percent: number
  label: string
}

export interface DimensionChart {
  title: string
  bars: ChartBar[]
  markers: ChartMarker[]
  /** The thresholds in words with their figures, readable without the chart. */
  lines: string[]
}

export interface ItemSummary {
  heading: string
  classLabel: string
  outcome: ItemOutcomeView['outcome']
  outcomeLabel: string
  reason: string
  charts: DimensionChart[]
}

const SEGMENT_LABELS: Record<Segment, string> = {
  agree: '同意',
  followMajority: '从众',
  oppose: '反对',
  abstain: '弃权',
  absent: '未参与',
}
const SEGMENTS: Segment[] = ['agree', 'followMajority', 'oppose', 'abstain', 'absent']

export function summarizeResultItem(index: number, item: ItemOutcomeView): ItemSummary {
  return {
    heading: `第${index}项：${item.text}`,
    classLabel: item.classLabel,
    outcome: item.outcome,
    outcomeLabel: item.outcomeLabel,
    reason: reasonOf(item),
    charts: [chartOf('按面积', item.counted, 'area'), chartOf('按人数', item.counted, 'headcount')],
  }
}

/** Why, in words: which of the two tests held, for area and for people, and what 从众 changed. */
export function reasonOf(item: ItemOutcomeView): string {
  const e = item.counted.explanation
  const major = item.class === 'major'
  const bound = major ? '达到参与表决的四分之三' : '超过参与表决的一半'
  const quorumMissed = [!e.tests.quorumArea.holds && '面积', !e.tests.quorumHeadcount.holds && '人数'].filter(Boolean).join('和')
  const approvalMissed = [!e.tests.approvalArea.holds && '面积', !e.tests.approvalHeadcount.holds && '人数'].filter(Boolean).join('和')
  const sentences: string[] = []
  if (item.outcome === 'noValidDecision') {
    sentences.push(`参与表决的${quorumMissed}不到总数的三分之二，所以这一项没有形成有效决定。`)
  } else {
    sentences.push('参与表决的面积和人数都达到了总数的三分之二。')
    sentences.push(
      item.outcome === 'passed'
        ? `同意的面积和人数都${bound}，所以${major ? '这项重大事项' : '这一项'}通过。`
        : `同意的${approvalMissed}没有${bound}，所以这一项未通过。`,
    )
  }
  const follow = e.area.followMajority + e.headcount.followMajority > 0
  if (follow) {
    sentences.push(
      e.followMajorityApplied ? '按本次议事规则，选择“从众”的票计入多数一方。' : '按本次议事规则，选择“从众”的票不计入同意或反对。',
    )
  }
  const other = e.followMajorityApplied ? item.withoutFollowMajority : item.withFollowMajority
  if (follow && other.outcome !== item.counted.outcome) {
    sentences.push(`如果${e.followMajorityApplied ? '不计' : '计入'}从众，结果会是“${outcomeText(other.outcome)}”。`)
  }
  return sentences.join('')
}

function chartOf(title: string, result: ItemResult, dimension: 'area' | 'headcount'): DimensionChart {
  const f: DimensionFigures = result.explanation[dimension]
  const show = dimension === 'area' ? formatArea : formatPeople
  const values: Record<Segment, number> = {
    agree: f.agree,
    followMajority: f.followMajority,
    oppose: f.oppose,
    abstain: f.abstain,
    absent: Math.max(0, f.total - f.participating),
  }
  const bars = SEGMENTS.filter((s) => values[s] > 0).map((segment) => ({
    segment,
    label: SEGMENT_LABELS[segment],
    percent: share(values[segment], f.total),
    text: `${SEGMENT_LABELS[segment]} ${show(values[segment])}（${percentText(values[segment], f.total)}）`,
  }))
  const major = result.explanation.itemClass === 'major'
  const [num, den] = major ? [3, 4] : [1, 2]
  const what = dimension === 'area' ? '面积' : '人数'
  const markers: ChartMarker[] = [
    { percent: share(2 * f.total, 3 * f.total), label: '参与需达到' },
    { percent: share(num * f.participating, den * f.total), label: major ? '同意需达到' : '同意需超过' },
  ]
  const lines = [
    `参与表决${what} ${show(f.participating)}，需达到总${what} ${show(f.total)}的三分之二：${result.explanation.tests[dimension === 'area' ? 'quorumArea' : 'quorumHeadcount'].holds ? '达到' : '未达到'}`,
    `计为同意的${what} ${show(f.agreeCounted)}，需${major ? '达到' : '超过'}参与表决${what}的${major ? '四分之三' : '一半'}：${
      result.explanation.tests[dimension === 'area' ? 'approvalArea' : 'approvalHeadcount'].holds ? '是' : '否'
    }`,
  ]
  return { title, bars, markers, lines }
}

/** A share in % with two decimals, for widths (0 when the scope is empty). */
function share(part: number, whole: number): number {
  return whole > 0 ? Math.round((part * 10000) / whole) / 100 : 0
}

function percentText(part: number, whole: number): string {
  return `${whole > 0 ? (Math.round((part * 1000) / whole) / 10).toFixed(1) : '0.0'}%`
}
