import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { CommitteePerson } from '@core/api/account'
import { authorizeStaff, listCommitteePeople, revokeStaff } from '../../../../services/account'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { confirmAction } from '../../shared/confirm'
import { PersonCard } from '../../shared/PersonCard'
import ReasonModal from '../../../../components/reason-modal'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** Roles whose accounts the director authorises; the director's own role comes from the operator. */
const AUTHORISABLE = new Set(['member', 'alternate', 'staff'])

const GROUPS: Array<{ title: string; test: (p: CommitteePerson) => boolean }> = [
  { title: '等待授权', test: (p) => p.status === 'pending' },
  { title: '已授权', test: (p) => p.status === 'active' },
  { title: '已停用', test: (p) => p.status === 'revoked' },
]

/** 业委会主任: authorises the accounts of staff, members and alternates, and stops them. */
function StaffPage() {
  const people = useCommunityData((communityId) => listCommitteePeople({ communityId }))
  const [stopping, setStopping] = useState<CommitteePerson | null>(null)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const authorise = async (person: CommitteePerson) => {
    const { accountId } = person
    if (!accountId) return
    if (!(await confirmAction('授权账号', `授权 ${person.name}（${person.roleLabel}）使用业委会功能？`, '授权', false))) return
    if (!(await run(() => authorizeStaff({ accountId })))) return
    notice.show(`已授权 ${person.name}`, 'success')
    people.reload()
  }

  const stop = async (reason: string) => {
    if (!stopping?.accountId) return
    const { accountId, name } = stopping
    if (!(await run(() => revokeStaff({ accountId, reason })))) return
    notice.show(`已停用 ${name}`, 'success')
    setStopping(null)
    people.reload()
  }

  return (
    <View className='staff'>
      <RemoteView state={people.state} onRetry={people.reload} roles={people.account?.roles}>
        {({ people: everyone }) => {
          const bound = everyone.filter((p) => p.accountId && p.status !== 'unbound' && AUTHORISABLE.has(p.role))
          if (bound.length === 0) return <Empty text='还没有人绑定业委会人员账号' />
          return GROUPS.map((group) => {
            const members = bound.filter(group.test)
            if (members.length === 0) return null
            return (
              <View key={group.title}>
                <View className='section-title'>
                  {group.title}（{members.length}）
                </View>
                {members.map((p) => (
                  <PersonCard key={p.accountId ?? p.name} person={p} className='staff__person'>
                    {p.status === 'active' ? (
                      <AtButton className='staff__action' size='small' disabled={busy || p.isMe} onClick={() => setStopping(p)}>
                        停用
                      </AtButton>
                    ) : (
                      <AtButton className='staff__action' size='small' type='primary' disabled={busy} onClick={() => void authorise(p)}>
                        授权
                      </AtButton>
                    )}
                  </PersonCard>
                ))}
              </View>
            )
          })
        }}
      </RemoteView>
      {notice.inline}
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

export default withFontScale(StaffPage)
