import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import type { CommunityReach } from '@core/api/committee'
import { listCommunities } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { govRoutes } from '../../routes'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { useRemote } from '../../../../hooks/useRemote'
import { placeOf } from '../../shared/entries'
import { EntryRow } from '../../shared/EntryRow'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 辖区小区: the communities the caller's street office, district or city centre role reaches; tap one to open its pages. */
function CommunitiesPage() {
  const first = useRemote(() => listCommunities({}))
  const [more, setMore] = useState<{ communities: CommunityReach[]; nextOffset: number | null } | null>(null)
  const [query, setQuery] = useState('')
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)

  const loadMore = async (offset: number, shown: CommunityReach[]) => {
    const page = await run(() => listCommunities({ offset }))
    if (page) setMore({ communities: [...shown, ...page.communities], nextOffset: page.nextOffset })
  }

  return (
    <View className='communities'>
      <RemoteView
        state={first.state}
        onRetry={() => {
          setMore(null)
          void first.reload()
        }}
      >
        {(page) => {
          const all = more?.communities ?? page.communities
          const nextOffset = more ? more.nextOffset : page.nextOffset
          if (all.length === 0) return <Empty text='您的辖区内还没有小区' />
          const words = query.trim()
          const shown = words ? all.filter((c) => `${c.name}${c.street}${c.district}`.includes(words)) : all
          return (
            <View>
              <View className='form gov-search'>
                <AtInput
                  name='query'
                  title='查找'
                  placeholder='小区、街道或区的名称'
                  value={query}
                  onChange={(v: string | number) => setQuery(String(v))}
                />
              </View>
              <View className='gov-count'>
                {words ? `找到 ${shown.length} 个小区` : `共 ${all.length} 个小区${nextOffset !== null ? '（还有更多）' : ''}`}
              </View>
              {shown.map((c) => (
                <EntryRow key={c.id} title={c.name} note={placeOf(c)} url={govRoutes.community(c.id)} />
              ))}
              {nextOffset !== null && (
                <View className='gov-actions'>
                  {notice.inline}
                  <AtButton loading={busy} disabled={busy} onClick={() => void loadMore(nextOffset, all)}>
                    加载更多小区
                  </AtButton>
                </View>
              )}
            </View>
          )
        }}
      </RemoteView>
      {notice.element}
    </View>
  )
}

export default withFontScale(CommunitiesPage)
