import Taro from '@tarojs/taro'

/** Asks before an action that cannot simply be undone; resolves true only on the confirm button. */
export async function confirmAction(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const answer = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor: '#d93025' })
    return answer.confirm
  } catch {
    return false
  }
}
