import { View } from '@tarojs/components'
import type { PersonStamp, VoteDetail } from '@core/api/vote'
import { formatArea, formatPeople, formatUnits } from '@core/format'
import StateTag from '../../../../components/state-tag'
import { formatDateTime } from '@core/format'

const stamp = (what: string, s: PersonStamp | null) =>
  s ? (
    <View className='detail__stamp'>
      {what}：{s.who}，{formatDateTime(s.at)}
    </View>
  ) : null

/** Everything a staff member needs to know about a vote before acting on it. */
export default function VoteHeader({ vote }: { vote: VoteDetail }) {
  return (
    <View className='card'>
      <View className='vp__title'>{vote.title}</View>
      <View className='vp__row'>
        <StateTag state={vote.state} label={vote.stateLabel} />
      </View>
      <View className='vp__meta'>
        {vote.communityName} · {vote.scopeLabel}
      </View>
      <View className='vp__meta'>
        投票时间：{formatDateTime(vote.startAt)} 至 {formatDateTime(vote.endAt)}
      </View>
      <View className='vp__meta'>{vote.followMajorityCounts ? '从众票计入多数一方' : '不计从众'}</View>
      {vote.description && <View className='vp__meta'>{vote.description}</View>}
      {vote.roll && (
        <View className='vp__meta'>
          投票名册：{formatPeople(vote.roll.headcount)}（{formatUnits(vote.roll.units)}），总面积 {formatArea(vote.roll.areaCenti)}
        </View>
      )}
      {stamp('创建', vote.created)}
      {stamp('提交审核', vote.submitted)}
      {vote.review && stamp(vote.review.decision === 'approved' ? '审核通过' : '驳回', vote.review)}
      {stamp('业委会确认统计', vote.confirmations.committee)}
      {stamp('街道办确认统计', vote.confirmations.street)}
      {stamp('计票完成', vote.tallied)}
      {vote.rejections.map((r) => (
        <View key={r.at} className='detail__rejection'>
          {formatDateTime(r.at)} 被驳回（{r.who}）：{r.reason}
        </View>
      ))}
    </View>
  )
}
