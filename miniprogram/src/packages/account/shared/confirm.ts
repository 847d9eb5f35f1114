import Taro from '@tarojs/taro'

/**
 * Asks before an action that cannot simply be undone; resolves true only on the confirm button. The
 * confirm button is red only for what takes something away (`destructive`), in the brand blue otherwise.
 */
export async function confirmAction(title: string, content: string, confirmText = '确定', destructive = true): Promise<boolean> {
  try {
    const confirmColor = destructive ? '#d93025' : '#1456c2'
    const answer = await Taro.showModal({ title, content, confirmText, cancelText: '取消', confirmColor })
    return answer.confirm
  } catch {
    return false
  }
}
