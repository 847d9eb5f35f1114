import { useState, type ReactNode } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import ConfirmDialog from '../../../components/confirm-dialog'
import type { Result } from '../../../services/cloud'
import { useNotice } from '../../../hooks/useNotice'
import { useSubmit } from '../../../hooks/useSubmit'

interface Props {
  /** The button's text, and the confirmation's title. */
  title: string
  /** What finishing means, said in the confirmation. */
  children: ReactNode
  /** The "正在…" text while the server finishes the step. */
  progress: string
  finish: () => Promise<Result<object>>
  /** The page of the step that comes next; it replaces this one. */
  next: string
}

/** Closes one step of the count (投票补计, 确认从众) once the person confirms, then opens the next step. */
export default function FinishStep({ title, children, progress, finish, next }: Props) {
  const [asking, setAsking] = useState(false)
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)
  const confirm = async () => {
    setAsking(false)
    const done = await run(finish, { progress: progress })
    if (done) void Taro.redirectTo({ url: next })
  }
  return (
    <View>
      {notice.inline}
      <View className='vp__actions'>
        <AtButton type='primary' disabled={busy} onClick={() => setAsking(true)}>
          {title}
        </AtButton>
      </View>
      <ConfirmDialog isOpened={asking} title={title} onConfirm={() => void confirm()} onCancel={() => setAsking(false)}>
        {children}
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}
