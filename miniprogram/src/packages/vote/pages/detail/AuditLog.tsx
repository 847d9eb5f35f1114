import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { AuditView } from '@core/api/vote'
import { formatDateTime } from '@core/format'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'

/** 操作记录: who did what and when, loaded on request (it is kept as evidence and can be long). */
export default function AuditLog({ voteId }: { voteId: string }) {
  const [rows, setRows] = useState<AuditView[] | null>(null)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const load = async () => {
    const page = await run(() => manageVote('auditLog', { voteId, limit: 100 }), { progress: '正在读取操作记录…' })
    if (page) setRows(page)
  }
  return (
    <View className='card'>
      <View className='vp__title'>操作记录</View>
      {notice.inline}
      {rows === null ? (
        <AtButton disabled={busy} onClick={() => void load()}>
          查看操作记录
        </AtButton>
      ) : (
        rows.map((r, i) => (
          <View key={`${r.at}:${i}`} className='detail__audit'>
            <View>
              {formatDateTime(r.at)} {r.actor}
            </View>
            <View>
              {r.actionLabel}
              {r.note ? `：${r.note}` : ''}
            </View>
          </View>
        ))
      )}
      {notice.element}
    </View>
  )
}
