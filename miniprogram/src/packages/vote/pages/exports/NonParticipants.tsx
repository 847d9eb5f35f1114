import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatArea, formatUnits } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useRemote } from '../../../../hooks/useRemote'
import { openFile } from '../../../../services/files'
import PrivacySheet from '../../../../components/privacy-sheet'

const PAGE = 50

/** 未参与表决明细: room, masked owner, area; the whole list as an xlsx download. */
export default function NonParticipants({ voteId }: { voteId: string }) {
  const [offset, setOffset] = useState(0)
  const { state, reload } = useRemote(() => manageVote('nonParticipants', { voteId, limit: PAGE, offset }), [offset])
  const [link, setLink] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  const exportXlsx = async () => {
    const file = await run(() => manageVote('exportNonParticipants', { voteId }), { progress: '正在生成表格…' })
    if (!file) return
    setLink(file.tempFileURL)
    notice.show(`已生成，共 ${file.rows} 行`, 'success')
  }
  const open = async () => {
    const problem = await openFile({ url: link })
    if (problem) notice.showError(problem)
  }

  return (
    <View className='card'>
      <View className='vp__title'>未参与表决的业主</View>
      <RemoteView state={state} onRetry={() => void reload()}>
        {(page) => (
          <View>
            <View className='vp__meta'>
              共 {formatUnits(page.total)}，第 {page.total === 0 ? 0 : offset + 1}–{offset + page.rows.length} 套
            </View>
            {page.rows.map((r) => (
              <View key={r.room} className='exports__row'>
                <View className='exports__room'>{r.room}</View>
                <View className='exports__owners'>{r.owners}</View>
                <View className='exports__area'>{formatArea(r.areaCenti)}</View>
              </View>
            ))}
            <View className='vp__row'>
              {offset > 0 && (
                <AtButton size='small' onClick={() => setOffset(Math.max(0, offset - PAGE))}>
                  上一页
                </AtButton>
              )}
              {offset + PAGE < page.total && (
                <AtButton size='small' onClick={() => setOffset(offset + PAGE)}>
                  下一页
                </AtButton>
              )}
            </View>
          </View>
        )}
      </RemoteView>
      <View className='vp__actions'>
        <AtButton disabled={busy} onClick={() => void exportXlsx()}>
          下载未参与表决明细表（Excel）
        </AtButton>
        {link && (
          <View>
            <AtButton type='primary' onClick={() => void open()}>
              打开表格
            </AtButton>
            <View className='exports__link' onClick={() => void Taro.setClipboardData({ data: link })}>
              {link}（点按复制链接）
            </View>
          </View>
        )}
      </View>
      <PrivacySheet />
      {notice.element}
    </View>
  )
}
