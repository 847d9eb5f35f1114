import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { CommitteePerson } from '@core/api/account'
import { listCommitteePeople } from '../../../../services/account'
import { holdsRole } from '../../../../utils/roles'
import { accountRoutes } from '../../routes'
import { PersonCard } from '../../shared/PersonCard'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 权限管理: everyone of the committee with role and status; one's own row opens one's account. */
function PeoplePage() {
  const people = useCommunityData((communityId) => listCommitteePeople({ communityId }))
  const isDirector = people.account ? holdsRole(people.account.roles, 'director', people.communityId ?? undefined) : false
  const openMe = () => void Taro.navigateTo({ url: accountRoutes.me() })
  return (
    <View className='people'>
      {isDirector && (
        <View className='people__manage'>
          <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: accountRoutes.staff() })}>
            人员授权
          </AtButton>
        </View>
      )}
      <RemoteView state={people.state} onRetry={people.reload} roles={people.account?.roles}>
        {({ people: everyone }) =>
          everyone.length === 0 ? (
            <Empty text='还没有业委会人员' />
          ) : (
            <View>
              <View className='people__lead'>点击自己，可以查看角色权限、更换手机号码或解除绑定。</View>
              <View className='section-title'>业委会全部人员（{everyone.length}）</View>
              {everyone.map((p) => (
                <PersonRow key={p.accountId ?? p.memberId ?? p.name} person={p} onOpen={p.isMe ? openMe : undefined} />
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

function PersonRow({ person, onOpen }: { person: CommitteePerson; onOpen?: () => void }) {
  return (
    <PersonCard
      person={person}
      className={`people__person ${person.isMe ? 'people__person--me' : ''}`}
      title={`${person.name}${person.isMe ? '（我）' : ''}`}
      leading={<View className='people__avatar'>{person.name.slice(0, 1)}</View>}
      onClick={onOpen}
    >
      <View className={`people__status people__status--${person.status}`}>{person.statusLabel}</View>
    </PersonCard>
  )
}

export default withFontScale(PeoplePage)
