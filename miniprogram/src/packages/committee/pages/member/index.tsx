import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { MemberView } from '@core/api/committee'
import { holdsRole } from '../../../../utils/roles'
import { listMembers, memberHistory, removeMember } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { committeeRoutes } from '../../routes'
import { termText } from '../../../../utils/format'
import ReasonModal from '../../../../components/reason-modal'
import RemoteView from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useRemote } from '../../../../hooks/useRemote'
import { useParams } from '../../../../hooks/useParams'
import { DetailRows } from '../../../../components/detail-rows'
import { History } from './History'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** One member: details, every change made to the entry, and (director) edit or remove. */
function MemberPage() {
  const params = useParams()
  const memberId = params.id ?? ''
  const members = useCommunityData((communityId) => listMembers({ communityId, includeRemoved: true }))
  const history = useRemote(() => memberHistory({ memberId }), [memberId])
  const [removing, setRemoving] = useState(false)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const isDirector = members.account ? holdsRole(members.account.roles, 'director', members.communityId ?? undefined) : false

  const remove = async (reason: string) => {
    if (!(await run(() => removeMember({ memberId, reason })))) return
    setRemoving(false)
    notice.show('已移除', 'success')
    members.reload()
    void history.reload()
  }

  return (
    <View className='member'>
      <RemoteView state={members.state} onRetry={members.reload} roles={members.account?.roles}>
        {({ members: everyone }) => {
          const member = everyone.find((m) => m.id === memberId)
          if (!member) return <View className='remote-view__hint muted'>没有找到这位成员</View>
          return (
            <View>
              <Details member={member} />
              {isDirector && member.status === 'serving' && (
                <View className='page-actions'>
                  {notice.inline}
                  <AtButton
                    type='primary'
                    onClick={() =>
                      void Taro.navigateTo({ url: committeeRoutes.memberEdit({ id: member.id, communityId: member.communityId }) })
                    }
                  >
                    编辑
                  </AtButton>
                  <AtButton className='member__danger' onClick={() => setRemoving(true)}>
                    移除
                  </AtButton>
                </View>
              )}
            </View>
          )
        }}
      </RemoteView>
      <View className='section-title'>变更记录</View>
      <RemoteView state={history.state} onRetry={() => void history.reload()}>
        {({ changes }) => <History changes={changes} />}
      </RemoteView>
      <ReasonModal
        isOpened={removing}
        title='移除成员'
        content='移除后该成员不再显示在成员名单中，变更记录会保留。'
        placeholder='请填写移除原因，如：任期届满、辞职'
        confirmText='移除'
        busy={busy}
        onCancel={() => setRemoving(false)}
        onConfirm={(reason) => void remove(reason)}
      />
      {notice.element}
    </View>
  )
}

function Details({ member }: { member: MemberView }) {
  const rows: Array<[string, string]> = [
    ['姓名', member.name],
    ['类别', member.kindLabel],
    ['职务', member.position],
    ['任期', termText(member.termStart, member.termEnd)],
    ['联系电话', member.phoneMasked],
    ['状态', member.status === 'serving' ? '在任' : '已移除'],
  ]
  return (
    <View className='detail'>
      <DetailRows rows={rows} />
    </View>
  )
}

export default withFontScale(MemberPage)
