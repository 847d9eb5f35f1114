import { View } from '@tarojs/components'

export interface ProgressBarProps {
  /** 左侧标题，如“参与人数” */
  label: string
  value: number
  total: number
  /** 达到即满足的门槛（如三分之二），在条上画一条竖线 */
  threshold?: number
  /** 数值的文字，如“8 人 / 共 12 人” */
  valueText: string
  /** 门槛的文字，如“需 8 人” */
  thresholdText?: string
}

/** Display only: the widths are rounded percentages; every decision is made on integers elsewhere. */
const percent = (part: number, whole: number) => (whole > 0 ? Math.min(100, Math.max(0, (part * 100) / whole)) : 0)

export default function ProgressBar({ label, value, total, threshold, valueText, thresholdText }: ProgressBarProps) {
  const met = threshold === undefined || value >= threshold
  return (
    <View className='yw-progress'>
      <View className='yw-progress__head'>
        <View className='yw-progress__label'>{label}</View>
        <View className='yw-progress__value'>{valueText}</View>
      </View>
      <View className='yw-progress__track'>
        <View
          className={`yw-progress__fill ${met ? 'yw-progress__fill--met' : ''}`}
          style={{ width: `${percent(value, total).toFixed(1)}%` }}
        />
        {threshold !== undefined && <View className='yw-progress__mark' style={{ left: `${percent(threshold, total).toFixed(1)}%` }} />}
      </View>
      {thresholdText && <View className='yw-progress__threshold'>{thresholdText}</View>}
    </View>
  )
}
