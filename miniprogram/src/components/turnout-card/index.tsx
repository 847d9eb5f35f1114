import { View } from '@tarojs/components'
import type { TurnoutView } from '@core/api/vote'
import { formatArea, formatPeople } from '@core/format'
import ProgressBar from '../progress-bar'

export interface TurnoutCardProps {
  turnout: TurnoutView
  /** 显示“截至 …”的时间文字 */
  asOfText?: string
}

/** Participation by headcount and by area against the ⅔ quorum, with what is still missing. */
export default function TurnoutCard({ turnout, asOfText }: TurnoutCardProps) {
  const { headcount, area } = turnout
  return (
    <View className='yw-turnout'>
      <ProgressBar
        label='参与人数'
        value={headcount.participating}
        total={headcount.total}
        threshold={headcount.needed}
        valueText={`${formatPeople(headcount.participating)} / 共 ${formatPeople(headcount.total)}`}
        thresholdText={`三分之二需 ${formatPeople(headcount.needed)}`}
      />
      <ProgressBar
        label='参与面积'
        value={area.participating}
        total={area.total}
        threshold={area.needed}
        valueText={`${formatArea(area.participating)} / 共 ${formatArea(area.total)}`}
        thresholdText={`三分之二需 ${formatArea(area.needed)}`}
      />
      <View className={`yw-turnout__shortfall ${turnout.met ? 'yw-turnout__shortfall--met' : ''}`}>
        {turnout.met ? '参与表决已达到三分之二' : `还差 ${formatPeople(headcount.shortfall)} / ${formatArea(area.shortfall)}`}
      </View>
      {asOfText && <View className='yw-turnout__as-of'>{asOfText}</View>}
    </View>
  )
}
