import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { CHOICE_LABELS, type MyBallotEntry, type VoteItemView } from '@core/api/vote'
import RemoteView from '../../../../components/remote-view'
import { ok, err } from '@core/result'
import { castVote } from '../../../../services/vote'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { voteRoutes } from '../../routes'
import { formatDateTime } from '@core/format'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

interface ReceiptData {
  ballot: MyBallotEntry
  items: VoteItemView[]
}

/** Shown after casting: the receipt code to keep, and what was recorded for each item. */
function ReceiptPage() {
  const { voteId = '', partyId = '' } = useParams()
  const { state, reload } = useRemote(async () => {
    const [ballots, page] = await Promise.all([castVote('myBallots', { voteId }), castVote('ballotPage', { voteId })])
    if (!ballots.ok) return ballots
    if (!page.ok) return page
    const ballot = ballots.data.find((b) => b.partyId === partyId)
    return ballot ? ok<ReceiptData>({ ballot, items: page.data.vote.items }) : err('RECEIPT_NOT_FOUND', '没有找到这套房的选票')
  })
  return (
    <View className='vp receipt'>
      <RemoteView state={state} onRetry={() => void reload()}>
        {({ ballot, items }) => (
          <View>
            <View className='receipt__done'>投票成功</View>
            <View className='card'>
              <View className='muted'>回执码（请截图或抄下保存，计票完成后可核对是否计入）</View>
              <View className='receipt__code'>{ballot.receipt}</View>
              <View className='vp__meta'>{ballot.title}</View>
              <View className='vp__meta'>
                房屋：{ballot.rooms.join('、')}
                {ballot.as === 'delegate' ? '（受委托）' : ''}
              </View>
              <View className='vp__meta'>
                提交时间：{formatDateTime(ballot.castAt)}
                {ballot.changes > 0 ? `（已修改 ${ballot.changes} 次）` : ''}
              </View>
            </View>
            <View className='card'>
              {items.map((item, i) => (
                <View key={item.id} className='receipt__line'>
                  第{i + 1}项（{item.text}）：{ballot.choices[item.id] ? CHOICE_LABELS[ballot.choices[item.id]] : '未选择'}
                </View>
              ))}
            </View>
          </View>
        )}
      </RemoteView>
      <View className='vp__actions'>
        <AtButton type='primary' onClick={() => void Taro.redirectTo({ url: voteRoutes.open() })}>
          返回投票列表
        </AtButton>
        <AtButton onClick={() => void Taro.redirectTo({ url: voteRoutes.myBallots() })}>我的选票</AtButton>
      </View>
    </View>
  )
}

export default withFontScale(ReceiptPage)
