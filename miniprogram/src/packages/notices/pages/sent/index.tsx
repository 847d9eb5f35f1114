import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatDateTime } from '@core/format'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { notices } from '../../../../services/notices'
import { noticesRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 通知发布 (city and district centres): drafts, published and revoked notices, newest change first. */
function SentPage() {
  const { state, reload } = useRemote(() => notices('listSent', { limit: 50 }))
  return (
    <View className='nt-sent'>
      <View className='nt-actions'>
        <AtButton type='primary' onClick={() => void Taro.navigateTo({ url: noticesRoutes.edit() })}>
          新建通知
        </AtButton>
      </View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(page) =>
          page.rows.length === 0 ? (
            <Empty text='还没有发布过通知' />
          ) : (
            <View>
              {page.rows.map((r) => (
                <View
                  key={r.id}
                  className='list-card'
                  onClick={() =>
                    void Taro.navigateTo({ url: r.state === 'draft' ? noticesRoutes.edit(r.id) : noticesRoutes.dashboard(r.id) })
                  }
                >
                  <View className='list-card__title'>
                    {r.title}
                    <View className={`list-card__tag${r.state === 'published' ? '' : ' list-card__tag--grey'}`}>{r.stateLabel}</View>
                  </View>
                  <View className='list-card__meta'>
                    {r.targetLabel} · {r.priorityLabel} · {r.replyRequired ? '需回复' : '不需回复'} · {formatDateTime(r.updatedAt)}
                  </View>
                  {r.state !== 'draft' && (
                    <View className='list-card__meta'>
                      共 {r.total} 个小区，已读 {r.read}
                      {r.replyRequired ? `，已回复 ${r.replied}` : ''}
                    </View>
                  )}
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

export default withFontScale(SentPage)
