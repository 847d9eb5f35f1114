import { useState } from 'react'
import Taro from '@tarojs/taro'
import { Textarea, View } from '@tarojs/components'
import { AtButton, AtInput } from 'taro-ui'
import { DISCLOSURE_LABELS, disclosuresApi, type DisclosureDetail } from '@core/api/disclosures'
import { DISCLOSURE_CATEGORIES, DISCLOSURE_CATEGORY_SPECS, type DisclosureCategory } from '@core/disclosures/categories'
import { earliestDisplayUntil } from '@core/disclosures/rules'
import { addDays, formatDay, formatFen, parseYuan } from '@core/format'
import { communityFolder, type CloudFile } from '@core/schemas/files'
import { correctDisclosure, publishDisclosure, saveDraft } from '../../../../services/disclosures'
import { pickAndUpload } from '../../../../services/files'
import DateRow from '../../../../components/date-row'
import SelectRow from '../../../../components/select-row'
import FileList from '../../../../components/file-list'
import { useNotice } from '../../../../hooks/useNotice'
import { useSubmit } from '../../../../hooks/useSubmit'
import { check } from '../../../../utils/check'
import { disclosureRoutes } from '../../routes'

const MAX_ATTACHMENTS = 20
const MONEY = [
  ['opening', '期初余额'],
  ['income', '本期收入'],
  ['expense', '本期支出'],
  ['closing', '期末余额'],
] as const
type MoneyKey = (typeof MONEY)[number][0]
type LineText = { item: string } & Record<MoneyKey, string>

const yuanText = (fen: number) => formatFen(fen).replace(/,/g, '').replace(/元$/, '')
const emptyLine = (): LineText => ({ item: '', opening: '', income: '', expense: '', closing: '' })

interface Props {
  communityId: string
  existing?: DisclosureDetail
  /** `draft`: finish the draft `existing`; `correct`: publish a correction of `existing`. */
  mode?: 'draft' | 'correct'
}

/** The disclosure's fields; money is typed in yuan and sent as integer fen. */
export function DisclosureForm({ communityId, existing, mode }: Props) {
  const [category, setCategory] = useState<DisclosureCategory>(existing?.category ?? 'serviceItems')
  const [title, setTitle] = useState(existing?.title ?? '')
  const [period, setPeriod] = useState(existing?.period ?? '')
  const [body, setBody] = useState(existing?.body ?? '')
  const [displayUntil, setDisplayUntil] = useState<string | null>(
    mode === 'correct' || !existing ? addDays(earliestDisplayUntil(formatDay(Date.now())), 5) : existing.displayUntil,
  )
  const [lines, setLines] = useState<LineText[]>(
    existing?.finance?.map((l) => ({
      item: l.item,
      opening: yuanText(l.openingFen),
      income: yuanText(l.incomeFen),
      expense: yuanText(l.expenseFen),
      closing: yuanText(l.closingFen),
    })) ?? [emptyLine()],
  )
  const [attachments, setAttachments] = useState<CloudFile[]>(existing?.attachments ?? [])
  const [reason, setReason] = useState('')
  const notice = useNotice()
  const { busy, run } = useSubmit(notice)
  const financial = DISCLOSURE_CATEGORY_SPECS[category].financial

  const upload = async () => {
    const added = await run(() => pickAndUpload(communityFolder(communityId, 'disclosures'), MAX_ATTACHMENTS - attachments.length))
    if (added) setAttachments((list) => [...list, ...added])
  }

  const setLine = (i: number, key: keyof LineText, value: string) =>
    setLines((all) => all.map((l, at) => (at === i ? { ...l, [key]: value } : l)))

  /** The form as the contract takes it, or the first thing a person must fix. */
  const fields = () => {
    if (!displayUntil) return { ok: false as const, message: '请选择公示截止日期' }
    let finance: Array<{ item: string; openingFen: number; incomeFen: number; expenseFen: number; closingFen: number }> | null = null
    if (financial) {
      finance = []
      for (const [i, l] of lines.entries()) {
        const fen = MONEY.map(([k, label]) => [label, parseYuan(l[k])] as const)
        const bad = fen.find(([, v]) => v === null)
        if (bad) return { ok: false as const, message: `收支表第${i + 1}行：${bad[0]}请填写金额（元，最多两位小数）` }
        const [openingFen, incomeFen, expenseFen, closingFen] = fen.map(([, v]) => v as number)
        finance.push({ item: l.item, openingFen, incomeFen, expenseFen, closingFen })
      }
    }
    return { ok: true as const, data: { category, title, period, body, attachments, finance, displayUntil } }
  }

  const send = async (how: 'draft' | 'publish') => {
    const f = fields()
    if (!f.ok) return notice.showError(f)
    if (mode === 'correct' && existing) {
      const input = { disclosureId: existing.id, reason, ...f.data }
      const checked = check(disclosuresApi.correctDisclosure.input, input, DISCLOSURE_LABELS)
      if (!checked.ok) return notice.showError(checked)
      const done = await run(() => correctDisclosure(input), { progress: '正在发布' })
      if (done) void Taro.redirectTo({ url: disclosureRoutes.detail(done.id) })
      return
    }
    const input = { communityId, ...(existing ? { disclosureId: existing.id } : {}), ...f.data }
    const checked = check(
      how === 'draft' ? disclosuresApi.saveDraft.input : disclosuresApi.publishDisclosure.input,
      input,
      DISCLOSURE_LABELS,
    )
    if (!checked.ok) return notice.showError(checked)
    const done = await run(() => (how === 'draft' ? saveDraft(input) : publishDisclosure(input)), {
      progress: how === 'draft' ? '正在保存' : '正在发布',
    })
    if (done) void Taro.redirectTo({ url: disclosureRoutes.detail(done.id) })
  }

  return (
    <View>
      {mode === 'correct' && <View className='form__lead'>更正会作废原来的信息并发布这一条，两条互相关联，业主可以看到改动了什么。</View>}
      <View className='form'>
        <SelectRow
          label='公开类别'
          options={DISCLOSURE_CATEGORIES}
          labelOf={(c) => DISCLOSURE_CATEGORY_SPECS[c].label}
          value={category}
          onChange={setCategory}
        />
        <AtInput name='title' title='标题' placeholder='请输入标题' value={title} onChange={(v: string | number) => setTitle(String(v))} />
        <AtInput
          name='period'
          title='所属期间'
          placeholder='如 2026年第三季度'
          value={period}
          onChange={(v: string | number) => setPeriod(String(v))}
        />
        <DateRow label='公示截止日期' value={displayUntil} onChange={setDisplayUntil} optional={false} />
      </View>
      <View className='section-title'>正文</View>
      <Textarea
        className='form__textarea'
        value={body}
        maxlength={20000}
        placeholder='请输入公开的内容'
        onInput={(e) => setBody(e.detail.value)}
      />
      {financial && (
        <View>
          <View className='section-title'>收支情况表（元）</View>
          {lines.map((l, i) => (
            <View key={i} className='form finance-edit__line'>
              <AtInput
                name={`item-${i}`}
                title='收支项目'
                placeholder='如 维修资金'
                value={l.item}
                onChange={(v: string | number) => setLine(i, 'item', String(v))}
              />
              {MONEY.map(([k, label]) => (
                <AtInput
                  key={k}
                  name={`${k}-${i}`}
                  title={label}
                  type='digit'
                  placeholder='0.00'
                  value={l[k]}
                  onChange={(v: string | number) => setLine(i, k, String(v))}
                />
              ))}
            </View>
          ))}
          <View className='page-actions'>
            <AtButton onClick={() => setLines((all) => [...all, emptyLine()])}>再加一行</AtButton>
          </View>
        </View>
      )}
      <View className='section-title'>
        附件（{attachments.length}/{MAX_ATTACHMENTS}）
      </View>
      <View className='detail'>
        <FileList
          files={attachments}
          onError={notice.showError}
          onRemove={(f) => setAttachments((list) => list.filter((x) => x.fileID !== f.fileID))}
        />
      </View>
      {mode === 'correct' && (
        <View className='form'>
          <AtInput
            name='reason'
            title='更正原因'
            placeholder='请填写更正原因'
            value={reason}
            onChange={(v: string | number) => setReason(String(v))}
          />
        </View>
      )}
      {notice.inline}
      <View className='form__actions'>
        <AtButton disabled={busy || attachments.length >= MAX_ATTACHMENTS} onClick={() => void upload()}>
          添加附件
        </AtButton>
        {mode !== 'correct' && (
          <AtButton disabled={busy} onClick={() => void send('draft')}>
            保存草稿
          </AtButton>
        )}
        <AtButton type='primary' loading={busy} disabled={busy} onClick={() => void send('publish')}>
          {mode === 'correct' ? '发布更正' : '发布'}
        </AtButton>
      </View>
      {notice.element}
    </View>
  )
}
