import { useState } from 'react'
import { View } from '@tarojs/components'
import type { ItemOutcomeView } from '@core/api/vote'
import type { DimensionFigures, ItemResult } from '@core/vote/evaluate'
import type { TestName } from '@core/vote/rules'
import { formatArea } from '@core/format'
import { outcomeText, TEST_TEXT } from '@core/vote/explain'
import ChoiceGroup from '../../../../components/choice-group'
import ResultChart from '../result-chart'
import { summarizeResultItem } from './model'

export interface ResultExplanationProps {
  /** 第几个事项（从 1 开始） */
  index: number
  item: ItemOutcomeView
}

type Variant = 'counted' | 'withFollowMajority' | 'withoutFollowMajority'
const VARIANTS: ReadonlyArray<{ value: Variant; label: string }> = [
  { value: 'counted', label: '按本次规则' },
  { value: 'withFollowMajority', label: '计入从众' },
  { value: 'withoutFollowMajority', label: '不计从众' },
]
const TESTS: TestName[] = ['quorumArea', 'quorumHeadcount', 'approvalArea', 'approvalHeadcount']

/**
 * One item's outcome as an owner reads it — what was decided, why in plain words, and a chart by
 * area and by headcount with the legal lines — and, behind "查看计算过程", everything that decided
 * it: figures, each test with its formula and numbers, and 从众 both ways.
 */
export default function ResultExplanation({ index, item }: ResultExplanationProps) {
  const [open, setOpen] = useState(false)
  const summary = summarizeResultItem(index, item)
  return (
    <View className='yw-result'>
      <View className='yw-result__head'>
        <View className='yw-result__title'>{summary.heading}</View>
        <View className='yw-result__class'>{summary.classLabel}</View>
      </View>
      <View className={`yw-result__outcome yw-result__outcome--${summary.outcome}`}>{summary.outcomeLabel}</View>
      <View className='yw-result__reason'>{summary.reason}</View>
      {summary.charts.map((chart) => (
        <ResultChart key={chart.title} chart={chart} />
      ))}
      <View className='yw-result__toggle' onClick={() => setOpen(!open)}>
        {open ? '收起计算过程' : '查看计算过程'}
      </View>
      {open && <Calculation item={item} />}
    </View>
  )
}

function Calculation({ item }: { item: ItemOutcomeView }) {
  const [variant, setVariant] = useState<Variant>('counted')
  const shown = item[variant]
  return (
    <View className='yw-result__calculation'>
      <View className='yw-result__summary'>{item.summary}</View>
      <View className='yw-result__both'>
        <View>计入从众：{outcomeText(item.withFollowMajority.outcome)}</View>
        <View>不计从众：{outcomeText(item.withoutFollowMajority.outcome)}</View>
      </View>
      <ChoiceGroup options={VARIANTS} value={variant} onChange={setVariant} />
      <Figures result={shown} />
      <View className='yw-result__unit'>
        下列公式中，A 为总面积、A_P 为参与表决面积、agreeA 为计为同意的面积，N、N_P、agreeN 为对应的人数；面积以 0.01 平方米为单位。
      </View>
      <View className='yw-result__tests'>
        {TESTS.map((t) => {
          const test = shown.explanation.tests[t]
          return (
            <View key={t} className={`yw-result__test ${test.holds ? '' : 'yw-result__test--failed'}`}>
              <View>
                {test.holds ? '✓' : '✗'} {TEST_TEXT[t]}
              </View>
              <View className='yw-result__formula'>
                {test.formula}：{test.text}
              </View>
            </View>
          )
        })}
      </View>
      {variant !== 'counted' && <View className='yw-result__summary'>{shown.explanation.summary}</View>}
    </View>
  )
}

const ROWS: ReadonlyArray<{ label: string; pick: (f: DimensionFigures) => number }> = [
  { label: '总数', pick: (f) => f.total },
  { label: '参与表决', pick: (f) => f.participating },
  { label: '同意', pick: (f) => f.agree },
  { label: '反对', pick: (f) => f.oppose },
  { label: '弃权', pick: (f) => f.abstain },
  { label: '从众', pick: (f) => f.followMajority },
  { label: '计为同意', pick: (f) => f.agreeCounted },
]

function Figures({ result }: { result: ItemResult }) {
  const { area, headcount } = result.explanation
  return (
    <View className='yw-result__table'>
      <View className='yw-result__row yw-result__row--head'>
        <View className='yw-result__cell'>　</View>
        <View className='yw-result__cell'>人数</View>
        <View className='yw-result__cell yw-result__cell--wide'>面积</View>
      </View>
      {ROWS.map((r) => (
        <View key={r.label} className='yw-result__row'>
          <View className='yw-result__cell'>{r.label}</View>
          <View className='yw-result__cell'>{r.pick(headcount)}</View>
          <View className='yw-result__cell yw-result__cell--wide'>{formatArea(r.pick(area))}</View>
        </View>
      ))}
    </View>
  )
}
