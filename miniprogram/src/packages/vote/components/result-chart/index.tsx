import { View } from '@tarojs/components'
import type { DimensionChart } from '../result-explanation/model'

export interface ResultChartProps {
  /** 一个维度（面积或人数）的图：各选择所占的宽度、法定界线，以及同样内容的文字 */
  chart: DimensionChart
}

/**
 * One stacked bar over the whole scope (同意 · 从众 · 反对 · 弃权 · 未参与), with the legal lines
 * drawn on it; plain Views with widths in %, so weapp and H5 draw it from this one source. Every
 * figure is also written out below the bar.
 */
export default function ResultChart({ chart }: ResultChartProps) {
  return (
    <View className='yw-chart'>
      <View className='yw-chart__title'>{chart.title}</View>
      <View className='yw-chart__track'>
        {chart.bars.map((bar) => (
          <View key={bar.segment} className={`yw-chart__bar yw-chart__bar--${bar.segment}`} style={{ width: `${bar.percent}%` }} />
        ))}
        {chart.markers.map((m) => (
          <View key={m.label} className='yw-chart__marker' style={{ left: `${m.percent}%` }} />
        ))}
      </View>
      <View className='yw-chart__markers'>
        {chart.markers.map((m) => (
          <View key={m.label} className='yw-chart__marker-label' style={{ left: `${m.percent}%` }}>
            {m.label}
          </View>
        ))}
      </View>
      <View className='yw-chart__legend'>
        {chart.bars.map((bar) => (
          <View key={bar.segment} className='yw-chart__legend-item'>
            <View className={`yw-chart__swatch yw-chart__bar--${bar.segment}`} />
            {bar.text}
          </View>
        ))}
      </View>
      {chart.lines.map((line) => (
        <View key={line} className='yw-chart__line'>
          {line}
        </View>
      ))}
    </View>
  )
}
