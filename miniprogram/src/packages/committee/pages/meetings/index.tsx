import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MeetingView } from '@core/api/committee'
import { formatDateTime, formatDay } from '@core/format'
import { COMMITTEE_ROLE_NAMES } from '../../../../utils/roles'
import { listMeetings } from '../../../../services/committee'
import { committeeRoutes } from '../../routes'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import DateRow from '../../../../components/date-row'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 会议管理: meetings newest first, optionally between two days; committee people add and edit. */
function MeetingsPage() {
  const [from, setFrom] = useState<string | null>(null)
  const [to, setTo] = useState<string | null>(null)
  const meetings = useCommunityData(
    (communityId) => listMeetings({ communityId, ...(from ? { from } : {}), ...(to ? { to } : {}) }),
    `${from ?? ''}~${to ?? ''}`,
  )
  const mayAdd = meetings.account?.roles.some(
    (r) => COMMITTEE_ROLE_NAMES.includes(r.role) && r.status === 'active' && r.communityId === meetings.communityId,
  )
  return (
    <View className='meetings'>
      {mayAdd && (
        <View className='page-actions'>
          <AtButton
            type='primary'
            onClick={() => void Taro.navigateTo({ url: committeeRoutes.meetingEdit({ communityId: meetings.communityId ?? '' }) })}
          >
            新增会议
          </AtButton>
        </View>
      )}
      <View className='section-title'>按日期查找</View>
      <View className='form meetings__filter'>
        <DateRow label='开始日期' value={from} onChange={setFrom} />
        <DateRow label='结束日期' value={to} onChange={setTo} />
      </View>
      <RemoteView state={meetings.state} onRetry={meetings.reload} roles={meetings.account?.roles}>
        {({ meetings: rows }) => (rows.length === 0 ? <Empty text='暂无会议记录' /> : <ByDay meetings={rows} />)}
      </RemoteView>
    </View>
  )
}

/** Meetings under a heading per Beijing day, in the server's order (newest first). */
function ByDay({ meetings }: { meetings: MeetingView[] }) {
  const days: Array<{ day: string; rows: MeetingView[] }> = []
  for (const m of meetings) {
    const day = formatDay(m.heldAt)
    const last = days[days.length - 1]
    if (last?.day === day) last.rows.push(m)
    else days.push({ day, rows: [m] })
  }
  return (
    <View>
      {days.map(({ day, rows }) => (
        <View key={day}>
          <View className='section-title'>{day}</View>
          {rows.map((m) => (
            <View
              key={m.id}
              className='list-card'
              onClick={() => void Taro.navigateTo({ url: committeeRoutes.meeting(m.id, m.communityId) })}
            >
              <View className='list-card__title'>{m.topic}</View>
              <View className='list-card__meta'>
                {formatDateTime(m.heldAt)} · {m.place}
              </View>
              <View className='list-card__meta'>
                参会 {m.attendees.length} 人 · 附件 {m.attachments.length} 个
              </View>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

export default withFontScale(MeetingsPage)
