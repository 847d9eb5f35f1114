import type { ReactNode } from 'react'
import { Text, View } from '@tarojs/components'
import type { Attachment, ItemClass } from '@core/api/vote'

export interface VoteItemProps {
  /** 第几个事项（从 1 开始） */
  index: number
  text: string
  itemClass: ItemClass
  /** 服务端给出的完整说明，如“重大事项（参与表决四分之三以上同意）” */
  classLabel: string
  attachments?: Attachment[]
  onOpenAttachment?: (attachment: Attachment) => void
  /** 事项下方的内容（选项、录入框） */
  children?: ReactNode
}

const SHORT: Record<ItemClass, string> = { ordinary: '普通', major: '重大' }

/** One item of a vote as an owner reads it: its class in a tag first, then the text, the rule, the attachments. */
export default function VoteItem(props: VoteItemProps) {
  return (
    <View className='yw-vote-item'>
      <View className='yw-vote-item__head'>
        <Text className={`yw-vote-item__class yw-vote-item__class--${props.itemClass}`}>{SHORT[props.itemClass]}</Text>
        <Text className='yw-vote-item__no'>事项{props.index}</Text>
      </View>
      <View className='yw-vote-item__text'>{props.text}</View>
      <View className='yw-vote-item__rule'>{props.classLabel}</View>
      {(props.attachments ?? []).map((a) => (
        <View key={a.fileID} className='yw-vote-item__file' onClick={() => props.onOpenAttachment?.(a)}>
          附件：{a.name}
        </View>
      ))}
      {props.children}
    </View>
  )
}
