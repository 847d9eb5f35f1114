import { type PropsWithChildren } from 'react'
import Taro from '@tarojs/taro'
import { initCloud } from './services/cloud'
import { installPrivacyGate } from './utils/privacy'
import { focusFieldsFromRows } from './utils/inputRows'
import './app.scss'

initCloud()
installPrivacyGate(process.env.TARO_ENV === 'weapp' ? Taro : undefined)
focusFieldsFromRows()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
