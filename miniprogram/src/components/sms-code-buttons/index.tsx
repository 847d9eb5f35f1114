import { AtButton } from 'taro-ui'

export interface SmsCodeButtonsProps {
  /** 距离可以再次获取验证码还有几秒；0 表示现在可以获取 */
  secondsLeft: number
  /** 正在等服务器回答：两个按钮都不能点，提交按钮转圈 */
  busy: boolean
  /** 提交按钮上的文字，如“提交信息” */
  submitText: string
  /** 点“获取验证码” */
  onRequestCode: () => void
  /** 点提交按钮 */
  onSubmit: () => void
}

/**
 * The two buttons under an SMS-code form: "获取验证码" (counting down before the next code) and the
 * form's submit. They sit in the page's own actions area, which spaces them; see hooks/useSmsCode.
 */
export default function SmsCodeButtons({ secondsLeft, busy, submitText, onRequestCode, onSubmit }: SmsCodeButtonsProps) {
  return (
    <>
      <AtButton disabled={busy || secondsLeft > 0} onClick={onRequestCode}>
        {secondsLeft > 0 ? `重新获取（${secondsLeft}秒）` : '获取验证码'}
      </AtButton>
      <AtButton type='primary' loading={busy} disabled={busy} onClick={onSubmit}>
        {submitText}
      </AtButton>
    </>
  )
}
