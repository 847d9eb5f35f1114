import { verifyAnnouncement } from './verify'
import { parseAreaCenti } from './verify-schema'

type Pair = { owners: number | null; area: number | string | null } | null
const pair = (owners: number | null, area: number | string | null): Pair => ({ owners, area })

/** 100 owners, 10000.00 m²; 80 / 8000.00 m² took part. */
function notice(patch: Record<string, unknown> = {}) {
  return {
    major: false,
    total: pair(100, 10000),
    participated: pair(80, '8000.00'),
    agree: pair(50, 5000),
    oppose: pair(20, 2000),
    abstain: pair(5, 500),
    invalid: pair(5, 500),
    ...patch,
  }
}

function verify(input: unknown) {
  const r = verifyAnnouncement(input)
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`)
  return r.data
}

describe('verifyAnnouncement: decided results', () => {
  it('recomputes a passed ordinary item and explains each test', () => {
    const r = verify(notice())
    expect(r.outcome).toBe('passed')
    const c = r.explanation.withFollowMajority.checks
    expect(c.quorumArea.inequality?.text).toBe('3 × 800000 = 2400000 ≥ 2 × 1000000 = 2000000')
    expect(c.approvalHeadcount.inequality?.text).toBe('2 × 50 = 100 > 80')
    expect(r.explanation.summary).toBe(
      '参与表决面积 8000.00 m²，占总面积 10000.00 m²，达到三分之二；参与表决人数 80，占总人数 100，达到三分之二；' +
        '同意面积 5000.00 m²，超过参与表决面积的一半；同意人数 50，超过参与表决人数的一半；表决通过。',
    )
    expect(r.explanation.figures.participated).toEqual({ owners: 80, areaUnits: 800000, area: '8000.00' })
    expect(r.explanation.areaDecimals).toBe(2)
  })

  it('treats the published figures as the whole story: major needs ¾ of participants', () => {
    expect(verify(notice({ major: true })).outcome).toBe('rejected')
    expect(verify(notice({ major: true })).explanation.withFollowMajority.failed).toEqual(['approvalArea', 'approvalHeadcount'])
    expect(verify(notice({ major: true, agree: pair(60, 6000), oppose: pair(10, 1000) })).outcome).toBe('passed')
  })

  it('exactly half of participants is not 过半数', () => {
    expect(verify(notice({ agree: pair(40, 4000), oppose: pair(30, 3000) })).outcome).toBe('rejected')
  })

  it('missing the quorum decides noValidDecision even when agree is unknown', () => {
    const r = verify(notice({ participated: pair(60, 6000), agree: null, oppose: null, abstain: null, invalid: undefined }))
    expect(r.outcome).toBe('noValidDecision')
    expect(r.explanation.withFollowMajority.failed).toEqual(['quorumArea', 'quorumHeadcount'])
    expect(r.explanation.summary).toContain('未形成有效决定')
  })

  it('a quorum met with agree unknown is undetermined, naming what is missing', () => {
    const r = verify(notice({ agree: pair(null, 5000) }))
    expect(r.outcome).toBe('undetermined')
    expect(r.explanation.unknownFigures).toEqual(['agree.owners'])
    expect(r.explanation.summary).toContain('缺少数据（agree.owners），无法确定结果')
  })

  it('decides even with an unknown participation when the parts already settle it', () => {
    // agree 50 of at most 100 participants... unknown participated could be up to 100: undetermined
    expect(verify(notice({ participated: pair(null, 8000) })).outcome).toBe('undetermined')
    // 70 of 100 agree and nobody else is known: participation is 70–100, so 2·70 > P always
    const r = verify({
      major: false,
      total: pair(100, 100),
      participated: null,
      agree: pair(70, 70),
      oppose: pair(0, 0),
      abstain: pair(0, 0),
    })
    expect(r.outcome).toBe('passed')
    expect(r.explanation.withFollowMajority.checks.quorumArea).toMatchObject({ holds: true, inequality: null })
    expect(r.explanation.summary).toContain('参与表决面积达到三分之二（按已公布数据推算）')
  })
})

describe('确认从众 in a notice', () => {
  it('joins the majority side per dimension; both outcomes are reported', () => {
    const r = verify(
      notice({ agree: pair(30, 4500), oppose: pair(35, 2000), abstain: pair(0, 0), invalid: pair(0, 0), followMajority: pair(15, 1500) }),
    )
    // area: 4500 > 2000 so 从众 area joins agree (6000 of 8000); headcount: 35 > 30 so it joins oppose
    expect(r.explanation.withFollowMajority.followMajorityJoins).toEqual({ area: 'agree', headcount: 'oppose' })
    expect(r.outcome).toBe('rejected')
    expect(r.explanation.withFollowMajority.failed).toEqual(['approvalHeadcount'])
    expect(r.outcomeWithoutFollowMajority).toBe('rejected')
    expect(r.explanation.withoutFollowMajority.failed).toEqual(['approvalHeadcount'])
  })

  it('can be what passes the item', () => {
    const r = verify(
      notice({ agree: pair(35, 3500), oppose: pair(25, 2500), abstain: pair(0, 0), invalid: pair(0, 0), followMajority: pair(20, 2000) }),
    )
    expect([r.outcome, r.outcomeWithoutFollowMajority]).toEqual(['passed', 'rejected'])
    expect(r.explanation.summary).toContain('从众面积计入同意，从众人数计入同意')
  })

  it('joins neither side on a tie', () => {
    const r = verify(
      notice({ agree: pair(30, 3000), oppose: pair(30, 3000), abstain: pair(0, 0), invalid: pair(0, 0), followMajority: pair(20, 2000) }),
    )
    expect(r.explanation.withFollowMajority.followMajorityJoins).toEqual({ area: 'neither', headcount: 'neither' })
    expect(r.outcome).toBe('rejected')
  })

  it('an unknown 从众 figure is harmless when the result holds either way', () => {
    expect(verify(notice({ invalid: pair(0, 0), followMajority: null })).outcome).toBe('passed')
  })

  it('an unknown 从众 figure that could tip the item leaves it undetermined', () => {
    const r = verify(notice({ agree: pair(40, 4000), oppose: pair(20, 2000), invalid: pair(0, 0), followMajority: null }))
    expect(r.outcome).toBe('undetermined')
    expect(r.outcomeWithoutFollowMajority).toBe('rejected')
  })
})

describe('reading areas exactly', () => {
  it.each([
    [12.34, 1234],
    ['12.34', 1234],
    [0.1, 10],
    [8950, 895000],
    ['8950.5', 895050],
    ['3.10', 310],
    ['3.100', 310],
    [1234567890.12, 123456789012],
    [' 7 ', 700],
  ])('%j m² → %d centi', (input, centi) => {
    expect(parseAreaCenti(input)).toEqual({ ok: true, data: centi })
  })

  it.each([
    [1.005, '最多两位小数'],
    ['1.005', '最多两位小数'],
    [1e-7, '最多两位小数'],
    [-1, '不能为负数'],
    ['12,5', '应为数字'],
    ['abc', '应为数字'],
    [true, '应为数字'],
    [1e21, '数值过大'],
    [NaN, '应为数字'],
  ])('%j is refused: %s', (input, message) => {
    expect(parseAreaCenti(input)).toMatchObject({ ok: false, message })
  })
})

describe('announced areas are judged exactly as published, whatever their decimals', () => {
  // ⅔ of 171755.223 m² is exactly 114503.482 m² (3 × 114503.482 = 2 × 171755.223 = 343510.446).
  const published = (participatedArea: number | string) =>
    notice({
      total: pair(100, 171755.223),
      participated: pair(80, participatedArea),
      agree: pair(50, '100000'),
      oppose: pair(20, 10000.5),
      abstain: pair(5, 1000),
      invalid: pair(5, 1000),
    })

  it('reads 171755.223 m² as published and meets the quorum on the exact ⅔', () => {
    const r = verify(published(114503.482))
    expect(r.explanation.areaDecimals).toBe(3)
    expect(r.explanation.figures.total).toEqual({ owners: 100, areaUnits: 171755223, area: '171755.223' })
    expect(r.explanation.withFollowMajority.checks.quorumArea.inequality?.text).toBe(
      '3 × 114503482 = 343510446 ≥ 2 × 171755223 = 343510446',
    )
    expect(r.explanation.summary).toContain('参与表决面积 114503.482 m²，占总面积 171755.223 m²，达到三分之二')
    expect(r.outcome).toBe('passed')
  })

  it('misses the quorum by 0.001 m², and by 0.000001 m² at six decimals', () => {
    expect(verify(published('114503.481')).outcome).toBe('noValidDecision')
    const six = verify(published('114503.481999'))
    expect(six.explanation.areaDecimals).toBe(6)
    expect(six.outcome).toBe('noValidDecision')
    expect(verify(published('114503.482001')).outcome).toBe('passed')
    expect(verify(published('114503.4820000')).explanation.areaDecimals).toBe(3)
  })

  it('reads JSON numbers in exponent form digit by digit', () => {
    const r = verify(notice({ total: pair(100, 10000), invalid: pair(5, 1e-7) }))
    expect(r.explanation.areaDecimals).toBe(7)
    expect(r.explanation.figures.invalid).toEqual({ owners: 5, areaUnits: 1, area: '0.0000001' })
  })

  it('names a figure whose digits cannot all be kept exactly', () => {
    const r = verifyAnnouncement(notice({ total: pair(100, '10000.123456789') }))
    expect(r).toMatchObject({
      ok: false,
      code: 'INVALID_ANNOUNCEMENT',
      message: expect.stringContaining('total.area: 数字过多：按本公告的 9 位小数，面积连同小数最多 12 位数字才能精确核对'),
    })
  })
})

describe('bad files get an error naming the field', () => {
  const errorOf = (input: unknown) => {
    const r = verifyAnnouncement(input)
    if (r.ok) throw new Error('expected an error')
    return `${r.code}: ${r.message}`
  }

  it.each([
    ['INVALID_ANNOUNCEMENT: total.area: 应为数字', notice({ total: pair(100, 'lots') })],
    ['INVALID_ANNOUNCEMENT: total.area: 数值过大', notice({ total: pair(100, '12345678901234.5') })],
    ['INVALID_ANNOUNCEMENT: total.area: 缺少此项（未公布请填 null）', notice({ total: { owners: 100 } })],
    ['INVALID_ANNOUNCEMENT: agree.owners: 应为整数', notice({ agree: pair(50.5, 5000) })],
    ['INVALID_ANNOUNCEMENT: agree.owners: 应为数字', notice({ agree: pair('50' as never, 5000) })],
    ['INVALID_ANNOUNCEMENT: oppose.owners: 不能为负数', notice({ oppose: pair(-1, 2000) })],
    ['INVALID_ANNOUNCEMENT: major: 应为 true 或 false', notice({ major: 'yes' })],
    ['INVALID_ANNOUNCEMENT: abstain: 应为 {"owners": …, "area": …} 或 null', notice({ abstain: 5 })],
    ['INVALID_ANNOUNCEMENT: abstain: 无法识别的字段 areas', notice({ abstain: { owners: 5, area: 500, areas: 1 } })],
    ['INVALID_ANNOUNCEMENT: 公告: 应为 JSON 对象', []],
  ])('%s', (expected, input) => {
    expect(errorOf(input)).toBe(expected)
  })

  it('names a missing top-level figure', () => {
    const { total, ...rest } = notice()
    expect(total).toBeTruthy()
    expect(errorOf(rest)).toBe('INVALID_ANNOUNCEMENT: total: 缺少此项')
  })

  it('lists every bad field at once', () => {
    expect(errorOf(notice({ total: pair(null, 'x'), agree: pair(1.5, 1) }))).toBe(
      'INVALID_ANNOUNCEMENT: total.area: 应为数字；agree.owners: 应为整数',
    )
  })

  it('refuses figures that contradict each other, naming them', () => {
    expect(errorOf(notice({ participated: pair(70, 8000) }))).toBe(
      'INCONSISTENT_FIGURES: 公告数据前后矛盾：participated.owners（70）小于 agree.owners + oppose.owners + abstain.owners + invalid.owners + followMajority.owners 之和（80）',
    )
    expect(errorOf(notice({ participated: pair(80, 10000.01) }))).toBe(
      'INCONSISTENT_FIGURES: 公告数据前后矛盾：participated.area（10000.01 m²）大于 total.area（10000.00 m²）',
    )
    expect(errorOf(notice({ total: pair(0, 10000) }))).toContain('total.owners 应大于 0')
  })
})
