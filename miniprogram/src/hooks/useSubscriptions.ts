import { useCallback, useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import type { SubscriptionKey, SubscriptionStatus } from '@core/api/subscriptions'
import { subscribeTemplates, subscriptionStatus } from '../services/account'
import type { useNotice } from './useNotice'
import { useSubmit } from './useSubmit'

const IS_WEAPP = process.env.TARO_ENV === 'weapp'

/**
 * Consent to subscription messages (订阅消息), asked for by template name (core/api/subscriptions.ts):
 * the ids come from the server, which is where they are configured. WeChat delivers a message only after
 * the person agrees in its own dialog, and shows that dialog only when asked straight from a tap, so the
 * ids are loaded before any tap (an await before `requestSubscribeMessage` loses the tap). Each accepted
 * template is then recorded as one one-time grant for the caller. The H5 build has no such dialog: the
 * tap records the consent directly.
 *
 * `what` names the messages in the sentences shown ("投票通知", "进度提醒").
 */
export function useSubscriptions(keys: readonly SubscriptionKey[], notice: ReturnType<typeof useNotice>, what = '提醒') {
  const [status, setStatus] = useState<SubscriptionStatus | null>(null)
  const [loadFailed, setLoadFailed] = useState(false)
  const { run, busy } = useSubmit(notice)
  const wanted = keys.join(',')

  useEffect(() => {
    void subscriptionStatus({ keys: wanted.split(',') as SubscriptionKey[] }).then((r) => (r.ok ? setStatus(r.data) : setLoadFailed(true)))
  }, [wanted])

  const turnOn = useCallback(async () => {
    if (!status || busy) return
    const tmplIds = status.templates.map((t) => t.templateId)
    let accepted = tmplIds
    if (IS_WEAPP) {
      const answer = await Taro.requestSubscribeMessage({ tmplIds } as Taro.requestSubscribeMessage.Option)
        .then((a) => a as unknown as Record<string, string>)
        .catch(() => null)
      if (!answer) return notice.show(`微信没有打开${what}，请在右上角“…”→设置中允许接收订阅消息后再试`, 'error')
      accepted = tmplIds.filter((id) => answer[id] === 'accept')
      if (accepted.length === 0) return notice.show(`您没有同意接收${what}，需要时可以再点一次`, 'error')
    }
    const saved = await run(() => subscribeTemplates({ keys: status.templates.map((t) => t.key), templateIds: accepted }), {
      progress: '正在开启…',
      done: `已开启${what}`,
    })
    if (saved) setStatus(saved)
  }, [status, busy, notice, run, what])

  /** Every named template has a grant left. */
  const on = status !== null && status.templates.length > 0 && status.templates.every((t) => status.subscribed.includes(t.key))
  return { status, on, loadFailed, busy, turnOn }
}
