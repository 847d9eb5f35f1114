import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Button, Input, Text, View } from '@tarojs/components'
import type { RatingView, TargetStatistics } from '@core/api/evaluations'
import { formatDateTime } from '@core/format'
import { getStatistics, listRatings, replyToRating } from '../../../../services/evaluations'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useRemote } from '../../../../hooks/useRemote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { DimensionChart, DistributionChart, TrendChart } from '../../shared/Charts'
import { evaluationRoutes } from '../../routes'
import './index.scss'

const percent = (rate: number) => `${Math.round(rate * 100)}%`

/** 评价统计: a community's ratings of its property office and its committee, with charts, comments and replies. */
export default function StatisticsPage() {
  const stats = useCommunityData((communityId) => getStatistics({ communityId }))
  return (
    <View className='evaluations'>
      <RemoteView state={stats.state} onRetry={stats.reload} roles={stats.account?.roles}>
        {(s) => (
          <View>
            <View className='evaluations__community'>{s.communityName}</View>
            {s.property ? (
              <TargetSection stats={s.property} communityId={stats.communityId ?? ''} />
            ) : (
              <Empty text='本小区尚未登记物业服务项目' />
            )}
            <TargetSection stats={s.committee} communityId={stats.communityId ?? ''} />
          </View>
        )}
      </RemoteView>
    </View>
  )
}

function TargetSection({ stats, communityId }: { stats: TargetStatistics; communityId: string }) {
  return (
    <View className='evaluations__section'>
      <View className='evaluations__heading'>
        {stats.targetLabel}：{stats.partyName}
      </View>
      <View className='evaluations__summary'>
        {stats.periodLabel} 平均分 {stats.mean === null ? '暂无' : stats.mean.toFixed(1)}，共 {stats.ratings} 条评价，参评率{' '}
        {percent(stats.responseRate)}（{stats.ratings}/{stats.units} 套）
      </View>
      <Button
        className='evaluations__rate'
        size='mini'
        onClick={() => void Taro.navigateTo({ url: evaluationRoutes.rate(stats.target, communityId) })}
      >
        评价{stats.targetLabel}
      </Button>
      <DimensionChart dimensions={stats.dimensions} />
      <DistributionChart dimensions={stats.dimensions} />
      <TrendChart trend={stats.trend} />
      <Comments communityId={communityId} target={stats.target} />
    </View>
  )
}

function Comments({ communityId, target }: { communityId: string; target: TargetStatistics['target'] }) {
  const list = useRemote(() => listRatings({ communityId, target }), [communityId, target])
  return (
    <RemoteView state={list.state} onRetry={list.reload}>
      {(page) =>
        page.rows.length === 0 ? (
          <Empty text='本期还没有评价' />
        ) : (
          <View>
            {page.rows.map((r) => (
              <RatingCard key={r.id} rating={r} onReplied={list.reload} />
            ))}
          </View>
        )
      }
    </RemoteView>
  )
}

function RatingCard({ rating, onReplied }: { rating: RatingView; onReplied: () => void }) {
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [text, setText] = useState('')
  const send = async () => {
    if (await run(() => replyToRating({ ratingId: rating.id, text }), { done: '已回复' })) onReplied()
  }
  return (
    <View className='list-card evaluations__rating'>
      <View className='list-card__title'>
        {rating.raterLabel} · {formatDateTime(rating.ratedAt)}
        {rating.revisions > 0 && <Text className='list-card__tag list-card__tag--grey'>修改过{rating.revisions}次</Text>}
        {rating.objection && <Text className='list-card__tag'>{rating.objection.statusLabel}</Text>}
      </View>
      <View className='list-card__meta'>{rating.scores.map((s) => `${s.label}${s.score}分`).join('　')}</View>
      {rating.comment && <View>{rating.comment}</View>}
      {rating.reply ? (
        <View className='evaluations__reply'>回复：{rating.reply.text}</View>
      ) : (
        <View className='evaluations__reply-form'>
          <Input className='evaluations__input' placeholder='被评价方可在此回复' value={text} onInput={(e) => setText(e.detail.value)} />
          <Button size='mini' disabled={busy} onClick={() => void send()}>
            回复
          </Button>
        </View>
      )}
      {notice.element}
    </View>
  )
}
