import { useEffect, useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { verifyAnnouncement, type VerifyReport } from '@core/vote/verify'
import { useNotice } from '../../../../hooks/useNotice'
import { emptyForm, exampleForm, formFromAnnouncement, formToAnnouncement, type AnnouncementForm } from '../../announcement-form'
import { describeFailure, type FieldKey, type Problem } from '../../labels'
import { readPasted } from '../../paste'
import AnnouncementFields from './AnnouncementFields'
import JsonPaste from './JsonPaste'
import ResultView from './ResultView'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

interface Checked {
  report: VerifyReport
  /** The announcement JSON that was checked, as the command would read it. */
  input: unknown
}

/**
 * 核对投票结果: anyone, signed in or not, types a published notice's figures (or pastes its
 * JSON) and sees the outcome recomputed by Art. 278. The page runs the same pure checker as
 * `npm run verify-result`, on the same JSON, so the two cannot disagree. Nothing is sent anywhere.
 */
function VerifyPage() {
  const [form, setForm] = useState<AnnouncementForm>(emptyForm)
  const [pasteText, setPasteText] = useState('')
  const [pasteError, setPasteError] = useState<string | null>(null)
  const [checked, setChecked] = useState<Checked | null>(null)
  const [problems, setProblems] = useState<Problem[]>([])
  const [scrollTarget, setScrollTarget] = useState<{ selector: string } | null>(null)
  const notice = useNotice()

  // After a check, bring its answer into view: on a phone the form fills the screen.
  useEffect(() => {
    if (!scrollTarget) return
    Taro.nextTick(() => void Taro.pageScrollTo({ selector: scrollTarget.selector, duration: 300 }).catch(() => undefined))
  }, [scrollTarget])

  const check = (input: unknown) => {
    const result = verifyAnnouncement(input)
    if (result.ok) {
      setChecked({ report: result.data, input })
      setProblems([])
      setScrollTarget({ selector: '#verify-result' })
    } else {
      setChecked(null)
      setProblems(describeFailure(result))
      setScrollTarget({ selector: '#verify-problems' })
    }
  }

  const edit = (next: AnnouncementForm, edited: FieldKey) => {
    setForm(next)
    // A result shown beside changed figures would mislead; the changed field's old error goes too.
    setChecked(null)
    const row = edited.split('.')[0]
    setProblems((ps) => ps.filter((p) => p.key !== edited && p.key !== row))
  }

  const readPaste = () => {
    const pasted = readPasted(pasteText)
    if (!pasted.ok) {
      setPasteError(pasted.message)
      return
    }
    setPasteError(null)
    setForm(formFromAnnouncement(pasted.data))
    // Checked as pasted, not as re-read from the form: exactly what the command would see.
    check(pasted.data)
  }

  const fillExample = () => {
    setForm(exampleForm())
    setChecked(null)
    setProblems([])
    notice.show('已填入示例数字，点“核对”看结果', 'success')
  }

  const clear = () => {
    setForm(emptyForm())
    setChecked(null)
    setProblems([])
  }

  return (
    <View className='verify'>
      <View className='card'>
        <View className='verify__title'>核对投票结果</View>
        <View className='verify__lead'>
          把投票结果公告上的数字填进来，点“核对”，这里会按《民法典》第二百七十八条重新算一遍，看公告的结果对不对。
          不知道的数字空着不填。不用登录，数字只在本机计算，不会上传。
        </View>
        <AtButton className='verify__example' onClick={fillExample}>
          填入示例
        </AtButton>
      </View>
      <View className='card'>
        <AnnouncementFields form={form} problems={problems} onChange={edit} />
      </View>
      {problems.length > 0 && (
        <View id='verify-problems' className='card verify__problems'>
          <View className='verify__problems-title'>请先改正这些数据，再点“核对”：</View>
          {problems.map((p, i) => (
            <View key={i} className='verify__problem'>
              {p.text}
            </View>
          ))}
        </View>
      )}
      {notice.inline}
      <View className='verify__actions'>
        <AtButton type='primary' onClick={() => check(formToAnnouncement(form))}>
          核对
        </AtButton>
        <AtButton onClick={clear}>清空重填</AtButton>
      </View>
      {checked && (
        <View className='card'>
          <ResultView report={checked.report} />
          <View className='verify__json-title'>本次核对的数据（可存成文件，用 npm run verify-result 命令核对，结果相同）</View>
          <View className='verify__json'>{JSON.stringify(checked.input)}</View>
        </View>
      )}
      <JsonPaste text={pasteText} error={pasteError} onChange={setPasteText} onRead={readPaste} />
      {notice.element}
    </View>
  )
}

export default withFontScale(VerifyPage)
