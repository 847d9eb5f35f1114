import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { VoteNoticeStatus } from '@core/api/vote'
import { castVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * 接收投票通知. In the mini program WeChat delivers a subscription message only after the owner
 * agrees in its own dialog (requestSubscribeMessage); we then record what she accepted, which is
 * what the local emulator checks before "delivering" and what this card shows. The H5 build has
 * no such dialog: tapping records the consent directly.
 */
export default function VoteNotices() {
  const [status, setStatus] = useState<VoteNoticeStatus | null>(null)
  const [loadFailed, setLoadFailed] = useState(false)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  // Loaded before any tap: WeChat shows its dialog only when asked straight from the tap, so
  // the template ids must already be at hand then (an await before it loses the tap).
  useEffect(() => {
    void castVote('noticeStatus', {}).then((r) => (r.ok ? setStatus(r.data) : setLoadFailed(true)))
  }, [])

  const turnOn = async () => {
    if (!status || busy) return
    const tmplIds = status.templates.map((t) => t.templateId)
    let accepted = tmplIds
    if (IS_WEAPP) {
      const answer = await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
        .then((a) => a as unknown as Record<string, string>)
        .catch(() => null)
      if (!answer) return notice.show('微信没有打开通知，请在右上角“…”→设置中允许接收订阅消息后再试', 'error')
      accepted = tmplIds.filter((id) => answer[id] === 'accept')
      if (accepted.length === 0) return notice.show('您没有同意接收通知，需要时可以再点一次', 'error')
    }
    const saved = await run(() => castVote('subscribe', { templateIds: accepted }), { progress: '正在开启…', done: '已开启投票通知' })
    if (saved) setStatus(saved)
  }

  const on = status !== null && status.templates.length > 0 && status.templates.every((t) => status.subscribed.includes(t.templateId))
  return (
    <View className='card open__notices'>
      <View className='vp__title'>投票通知</View>
      <View className='vp__meta'>
        {on ? '已开启投票通知：投票开始和快截止时，会通过微信通知您' : '开启后，投票开始和快截止时，会通过微信通知您'}
      </View>
      {on && IS_WEAPP && <View className='vp__meta'>微信每次同意只发一条通知，收到后可以再点一次按钮继续接收</View>}
      {loadFailed && <View className='vp__meta vp__error'>通知设置没有加载出来，请稍后重新打开这一页</View>}
      {notice.inline}
      <AtButton type={on ? 'secondary' : 'primary'} disabled={status === null || busy} onClick={() => void turnOn()}>
        接收投票通知
      </AtButton>
      {notice.element}
    </View>
  )
}
