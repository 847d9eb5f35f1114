/** Who is rated: the community's property office (物业管理处) or its owners' committee (业委会). */
export type EvaluationTarget = 'property' | 'committee'

export const TARGET_LABELS: Record<EvaluationTarget, string> = { property: '物业管理处', committee: '业委会' }

/** The dimensions each target is rated on, 1–5 each, in the order pages show them. */
export const DIMENSIONS = {
  property: [
    { key: 'sanitation', label: '环境卫生' },
    { key: 'order', label: '秩序维护' },
    { key: 'repairs', label: '维修响应' },
    { key: 'service', label: '沟通服务' },
    { key: 'charges', label: '收费公开' },
  ],
  committee: [
    { key: 'duty', label: '履职' },
    { key: 'openness', label: '公开透明' },
    { key: 'communication', label: '沟通' },
  ],
} as const satisfies Record<EvaluationTarget, ReadonlyArray<{ key: string; label: string }>>

export type DimensionKey<T extends EvaluationTarget = EvaluationTarget> = (typeof DIMENSIONS)[T][number]['key']

export function dimensionKeys(target: EvaluationTarget): string[] {
  return DIMENSIONS[target].map((d) => d.key)
}
