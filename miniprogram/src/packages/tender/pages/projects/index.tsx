import { useState } from 'react'
import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { TENDER_LABELS, tenderApi } from '@core/api/tender'
import { formatDateTime } from '@core/format'
import RemoteView, { Empty } from '../../../../components/remote-view'
import { withFontScale } from '../../../../components/font-scale'
import { useCommunityData } from '../../../../hooks/useCommunity'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { listTenders, registerTender } from '../../../../services/tender'
import { check } from '../../../../utils/check'
import { holdsRole } from '../../../../utils/roles'
import { tenderRoutes } from '../../routes'
import './index.scss'

/** 招标投标管理 (manual 十五): the community's tender projects and the stage each reached on the city's platform. */
function TenderProjectsPage() {
  const projects = useCommunityData((communityId) => listTenders({ communityId }))
  const roles = projects.account?.roles ?? []
  const canRegister = holdsRole(roles, 'director') || holdsRole(roles, 'staff')
  return (
    <View className='tender'>
      {canRegister && projects.communityId && <RegisterForm communityId={projects.communityId} onDone={projects.reload} />}
      <RemoteView state={projects.state} onRetry={projects.reload} roles={roles}>
        {({ projects: rows }) =>
          rows.length === 0 ? (
            <Empty text='还没有登记招标项目' />
          ) : (
            <View>
              {rows.map((p) => (
                <View key={p.id} className='list-card' onClick={() => void Taro.navigateTo({ url: tenderRoutes.project(p.id) })}>
                  <View className='list-card__title'>{p.title}</View>
                  <View className='list-card__meta'>
                    {p.failed ? '流标' : p.suspended ? '异议/暂停' : (p.stageLabel ?? '等待招标平台同步')}
                  </View>
                  {p.syncedAt !== null && <View className='list-card__meta'>同步于 {formatDateTime(p.syncedAt)}</View>}
                </View>
              ))}
            </View>
          )
        }
      </RemoteView>
    </View>
  )
}

/** 登记项目: the platform's project number, so its pushes for the project are accepted. */
function RegisterForm({ communityId, onDone }: { communityId: string; onDone: () => void }) {
  const notice = useNotice()
  const { busy, send } = useSubmit(notice)
  const [projectNo, setProjectNo] = useState('')
  const [title, setTitle] = useState('')
  const submit = async () => {
    const done = await send(check(tenderApi.register.input, { communityId, projectNo, title }, TENDER_LABELS), registerTender, {
      done: '已登记',
    })
    if (!done) return
    setProjectNo('')
    setTitle('')
    onDone()
  }
  return (
    <View className='tender__form form'>
      {notice.element}
      <AtInput
        name='projectNo'
        title='项目编号'
        placeholder='招标平台上的项目编号'
        value={projectNo}
        onChange={(v: string | number) => setProjectNo(String(v))}
      />
      <AtInput
        name='title'
        title='项目名称'
        placeholder='如：电梯更新改造工程'
        value={title}
        onChange={(v: string | number) => setTitle(String(v))}
      />
      <View className='tender__actions'>
        <AtButton type='primary' disabled={busy} onClick={() => void submit()}>
          登记项目
        </AtButton>
      </View>
      {notice.inline}
    </View>
  )
}

export default withFontScale(TenderProjectsPage)
