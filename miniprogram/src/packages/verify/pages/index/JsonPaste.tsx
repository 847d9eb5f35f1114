import { Textarea, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'

export interface JsonPasteProps {
  text: string
  /** Why the pasted text could not be read as JSON. */
  error: string | null
  onChange: (text: string) => void
  /** Read the pasted JSON: fill the form from it and check it as pasted. */
  onRead: () => void
}

const PLACEHOLDER = '{"major": false, "total": {"owners": 300, "area": 30000}, "participated": {"owners": 200, "area": 20000}, …}'

/** The other way in: the same JSON file `npm run verify-result` reads, pasted as text. */
export default function JsonPaste({ text, error, onChange, onRead }: JsonPasteProps) {
  return (
    <View className='card verify-paste'>
      <View className='verify-paste__title'>粘贴公告数据（JSON）</View>
      <View className='verify-paste__hint'>
        有别的系统导出的公告数据，可以整段粘贴到这里，点“读取并核对”会自动填好上面的表格。 面积单位是 m²，不知道的数字写 null。
      </View>
      <Textarea
        className='verify-paste__box'
        value={text}
        placeholder={PLACEHOLDER}
        // The default limit (140 characters) would cut a notice short.
        maxlength={5000}
        onInput={(e) => onChange(e.detail.value)}
      />
      {error && <View className='verify-paste__error'>{error}</View>}
      <AtButton className='verify-paste__read' onClick={onRead}>
        读取并核对
      </AtButton>
    </View>
  )
}
