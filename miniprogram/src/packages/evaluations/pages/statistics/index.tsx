import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { RoleView } from '@core/api/identity'
import type { RatingView, TargetStatistics } from '@core/api/evaluations'
import { formatDateTime, formatShare } from '@core/format'
import { getStatistics, listRatings, objectToRating, replyToRating } from '../../../../services/evaluations'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useRemote } from '../../../../hooks/useRemote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { DimensionChart, DistributionChart, TrendChart } from '../../shared/Charts'
import { evaluationRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 评价统计: a community's ratings of its property office and its committee, with charts, comments and replies. */
function StatisticsPage() {
  const stats = useCommunityData((communityId) => getStatistics({ communityId }))
  return (
    <View className='evaluations'>
      <RemoteView state={stats.state} onRetry={stats.reload} roles={stats.account?.roles}>
        {(s) => (
          <View>
            <View className='evaluations__community'>{s.communityName}</View>
            {s.property ? (
              <TargetSection stats={s.property} communityId={stats.communityId ?? ''} roles={stats.account?.roles ?? []} />
            ) : (
              <Empty text='本小区尚未登记物业服务项目' />
            )}
            <TargetSection stats={s.committee} communityId={stats.communityId ?? ''} roles={stats.account?.roles ?? []} />
          </View>
        )}
      </RemoteView>
    </View>
  )
}

/** Who answers for each target: the property project manager, the committee's director. */
const RATED_PARTY = { property: 'propertyManager', committee: 'director' } as const

/** What the caller may do here: rate as an owner of the community, reply as the rated party. */
function mayOf(roles: readonly RoleView[], communityId: string, target: TargetStatistics['target']) {
  const holds = (role: string) => roles.some((r) => r.role === role && r.status === 'active' && r.communityId === communityId)
  return { rate: holds('owner'), reply: holds(RATED_PARTY[target]) }
}

function TargetSection({ stats, communityId, roles }: { stats: TargetStatistics; communityId: string; roles: readonly RoleView[] }) {
  const may = mayOf(roles, communityId, stats.target)
  return (
    <View className='evaluations__section'>
      <View className='evaluations__heading'>
        {stats.targetLabel}：{stats.partyName}
      </View>
      <View className='evaluations__summary'>
        {stats.periodLabel} 平均分 {stats.mean === null ? '暂无' : stats.mean.toFixed(1)}，共 {stats.ratings} 条评价，参评率{' '}
        {formatShare(stats.responseRate)}（{stats.ratings}/{stats.units} 套）
      </View>
      {may.rate && (
        <AtButton
          className='evaluations__rate'
          size='small'
          onClick={() => void Taro.navigateTo({ url: evaluationRoutes.rate(stats.target, communityId) })}
        >
          {`评价${stats.targetLabel}`}
        </AtButton>
      )}
      <DimensionChart dimensions={stats.dimensions} />
      <DistributionChart dimensions={stats.dimensions} />
      <TrendChart trend={stats.trend} />
      <Comments communityId={communityId} target={stats.target} canReply={may.reply} />
    </View>
  )
}

function Comments({ communityId, target, canReply }: { communityId: string; target: TargetStatistics['target']; canReply: boolean }) {
  const list = useRemote(() => listRatings({ communityId, target }), [communityId, target])
  return (
    <RemoteView state={list.state} onRetry={list.reload}>
      {(page) =>
        page.rows.length === 0 ? (
          <Empty text='本期还没有评价' />
        ) : (
          <View>
            {page.rows.map((r) => (
              <RatingCard key={r.id} rating={r} canReply={canReply} onReplied={list.reload} />
            ))}
          </View>
        )
      }
    </RemoteView>
  )
}

function RatingCard({ rating, canReply, onReplied }: { rating: RatingView; canReply: boolean; onReplied: () => void }) {
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [text, setText] = useState('')
  const send = async (call: () => ReturnType<typeof replyToRating>, done: string) => {
    if (await run(call, { done })) onReplied()
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
      {rating.reply && <View className='evaluations__reply'>回复：{rating.reply.text}</View>}
      {rating.earlierReply && <View className='evaluations__reply'>针对旧评价的回复：{rating.earlierReply.text}</View>}
      {rating.objection && (
        <View className='list-card__meta'>
          异议：{rating.objection.reason}
          {rating.objection.decisionNote ? `（处理意见：${rating.objection.decisionNote}）` : ''}
        </View>
      )}
      {notice.inline}
      {canReply && (!rating.reply || !rating.objection) && (
        <View className='evaluations__reply-form'>
          <Input className='evaluations__input' placeholder='回复内容或异议理由' value={text} onInput={(e) => setText(e.detail.value)} />
          {!rating.reply && (
            <AtButton size='small' disabled={busy} onClick={() => void send(() => replyToRating({ ratingId: rating.id, text }), '已回复')}>
              回复
            </AtButton>
          )}
          {!rating.objection && (
            <AtButton
              size='small'
              disabled={busy}
              onClick={() => void send(() => objectToRating({ ratingId: rating.id, reason: text }), '已提交异议')}
            >
              有异议
            </AtButton>
          )}
        </View>
      )}
      {notice.element}
    </View>
  )
}

export default withFontScale(StatisticsPage)
