import { View } from '@tarojs/components'
import { formatScaled } from '@core/format'
import { TEST_TEXT } from '@core/vote/explain'
import type { TestName } from '@core/vote/rules'
import type { CheckStatus, VerifyOutcome, VerifyReport, VerifyVariant } from '@core/vote/verify'
import { fieldLabel, OUTCOME_WORDS, translatePaths } from '../../labels'

export interface ResultViewProps {
  /** The shared checker's report, exactly as `npm run verify-result` prints it. */
  report: VerifyReport
}

const TESTS: TestName[] = ['quorumArea', 'quorumHeadcount', 'approvalArea', 'approvalHeadcount']

/** The outcome in big words, the plain summary, then every test with its numbers, with and without 从众. */
export default function ResultView({ report }: ResultViewProps) {
  const e = report.explanation
  const both = e.followMajorityReported && report.outcome !== report.outcomeWithoutFollowMajority
  return (
    <View id='verify-result' className='verify-result'>
      <View className='verify-result__label'>核对结果</View>
      {both ? (
        <View>
          <Outcome outcome={report.outcome} prefix='计入从众：' />
          <Outcome outcome={report.outcomeWithoutFollowMajority} prefix='不计从众：' />
          <View className='verify-result__note'>计不计从众，结果不同：要看本次投票的议事规则是否计入从众。</View>
        </View>
      ) : (
        <Outcome outcome={report.outcome} />
      )}
      {e.followMajorityReported && !both && <View className='verify-result__note'>计入或不计从众，结果相同。</View>}
      <View className='verify-result__class'>
        {e.itemClass === 'major' ? '重大事项：同意须达到参与表决的四分之三' : '普通事项：同意须超过参与表决的一半'}
      </View>
      <View className='verify-result__summary'>{translatePaths(e.summary)}</View>
      {e.unknownFigures.length > 0 && (
        <View className='verify-result__note'>没有填写（按未公布处理）：{e.unknownFigures.map((f) => fieldLabel(f) ?? f).join('、')}</View>
      )}
      {e.followMajorityReported ? (
        <>
          <Variant title='计入从众（从众票算到同意、反对中多的一方）' variant={e.withFollowMajority} />
          <Variant title='不计从众' variant={e.withoutFollowMajority} />
        </>
      ) : (
        <Variant title='逐项检验' variant={e.withoutFollowMajority} />
      )}
      <View className='verify-result__legend'>
        A：总面积　A_P：参与表决面积　agreeA：同意面积（含计入同意的从众）；N：总人数　N_P：参与表决人数　agreeN：同意人数（人数按业主计，一人多套计一人）。
        面积按公告写明的小数，以 {formatScaled(1, e.areaDecimals)} m² 为一个单位按整数计算（如 100.5 m² 记作{' '}
        {'1005' + '0'.repeat(e.areaDecimals - 1)}），不会有小数误差。
      </View>
    </View>
  )
}

function Outcome({ outcome, prefix = '' }: { outcome: VerifyOutcome; prefix?: string }) {
  return (
    <View className={`verify-result__outcome verify-result__outcome--${outcome}`}>
      {prefix}
      {OUTCOME_WORDS[outcome]}
    </View>
  )
}

function Variant({ title, variant }: { title: string; variant: VerifyVariant }) {
  return (
    <View className='verify-result__variant'>
      <View className='verify-result__variant-title'>
        {title}：{OUTCOME_WORDS[variant.outcome]}
      </View>
      {TESTS.map((t) => (
        <Check key={t} check={variant.checks[t]} />
      ))}
    </View>
  )
}

const HOLDS_TEXT = { yes: '✓ 成立', no: '✗ 不成立', unknown: '? 无法判断' }

function Check({ check }: { check: CheckStatus }) {
  const state = check.holds === null ? 'unknown' : check.holds ? 'yes' : 'no'
  return (
    <View className={`verify-check verify-check--${state}`}>
      <View className='verify-check__name'>{TEST_TEXT[check.test]}</View>
      <View className='verify-check__formula'>{check.formula}</View>
      <View className='verify-check__numbers'>
        {check.inequality ? check.inequality.text : check.holds === null ? '缺少数据，算不出来' : '按已公布的数据推算'}
      </View>
      <View className='verify-check__holds'>{HOLDS_TEXT[state]}</View>
    </View>
  )
}
