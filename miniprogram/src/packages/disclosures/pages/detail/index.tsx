import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { AtButton } from 'taro-ui'
import type { DisclosureDetail } from '@core/api/disclosures'
import { formatDateTime } from '@core/format'
import { getDisclosure, voidDisclosure } from '../../../../services/disclosures'
import RemoteView from '../../../../components/remote-view'
import FileList from '../../../../components/file-list'
import ReasonModal from '../../../../components/reason-modal'
import { DetailRows } from '../../../../components/detail-rows'
import { useCommunity } from '../../../../hooks/useCommunity'
import { useNotice } from '../../../../hooks/useNotice'
import { useParams } from '../../../../hooks/useParams'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmit } from '../../../../hooks/useSubmit'
import { disclosureRoutes } from '../../routes'
import { FinanceTable } from '../../shared/FinanceTable'
import { isCommitteeOf, isDirectorOf, isVoterOf } from '../../shared/roles'
import CorrectionRequests from './CorrectionRequests'
import { VoidedNote } from '../../shared/VoidedNote'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

/** One disclosure: what, for which period, the statement, files, who published it; voided ones say who, when and why. */
function DisclosureDetailPage() {
  const id = useParams().id ?? ''
  const item = useRemote(() => getDisclosure({ disclosureId: id }), id ? [id] : null)
  const { account } = useCommunity()
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const [voiding, setVoiding] = useState(false)

  const confirmVoid = async (reason: string) => {
    const voided = await run(() => voidDisclosure({ disclosureId: id, reason }), { done: '已作废' })
    if (!voided) return
    setVoiding(false)
    item.set(voided)
  }

  return (
    <View className='disclosure'>
      <RemoteView state={item.state} onRetry={() => void item.reload()} roles={account?.roles}>
        {(d) => (
          <View>
            <VoidedNote what='信息' voided={d.voided}>
              {d.correctedBy && (
                <View className='link' onClick={() => void Taro.navigateTo({ url: disclosureRoutes.detail(d.correctedBy!.id) })}>
                  查看更正后的信息：{d.correctedBy.title}
                </View>
              )}
            </VoidedNote>
            <View className='detail'>
              <View className='detail__text disclosure__title'>
                {d.title}
                <Text className={`list-card__tag ${d.status === 'published' ? '' : 'list-card__tag--grey'}`}>{d.statusLabel}</Text>
              </View>
              <DetailRows
                rows={[
                  ['公开类别', d.categoryLabel],
                  ...(d.basis ? ([['依据', d.basis]] as const) : []),
                  ['所属期间', d.period],
                  ['发布', d.published ? `${d.published.who}，${formatDateTime(d.published.at)}` : '尚未发布'],
                  ['公示至', d.status === 'published' && !d.onDisplay ? `${d.displayUntil}（公示期已过）` : d.displayUntil],
                ]}
              />
            </View>
            {d.corrects && (
              <View className='detail'>
                <View className='detail__text'>
                  本条更正了
                  <Text className='link' onClick={() => void Taro.navigateTo({ url: disclosureRoutes.detail(d.corrects!.id) })}>
                    “{d.corrects.title}”
                  </Text>
                  ，改动如下：
                </View>
                <View className='changes'>
                  {d.changes.map((c) => (
                    <View key={c.label} className='changes__item'>
                      <View>{c.label}</View>
                      <View className='changes__before'>原：{c.before}</View>
                      <View>现：{c.after}</View>
                    </View>
                  ))}
                </View>
              </View>
            )}
            {d.body !== '' && (
              <View className='detail'>
                <View className='detail__text'>{d.body}</View>
              </View>
            )}
            {d.finance && (
              <View>
                <View className='section-title'>收支情况</View>
                <View className='detail'>
                  <FinanceTable lines={d.finance} />
                </View>
              </View>
            )}
            <View className='section-title'>附件</View>
            <View className='detail'>
              <FileList files={d.attachments} onError={notice.showError} />
            </View>
            <CorrectionRequests
              d={d}
              mayAsk={isVoterOf(account?.roles, d.communityId)}
              mayAnswer={isCommitteeOf(account?.roles, d.communityId)}
              onChanged={() => void item.reload()}
            />
            {notice.inline}
            {isDirectorOf(account?.roles, d.communityId) && <DirectorActions d={d} busy={busy} onVoid={() => setVoiding(true)} />}
          </View>
        )}
      </RemoteView>
      <ReasonModal
        isOpened={voiding}
        title='作废这条信息'
        content='作废后信息仍会列出并标明已作废，业主可以看到作废原因。'
        placeholder='请填写作废原因'
        confirmText='确认作废'
        busy={busy}
        onCancel={() => setVoiding(false)}
        onConfirm={(reason) => void confirmVoid(reason)}
      />
      {notice.element}
    </View>
  )
}

function DirectorActions({ d, busy, onVoid }: { d: DisclosureDetail; busy: boolean; onVoid: () => void }) {
  if (d.status === 'draft')
    return (
      <View className='page-actions'>
        <AtButton
          type='primary'
          onClick={() => void Taro.navigateTo({ url: disclosureRoutes.edit({ communityId: d.communityId, id: d.id }) })}
        >
          继续编辑并发布
        </AtButton>
      </View>
    )
  if (d.status !== 'published') return null
  return (
    <View className='page-actions'>
      <AtButton onClick={() => void Taro.navigateTo({ url: disclosureRoutes.edit({ communityId: d.communityId, correct: d.id }) })}>
        更正
      </AtButton>
      <AtButton disabled={busy} onClick={onVoid}>
        作废
      </AtButton>
    </View>
  )
}

export default withFontScale(DisclosureDetailPage)
