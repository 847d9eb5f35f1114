import { useEffect, useState } from 'react'
import { Button, Textarea, View } from '@tarojs/components'
import { AtModal, AtModalAction, AtModalContent, AtModalHeader } from 'taro-ui'

interface Props {
  isOpened: boolean
  title: string
  /** What happens, said plainly above the reason box. */
  content: string
  placeholder: string
  confirmText: string
  busy: boolean
  onCancel: () => void
  onConfirm: (reason: string) => void
}

/** A confirm dialog that also asks for a reason, kept in the audit trail (stopping an account, removing a member). */
export default function ReasonModal({ isOpened, title, content, placeholder, confirmText, busy, onCancel, onConfirm }: Props) {
  const [reason, setReason] = useState('')
  useEffect(() => {
    if (isOpened) setReason('')
  }, [isOpened])
  return (
    <AtModal isOpened={isOpened} closeOnClickOverlay={false} onClose={onCancel}>
      <AtModalHeader>{title}</AtModalHeader>
      <AtModalContent>
        <View className='reason-modal__content'>{content}</View>
        {isOpened && (
          <Textarea
            className='reason-modal__input'
            value={reason}
            maxlength={200}
            placeholder={placeholder}
            onInput={(e) => setReason(e.detail.value)}
          />
        )}
      </AtModalContent>
      <AtModalAction>
        <Button onClick={onCancel}>取消</Button>
        <Button className='reason-modal__confirm' disabled={busy || !reason.trim()} onClick={() => onConfirm(reason.trim())}>
          {confirmText}
        </Button>
      </AtModalAction>
    </AtModal>
  )
}
