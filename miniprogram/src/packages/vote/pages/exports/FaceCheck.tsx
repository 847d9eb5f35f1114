import { useState } from 'react'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { ID_TYPE_LABELS, manageVoteApi, VOTE_LABELS, type FaceFailureView, type IdType } from '@core/api/vote'
import { zodMessage } from '@core/zodMessage'
import { formatDateTime } from '@core/format'
import ChoiceGroup from '../../../../components/choice-group'
import ConfirmDialog from '../../../../components/confirm-dialog'
import { manageVote } from '../../../../services/vote'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'

const ID_TYPES = (Object.keys(ID_TYPE_LABELS) as IdType[]).map((t) => ({ value: t, label: ID_TYPE_LABELS[t] }))

/** 线下认证: find owners whose face verification failed by ID type and number; verify them in person, on record. */
export default function FaceCheck({ communityId }: { communityId: string }) {
  const [idType, setIdType] = useState<IdType>('mainland')
  const [idNumber, setIdNumber] = useState('')
  const [found, setFound] = useState<FaceFailureView[] | null>(null)
  const [verifying, setVerifying] = useState<FaceFailureView | null>(null)
  const [note, setNote] = useState('')
  const notice = useNotice()
  const { run, busy } = useSubmit(notice)

  const search = async () => {
    const parsed = manageVoteApi.findFaceFailures.input.safeParse({ communityId, idType, idNumber })
    if (!parsed.success) return notice.showError({ message: zodMessage(parsed.error, VOTE_LABELS) })
    const rows = await run(() => manageVote('findFaceFailures', parsed.data), { progress: '正在查询…' })
    if (rows) setFound(rows)
  }
  const verify = async () => {
    if (!verifying) return
    const person = verifying
    setVerifying(null)
    const done = await run(() => manageVote('verifyInPerson', { communityId, subjectId: person.subjectId, idType, idNumber, note }), {
      progress: '正在保存…',
      done: '已记录线下认证',
    })
    if (done) setFound((rows) => rows?.map((r) => (r.subjectId === done.subjectId ? done : r)) ?? null)
  }

  return (
    <View className='card'>
      <View className='vp__title'>线下认证</View>
      <View className='vp__meta'>按不动产登记证书上的证件信息查询人脸认证失败的业主，当面核验后标记。</View>
      <ChoiceGroup options={ID_TYPES} value={idType} onChange={setIdType} />
      <View className='exports__form'>
        <AtInput
          name='faceIdNumber'
          title='证件号码'
          placeholder='请输入证件号码'
          value={idNumber}
          onChange={(v: string | number) => setIdNumber(String(v))}
        />
      </View>
      <View className='vp__actions'>
        <AtButton disabled={busy} onClick={() => void search()}>
          查询
        </AtButton>
        {notice.inline}
      </View>
      {found?.length === 0 && <View className='vp__empty'>没有找到这个证件号码对应的人脸认证失败记录</View>}
      {found?.map((p) => (
        <View key={p.subjectId} className='exports__row'>
          <View className='exports__room'>
            <View>
              {p.name}（{p.role === 'delegate' ? '被委托人' : '业主'}，证件尾号 {p.idLast4}）
            </View>
            <View className='vp__meta'>{p.rooms.join('、')}</View>
            <View className='vp__meta'>
              {p.failedAt ? `${formatDateTime(p.failedAt)} ` : ''}
              {p.reason}
            </View>
            {p.verifiedInPerson ? (
              <View className='vp__ok'>
                已线下认证（{p.verifiedInPerson.who}，{formatDateTime(p.verifiedInPerson.at)}）
              </View>
            ) : (
              <AtButton
                size='small'
                type='primary'
                disabled={busy}
                onClick={() => {
                  setNote('')
                  setVerifying(p)
                }}
              >
                当面核验无误，标记认证
              </AtButton>
            )}
          </View>
        </View>
      ))}
      <ConfirmDialog isOpened={verifying !== null} title='标记线下认证' onConfirm={() => void verify()} onCancel={() => setVerifying(null)}>
        <View>请确认已当面核对 {verifying?.name} 的证件原件。此操作将记录您的姓名和时间。</View>
        <AtInput name='faceNote' title='备注' placeholder='可不填' value={note} onChange={(v: string | number) => setNote(String(v))} />
      </ConfirmDialog>
      {notice.element}
    </View>
  )
}
