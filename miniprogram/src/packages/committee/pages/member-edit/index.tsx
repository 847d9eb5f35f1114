import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { COMMITTEE_LABELS, MEMBER_KIND_LABELS, committeeApi, type MemberKind, type MemberView } from '@core/api/committee'
import type { Result } from '../../../../services/cloud'
import { addMember, editMember, listMembers } from '../../../../services/committee'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import RemoteView from '../../../../components/remote-view'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useParams } from '../../../../hooks/useParams'
import DateRow from '../../../../components/date-row'
import { withFontScale } from '../../../../components/font-scale'
import './index.scss'

const KINDS: MemberKind[] = ['member', 'alternate', 'staff']

interface Draft {
  kind: MemberKind
  name: string
  position: string
  termStart: string | null
  termEnd: string | null
  phone: string
}

const EMPTY: Draft = { kind: 'member', name: '', position: '', termStart: null, termEnd: null, phone: '' }

/** Adds a member (no `?id=`) or edits one; the director only (the server refuses anyone else). */
function MemberEditPage() {
  const params = useParams()
  const memberId = params.id ?? ''
  const members = useCommunityData((communityId) => listMembers({ communityId, includeRemoved: true }))
  const existing = members.state.status === 'ready' ? members.state.data.members.find((m) => m.id === memberId) : undefined
  if (memberId) {
    return (
      <RemoteView state={members.state} onRetry={members.reload} roles={members.account?.roles}>
        {() =>
          existing ? (
            <MemberForm key={existing.id} communityId={existing.communityId} existing={existing} />
          ) : (
            <View className='form__lead'>没有找到这位成员</View>
          )
        }
      </RemoteView>
    )
  }
  return (
    <RemoteView state={members.state} onRetry={members.reload} roles={members.account?.roles}>
      {() => <MemberForm communityId={members.communityId ?? ''} />}
    </RemoteView>
  )
}

function draftOf({ kind, name, position, termStart, termEnd }: MemberView): Draft {
  return { kind, name, position, termStart, termEnd, phone: '' }
}

function MemberForm({ communityId, existing }: { communityId: string; existing?: MemberView }) {
  // Keyed by the member's id, so another member's form starts afresh from that member.
  const [draft, setDraft] = useState<Draft>(() => (existing ? draftOf(existing) : EMPTY))
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }))

  const save = async () => {
    if (!(await run(() => submit(communityId, draft, existing)))) return
    notice.show('已保存', 'success')
    void Taro.navigateBack()
  }

  return (
    <View>
      <View className='form'>
        <Picker
          mode='selector'
          range={KINDS.map((k) => MEMBER_KIND_LABELS[k])}
          value={KINDS.indexOf(draft.kind)}
          onChange={(e) => set('kind', KINDS[Number(e.detail.value)] ?? 'member')}
        >
          <View className='form__row'>
            <View className='form__label'>类别</View>
            <View className='form__value'>{MEMBER_KIND_LABELS[draft.kind]}</View>
          </View>
        </Picker>
        <AtInput
          name='name'
          title='姓名'
          placeholder='请输入姓名'
          value={draft.name}
          onChange={(v: string | number) => set('name', String(v))}
        />
        <AtInput
          name='position'
          title='职务'
          placeholder='如：主任、副主任、委员、经办人'
          value={draft.position}
          onChange={(v: string | number) => set('position', String(v))}
        />
        <DateRow label='任期开始' value={draft.termStart} onChange={(v) => set('termStart', v)} />
        <DateRow label='任期结束' value={draft.termEnd} onChange={(v) => set('termEnd', v)} />
        <AtInput
          name='phone'
          title='手机号码'
          type='phone'
          value={draft.phone}
          placeholder={existing ? `${existing.phoneMasked}（不修改请留空）` : '11位手机号码'}
          onChange={(v: string | number) => set('phone', String(v))}
        />
      </View>
      <View className='form__note'>人员用这里的姓名和手机号码绑定业委会人员账号，绑定后仍需业委会主任授权。</View>
      {notice.inline}
      <View className='form__actions'>
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void save()}>
          保存
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}

/** Checks the draft with the server's own schema, then adds, or edits only the fields that changed. */
async function submit(communityId: string, draft: Draft, existing?: MemberView): Promise<Result<MemberView>> {
  if (!existing) {
    const parsed = check(committeeApi.addMember.input, { communityId, ...draft }, COMMITTEE_LABELS)
    return parsed.ok ? addMember(parsed.data) : parsed
  }
  const { phone, ...rest } = draft
  const changed = Object.fromEntries(Object.entries(rest).filter(([k, v]) => existing[k as keyof typeof rest] !== v))
  const parsed = check(
    committeeApi.editMember.input,
    { memberId: existing.id, ...changed, ...(phone.trim() ? { phone } : {}) },
    COMMITTEE_LABELS,
  )
  return parsed.ok ? editMember(parsed.data) : parsed
}

export default withFontScale(MemberEditPage)
