import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { CommitteePerson } from '@core/api/account'
import { authorizeStaff, listCommitteePeople, revokeStaff } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { confirmAction } from '../../shared/confirm'
import { ReasonModal } from '../../shared/ReasonModal'
import { Empty, RemoteView } from '../../shared/RemoteView'
import { useCommunityData } from '../../shared/useCommunity'
import './index.scss'

/** Roles whose accounts the director authorises; the director's own role comes from the operator. */
const AUTHORISABLE = new Set(['member', 'alternate', 'staff'])

const GROUPS: Array<{ title: string; test: (p: CommitteePerson) => boolean }> = [
  { title: '等待授权', test: (p) => p.status === 'pending' },
  { title: '已授权', test: (p) => p.status === 'active' },
  { title: '已停用', test: (p) => p.status === 'revoked' },
]

/** 业委会主任: authorises the accounts of staff, members and alternates, and stops them. */
export default function StaffPage() {
  const people = useCommunityData((communityId) => listCommitteePeople({ communityId }))
  const [stopping, setStopping] = useState<CommitteePerson | null>(null)
  const [busy, setBusy] = useState(false)
  const notice = useNotice()

  const authorise = async (person: CommitteePerson) => {
    if (!person.accountId) return
    if (!(await confirmAction('授权账号', `授权 ${person.name}（${person.roleLabel}）使用业委会功能？`, '授权'))) return
    setBusy(true)
    const result = await authorizeStaff({ accountId: person.accountId })
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    notice.show(`已授权 ${person.name}`, 'success')
    people.reload()
  }

  const stop = async (reason: string) => {
    if (!stopping?.accountId) return
    setBusy(true)
    const result = await revokeStaff({ accountId: stopping.accountId, reason })
    setBusy(false)
    if (!result.ok) return notice.showError(result)
    notice.show(`已停用 ${stopping.name}`, 'success')
    setStopping(null)
    people.reload()
  }

  return (
    <View className='staff'>
      <RemoteView remote={people.remote} reload={people.reload} account={people.account}>
        {({ people: everyone }) => {
          const bound = everyone.filter((p) => p.accountId && p.status !== 'unbound' && AUTHORISABLE.has(p.role))
          if (bound.length === 0) return <Empty text='还没有人绑定业委会人员账号' />
          return GROUPS.map((group) => {
            const members = bound.filter(group.test)
            if (members.length === 0) return null
            return (
              <View key={group.title}>
                <View className='section-title'>{group.title}（{members.length}）</View>
                {members.map((p) => (
                  <View key={p.accountId ?? p.name} className='staff__person'>
                    <View className='staff__who'>
                      <View>{p.name}</View>
                      <View className='staff__meta'>{[p.position || p.roleLabel, p.phoneMasked].filter(Boolean).join(' · ')}</View>
                    </View>
                    {p.status === 'active' ? (
                      <AtButton className='staff__action' size='small' disabled={busy || p.isMe} onClick={() => setStopping(p)}>停用</AtButton>
                    ) : (
                      <AtButton className='staff__action' size='small' type='primary' disabled={busy} onClick={() => void authorise(p)}>授权</AtButton>
                    )}
                  </View>
                ))}
              </View>
            )
          })
        }}
      </RemoteView>
      <ReasonModal
        isOpened={stopping !== null}
        title='停用账号'
        content={stopping ? `停用后 ${stopping.name} 将不能再使用业委会功能，可以随时重新授权。` : ''}
        placeholder='请填写停用原因'
        confirmText='停用'
        busy={busy}
        onCancel={() => setStopping(null)}
        onConfirm={(reason) => void stop(reason)}
      />
      {notice.element}
    </View>
  )
}
