import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View, Text } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MemberKind, MemberView } from '@core/api/committee'
import { holdsRole } from '../../../../utils/roles'
import { listMembers } from '../../../../services/committee'
import { committeeRoutes } from '../../routes'
import { termText } from '../../../../utils/format'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const SECTIONS: Array<{ kind: MemberKind; title: string }> = [
  { kind: 'member', title: '业委会委员' },
  { kind: 'alternate', title: '候补委员' },
  { kind: 'staff', title: '其他工作人员' },
]

/** 业委会管理 / 成员信息维护: members, alternates and other staff; the director adds, edits and removes. */
function MembersPage() {
  const [showRemoved, setShowRemoved] = useState(false)
  const members = useCommunityData(
    (communityId) => listMembers({ communityId, includeRemoved: showRemoved }),
    showRemoved ? 'all' : 'serving',
  )
  const isDirector = members.account ? holdsRole(members.account.roles, 'director', members.communityId ?? undefined) : false
  return (
    <View className='members'>
      {isDirector && (
        <View className='page-actions'>
          <AtButton
            type='primary'
            onClick={() => void Taro.navigateTo({ url: committeeRoutes.memberEdit({ communityId: members.communityId ?? '' }) })}
          >
            添加成员
          </AtButton>
        </View>
      )}
      <RemoteView state={members.state} onRetry={members.reload} roles={members.account?.roles}>
        {({ members: everyone }) => (
          <View>
            {everyone.length === 0 && <Empty text='还没有成员信息' />}
            {SECTIONS.map(({ kind, title }) => {
              const rows = everyone.filter((m) => m.kind === kind)
              if (rows.length === 0) return null
              return (
                <View key={kind}>
                  <View className='section-title'>
                    {title}（{rows.length}）
                  </View>
                  {rows.map((m) => (
                    <MemberCard key={m.id} member={m} />
                  ))}
                </View>
              )
            })}
            <View className='page-actions'>
              <AtButton onClick={() => setShowRemoved(!showRemoved)}>{showRemoved ? '只看在任成员' : '也看已移除的成员'}</AtButton>
            </View>
          </View>
        )}
      </RemoteView>
    </View>
  )
}

function MemberCard({ member }: { member: MemberView }) {
  const open = () => void Taro.navigateTo({ url: committeeRoutes.member(member.id, member.communityId) })
  return (
    <View className='list-card' onClick={open}>
      <View className='list-card__title'>
        {member.name}
        <Text className='list-card__tag'>{member.position}</Text>
        {member.status === 'removed' && <Text className='list-card__tag list-card__tag--grey'>已移除</Text>}
      </View>
      <View className='list-card__meta'>任期：{termText(member.termStart, member.termEnd)}</View>
      <View className='list-card__meta'>联系电话：{member.phoneMasked}</View>
    </View>
  )
}

export default withFontScale(MembersPage)
