import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtSegmentedControl } from 'taro-ui'
import type { FilingView, TrainingView } from '@core/api/committee'
import { listFilings, listTrainings } from '../../../../services/committee'
import { committeeRoutes } from '../../routes'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const TABS = ['备案查询', '培训结果']

/** 信息综合查询: the committee's filings (备案) and its people's training results. */
function RecordsPage() {
  const [tab, setTab] = useState(0)
  return (
    <View className='records'>
      <View className='tabs'>
        <AtSegmentedControl fontSize={32} values={TABS} current={tab} onClick={(i: number) => setTab(i)} />
      </View>
      {tab === 0 ? <Filings /> : <Trainings />}
    </View>
  )
}

function Filings() {
  const filings = useCommunityData((communityId) => listFilings({ communityId }))
  return (
    <RemoteView state={filings.state} onRetry={filings.reload} roles={filings.account?.roles}>
      {({ filings: rows }) =>
        rows.length === 0 ? (
          <Empty text='暂无备案记录' />
        ) : (
          <View>
            {rows.map((f) => (
              <FilingCard key={f.id} filing={f} />
            ))}
          </View>
        )
      }
    </RemoteView>
  )
}

function FilingCard({ filing }: { filing: FilingView }) {
  const open = () => void Taro.navigateTo({ url: committeeRoutes.filing(filing.id, filing.communityId) })
  return (
    <View className='list-card' onClick={open}>
      <View className='list-card__title'>
        备案日期 {filing.filedOn}
        <Text className='list-card__tag'>{filing.statusLabel}</Text>
      </View>
      <View className='list-card__meta'>
        任期：{filing.termStart} 至 {filing.termEnd}
      </View>
      <View className='list-card__meta'>备案文件 {filing.files.length} 个 · 点击查看详情</View>
    </View>
  )
}

function Trainings() {
  const trainings = useCommunityData((communityId) => listTrainings({ communityId }))
  return (
    <RemoteView state={trainings.state} onRetry={trainings.reload} roles={trainings.account?.roles}>
      {({ trainings: rows }) =>
        rows.length === 0 ? (
          <Empty text='暂无培训结果' />
        ) : (
          <View>
            {rows.map((t) => (
              <TrainingCard key={t.id} training={t} />
            ))}
          </View>
        )
      }
    </RemoteView>
  )
}

function TrainingCard({ training }: { training: TrainingView }) {
  return (
    <View className='list-card'>
      <View className='list-card__title'>
        {training.personName}
        <Text className='list-card__tag'>{training.result}</Text>
      </View>
      <View className='list-card__meta'>课程：{training.course}</View>
      <View className='list-card__meta'>培训日期：{training.trainedOn}</View>
    </View>
  )
}

export default withFontScale(RecordsPage)
