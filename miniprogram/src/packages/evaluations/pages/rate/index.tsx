import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Input, Picker, Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import { DIMENSIONS, TARGET_LABELS, type EvaluationTarget } from '@core/evaluations/dimensions'
import { roomLabel } from '@core/format'
import { rate } from '../../../../services/evaluations'
import { getMyHome } from '../../../../services/identity'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import RemoteView from '../../../../components/remote-view'
import { evaluationRoutes } from '../../routes'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** 业主评价: a bound owner scores each dimension 1–5 for one of her units, with an optional comment. */
function RatePage() {
  const params = useParams()
  const target: EvaluationTarget = params.target === 'committee' ? 'committee' : 'property'
  const home = useRemote(getMyHome)
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [scores, setScores] = useState<Record<string, number>>({})
  const [comment, setComment] = useState('')
  const [unitIndex, setUnitIndex] = useState(0)
  const [tried, setTried] = useState(false)
  const [sent, setSent] = useState<{ communityId?: string; replaced: boolean } | null>(null)
  const unscored = DIMENSIONS[target].filter((d) => !scores[d.key])

  if (sent)
    return (
      <View className='evaluations'>
        <View className='evaluations__done'>
          <View className='evaluations__community'>{sent.replaced ? '已修改您的评价' : '已提交您的评价，谢谢！'}</View>
          <View className='evaluations__summary'>
            本季度内您可以随时修改，修改后以最后一次为准。{TARGET_LABELS[target]}的回复会显示在评价下面。
          </View>
          <View className='page-actions'>
            <AtButton type='primary' onClick={() => void Taro.redirectTo({ url: evaluationRoutes.statistics(sent.communityId) })}>
              查看评价统计
            </AtButton>
            <AtButton onClick={() => setSent(null)}>修改我的评价</AtButton>
          </View>
        </View>
      </View>
    )
  return (
    <View className='evaluations'>
      <View className='evaluations__community'>评价{TARGET_LABELS[target]}</View>
      <RemoteView state={home.state} onRetry={home.reload}>
        {(h) => (
          <View className='evaluations__section'>
            {h.units.length > 1 && (
              <Picker
                mode='selector'
                range={h.units.map((u) => roomLabel(u))}
                value={unitIndex}
                onChange={(e) => setUnitIndex(Number(e.detail.value))}
              >
                <View className='evaluations__summary'>以 {roomLabel(h.units[unitIndex])} 评价（点此更换）</View>
              </Picker>
            )}
            {DIMENSIONS[target].map((d) => (
              <View key={d.key} className='evaluations__dimension'>
                <View className='evaluations__summary'>
                  {d.label}
                  {tried && !scores[d.key] && <Text className='evaluations__missing'>（请打分）</Text>}
                </View>
                <View className='evaluations__scores'>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <AtButton
                      key={n}
                      size='small'
                      type={scores[d.key] === n ? 'primary' : 'secondary'}
                      onClick={() => setScores({ ...scores, [d.key]: n })}
                    >
                      {`${n}分`}
                    </AtButton>
                  ))}
                </View>
              </View>
            ))}
            <Input
              className='evaluations__input'
              placeholder='说说您的看法（选填）'
              value={comment}
              onInput={(e) => setComment(e.detail.value)}
            />
            {notice.inline}
            <AtButton
              type='primary'
              disabled={busy}
              onClick={async () => {
                const unit = h.units[unitIndex]
                if (!unit) return notice.show('您名下没有可评价的房屋', 'error')
                setTried(true)
                if (unscored.length > 0) return notice.show(`还没有打分：${unscored.map((d) => d.label).join('、')}`, 'error')
                const done = await run(() => rate({ unitId: unit.id, target, scores, comment }), { done: '已提交评价' })
                if (done) setSent({ communityId: unit.communityId, replaced: done.replaced })
              }}
            >
              提交评价
            </AtButton>
          </View>
        )}
      </RemoteView>
      {notice.element}
    </View>
  )
}

export default withFontScale(RatePage)
