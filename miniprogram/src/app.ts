import { type PropsWithChildren } from 'react'
import { initCloud } from './services/cloud'
import './app.scss'

initCloud()

function App({ children }: PropsWithChildren) {
  return children
}

export default App
