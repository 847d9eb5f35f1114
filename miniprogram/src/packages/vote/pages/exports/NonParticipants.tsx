import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { formatArea, formatUnits } from '@core/format'
import RemoteView from '../../../../components/remote-view'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { useRemote } from '../../../../hooks/useRemote'
import { openFile, SHARE_LABEL, shareFile } from '../../../../services/files'

const FILE_NAME = '未参与表决明细.xlsx'

const PAGE = 50

/** 未参与表决明细: room, masked owner, area; the whole list as an xlsx download. */
export default function NonParticipants({ voteId }: { voteId: string }) {
  const [offset, setOffset] = useState(0)
  const { state, reload } = useRemote(() => manageVote('nonParticipants', { voteId, limit: PAGE, offset }), [offset])
  const [file, setFile] = useState<{ url: string; rows: number } | null>(null)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  const exportXlsx = async () => {
    const made = await run(() => manageVote('exportNonParticipants', { voteId }), { progress: '正在生成表格…' })
    if (made) setFile({ url: made.tempFileURL, rows: made.rows })
  }
  const open = async () => {
    const problem = file && (await openFile({ url: file.url, name: FILE_NAME }))
    if (problem) notice.showError(problem)
  }
  const share = async () => {
    const problem = file && (await shareFile({ url: file.url, name: FILE_NAME }))
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
        {file && (
          <View>
            <View className='yw-notice yw-notice--success'>
              表格已生成：{FILE_NAME}，共 {formatUnits(file.rows)}。
            </View>
            <AtButton type='primary' onClick={() => void open()}>
              打开表格
            </AtButton>
            <AtButton onClick={() => void share()}>{SHARE_LABEL}</AtButton>
          </View>
        )}
        {notice.inline}
      </View>
      {notice.element}
    </View>
  )
}
