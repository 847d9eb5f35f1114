import { Text, View } from '@tarojs/components'
import type { DimensionFigures, TargetStatistics } from '@core/api/evaluations'
import './charts.scss'

const one = (n: number | null) => (n === null ? '暂无' : n.toFixed(1))

/** Bars drawn with plain Views (widths in %), each with its figure written beside it. */
function Bar({ label, value, max, text }: { label: string; value: number; max: number; text: string }) {
  const width = max > 0 ? Math.round((value / max) * 100) : 0
  return (
    <View className='chart__row'>
      <Text className='chart__label'>{label}</Text>
      <View className='chart__track'>
        <View className='chart__bar' style={{ width: `${width}%` }} />
      </View>
      <Text className='chart__value'>{text}</Text>
    </View>
  )
}

/** 各项得分: the mean of each dimension (out of 5). */
export function DimensionChart({ dimensions }: { dimensions: DimensionFigures[] }) {
  return (
    <View className='chart'>
      <View className='chart__title'>各项平均分（满分5分）</View>
      {dimensions.map((d) => (
        <Bar key={d.key} label={d.label} value={d.mean ?? 0} max={5} text={one(d.mean)} />
      ))}
    </View>
  )
}

/** 评分分布: how many gave 5…1 分, over all dimensions. */
export function DistributionChart({ dimensions }: { dimensions: DimensionFigures[] }) {
  const totals = [0, 1, 2, 3, 4].map((i) => dimensions.reduce((a, d) => a + (d.distribution[i] ?? 0), 0))
  const max = Math.max(...totals)
  return (
    <View className='chart'>
      <View className='chart__title'>评分分布（各项合计）</View>
      {[4, 3, 2, 1, 0].map((i) => (
        <Bar key={i} label={`${i + 1}分`} value={totals[i]} max={max} text={`${totals[i]}次`} />
      ))}
    </View>
  )
}

/** 趋势: the mean of each recent period, columns with heights in %. */
export function TrendChart({ trend }: { trend: TargetStatistics['trend'] }) {
  return (
    <View className='chart'>
      <View className='chart__title'>近期趋势</View>
      <View className='chart__columns'>
        {trend.map((t) => (
          <View key={t.periodLabel} className='chart__column'>
            <Text className='chart__value'>{one(t.mean)}</Text>
            <View className='chart__pillar'>
              <View className='chart__fill' style={{ height: `${Math.round(((t.mean ?? 0) / 5) * 100)}%` }} />
            </View>
            <Text className='chart__label'>{t.periodLabel.replace(/^\d{4}年/, '')}</Text>
            <Text className='chart__label'>{t.ratings}条</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
