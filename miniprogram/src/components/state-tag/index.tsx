import { Text } from '@tarojs/components'
import type { VoteState } from '@core/api/vote'

export interface StateTagProps {
  state: VoteState
  /** 状态的中文名，由服务端给出（如“投票中”） */
  label: string
}

/** Groups the nine states into four colours a person can tell apart at a glance. */
const TONE: Record<VoteState, 'draft' | 'waiting' | 'open' | 'counting' | 'done'> = {
  draft: 'draft',
  reviewing: 'waiting',
  approved: 'waiting',
  voting: 'open',
  closed: 'counting',
  supplementing: 'counting',
  followMajority: 'counting',
  statistics: 'counting',
  tallied: 'done',
}

export default function StateTag({ state, label }: StateTagProps) {
  return <Text className={`yw-state-tag yw-state-tag--${TONE[state]}`}>{label}</Text>
}
