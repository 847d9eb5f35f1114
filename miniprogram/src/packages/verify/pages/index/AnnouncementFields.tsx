import { Input, View } from '@tarojs/components'
import { FIGURE_KEYS, type FigureKey } from '@core/vote/verify-schema'
import ChoiceGroup from '../../../../components/choice-group'
import { OPTIONAL_ROWS, type AnnouncementForm } from '../../announcement-form'
import { ROW_LABELS, problemsOfRow, type FieldKey, type FigurePart, type Problem } from '../../labels'

export interface AnnouncementFieldsProps {
  form: AnnouncementForm
  /** Problems found by the last 核对; each is shown under its row. */
  problems: readonly Problem[]
  /** `edited` names the field that changed, so its old error can go. */
  onChange: (form: AnnouncementForm, edited: FieldKey) => void
}

const ROW_TITLES: Record<FigureKey, string> = { ...ROW_LABELS, total: '投票范围内总数' }

const ROW_HINTS: Partial<Record<FigureKey, string>> = {
  participated: '所有参加投票的，包括弃权、无效和从众',
  agree: '不含从众',
}

/** A row's two cells as the notice names them, each with the keyboard it needs. */
const CELLS = [
  { part: 'owners', name: '人数', unit: '（人）', type: 'number' },
  { part: 'area', name: '面积', unit: '（m²）', type: 'digit' },
] as const

const CLASS_OPTIONS = [
  { value: 'ordinary', label: '普通事项' },
  { value: 'major', label: '重大事项' },
] as const

/** The notice's figures, one row per line of the notice, each as 人数 + 面积. */
export default function AnnouncementFields({ form, problems, onChange }: AnnouncementFieldsProps) {
  const setCell = (key: FigureKey, part: FigurePart, value: string) =>
    onChange({ ...form, figures: { ...form.figures, [key]: { ...form.figures[key], [part]: value } } }, `${key}.${part}`)
  const majorProblems = problems.filter((p) => p.key === 'major')
  return (
    <View>
      <View className='verify-row'>
        <View className='verify-row__title'>事项类型</View>
        <ChoiceGroup
          options={CLASS_OPTIONS}
          value={form.major ? 'major' : 'ordinary'}
          onChange={(v) => onChange({ ...form, major: v === 'major' }, 'major')}
        />
        <View className='verify-row__hint'>
          {form.major
            ? '重大事项：筹集维修资金，改建、重建建筑物及其附属设施，改变共有部分用途或利用共有部分经营（民法典第二百七十八条第六至八项）。同意须达到参与表决的四分之三。'
            : '普通事项：除重大事项以外的事项，包括使用维修资金。同意须超过参与表决的一半。'}
        </View>
        {majorProblems.map((p, i) => (
          <View key={i} className='verify-row__error'>
            {p.text}
          </View>
        ))}
      </View>
      {FIGURE_KEYS.map((key) => (
        <View key={key} className={`verify-row verify-row--${key}`}>
          <View className='verify-row__title'>
            {ROW_TITLES[key]}
            {OPTIONAL_ROWS.includes(key) && <View className='verify-row__optional'>（公告没有这一项可不填）</View>}
          </View>
          {ROW_HINTS[key] && <View className='verify-row__hint'>{ROW_HINTS[key]}</View>}
          <View className='verify-row__cells'>
            {CELLS.map(({ part, name, unit, type }) => (
              <View key={part} className='verify-row__cell'>
                <View className='verify-row__caption'>{`${key === 'total' ? '总' : ''}${name}${unit}`}</View>
                <Input
                  className={`verify-row__input verify-row__input--${part}`}
                  type={type}
                  placeholder={name}
                  value={form.figures[key][part]}
                  onInput={(e) => setCell(key, part, e.detail.value)}
                />
              </View>
            ))}
          </View>
          {problemsOfRow(problems, key).map((p, i) => (
            <View key={i} className='verify-row__error'>
              {p.text}
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}
