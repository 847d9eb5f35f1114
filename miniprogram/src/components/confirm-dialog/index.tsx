import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'

export interface ConfirmDialogProps {
  isOpened: boolean
  title: string
  children?: ReactNode
  /** @default '确定' */
  confirmText?: string
  /** @default '取消' */
  cancelText?: string
  /** 确认按钮显示为红色（删除、提交后不可更改等） @default false */
  danger?: boolean
  confirmDisabled?: boolean
  onConfirm: () => void
  onCancel: () => void
}

/**
 * A plain full-screen confirmation with large buttons. Written here rather than AtModal so the
 * body can hold any content (a ballot summary, a reason field) and look the same in both builds.
 */
export default function ConfirmDialog(props: ConfirmDialogProps) {
  if (!props.isOpened) return null
  return (
    <View className='yw-dialog' catchMove>
      <View className='yw-dialog__panel'>
        <View className='yw-dialog__title'>{props.title}</View>
        <View className='yw-dialog__body'>{props.children}</View>
        <View className='yw-dialog__actions'>
          <AtButton className='yw-dialog__cancel' onClick={props.onCancel}>
            {props.cancelText ?? '取消'}
          </AtButton>
          <AtButton
            type='primary'
            className={`yw-dialog__confirm ${props.danger ? 'yw-dialog__confirm--danger' : ''}`}
            disabled={props.confirmDisabled}
            onClick={props.onConfirm}
          >
            {props.confirmText ?? '确定'}
          </AtButton>
        </View>
      </View>
    </View>
  )
}
