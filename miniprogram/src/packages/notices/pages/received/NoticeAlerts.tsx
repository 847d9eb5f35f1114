import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { NoticeAlertStatus } from '@core/api/notices'
import type { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { notices } from '../../../../services/notices'

/**
 * 新通知提醒: WeChat delivers the next notice's message only after the member agrees in its own
 * dialog, asked straight from the tap (so the template id is loaded first); each agreement is one
 * message. The H5 build has no such dialog: the tap records the consent directly.
 */
export default function NoticeAlerts({ notice }: { notice: ReturnType<typeof useNotice> }) {
  const [status, setStatus] = useState<NoticeAlertStatus | null>(null)
  const { run, busy } = useSubmit(notice)
  useEffect(() => {
    void notices('alertStatus', {}).then((r) => r.ok && setStatus(r.data))
  }, [])
  if (!status) return null
  const turnOn = async () => {
    if (process.env.TARO_ENV === 'weapp') {
      const answer = await Taro.requestSubscribeMessage({ tmplIds: [status.templateId] } as Taro.requestSubscribeMessage.Option)
        .then((a) => a as unknown as Record<string, string>)
        .catch(() => null)
      if (answer?.[status.templateId] !== 'accept') return notice.show('您没有同意接收提醒，需要时可以再点一次', 'error')
    }
    const saved = await run(() => notices('subscribeAlerts', { templateId: status.templateId }), { done: '已开启提醒' })
    if (saved) setStatus(saved)
  }
  return (
    <View className='nt-card'>
      <View className='nt-card__meta'>
        {status.subscribed ? '下一条新通知会通过微信提醒您。' : '开启后，下一条新通知会通过微信提醒您。'}
      </View>
      {!status.subscribed && (
        <AtButton size='small' disabled={busy} onClick={() => void turnOn()}>
          开启新通知提醒
        </AtButton>
      )}
    </View>
  )
}
