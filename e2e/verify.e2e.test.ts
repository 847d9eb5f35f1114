/**
 * H5 end to end, in headless Chromium: the public result verifier (核对投票结果). Someone who is
 * not signed in finds it under 我的, types a notice's figures and reads the outcome; the page's
 * answer is compared with `verifyAnnouncement` — the function `npm run verify-result` runs — on
 * the same JSON, so page and command are seen to agree. Cases sit on the exact thresholds:
 * participation exactly ⅔, agree exactly half (not 过半数), a major item at exactly ¾.
 */
import type { Locator, Page } from 'playwright-core'
import { verifyAnnouncement, type VerifyOutcome, type VerifyReport } from '../core/vote/verify'
import type { FigureKey } from '../core/vote/verify-schema'
import { describeH5, must, useH5 } from './h5'
import { button, choose } from './pageActions'

/** The words the page must use for each outcome, written here rather than taken from the page. */
const WORDS: Record<VerifyOutcome, string> = {
  passed: '通过',
  rejected: '未通过',
  noValidDecision: '未形成有效决定',
  undetermined: '无法确定',
}
const VERIFY = '/packages/verify/pages/index/index'

type Figure = { owners: number | null; area: number | string | null }
type Notice = { major: boolean } & Partial<Record<FigureKey, Figure>>

/** 300 households, 30000 m²; exactly ⅔ took part (200, 20000 m²) and exactly half of them agreed. */
const HALF: Notice = {
  major: false,
  total: { owners: 300, area: 30000 },
  participated: { owners: 200, area: 20000 },
  agree: { owners: 100, area: 10000 },
  oppose: { owners: 80, area: 8000 },
  abstain: { owners: 20, area: 2000 },
}

/**
 * A major item (改建): 120 households, 12000.54 m²; exactly ⅔ took part (80, 8000.36 m²) and exactly ¾
 * of them agreed (60, 6000.27 m²): 3 × 800036 = 2 × 1200054 and 4 × 600027 = 3 × 800036.
 */
const THREE_QUARTERS: Notice = {
  major: true,
  total: { owners: 120, area: 12000.54 },
  participated: { owners: 80, area: 8000.36 },
  agree: { owners: 60, area: 6000.27 },
  oppose: { owners: 15, area: 1500.09 },
  abstain: { owners: 5, area: 500 },
}

function report(notice: Notice): VerifyReport {
  return must(verifyAnnouncement(notice))
}

describeH5('anyone checks a published vote result (H5)', () => {
  // No /dev/login and no seed: no identity at all.
  const h5 = useH5({ seed: false, personas: { visitor: null } })
  let page: Page
  beforeAll(() => {
    page = h5.pages.visitor
  })

  test('someone not signed in finds 核对投票结果 under 我的', async () => {
    await h5.open(page, '/pages/mine/index')
    await page.locator('.at-list__item', { hasText: '核对投票结果' }).click()
    await page.locator('.verify__title', { hasText: '核对投票结果' }).waitFor()
    expect(page.url()).toContain(`#${VERIFY}`)
  }, 60_000)

  test('the example passes, as the command says', async () => {
    await button(page, '填入示例').click()
    expect(await cell(page, 'total', 'owners').inputValue()).toBe('1286')
    await button(page, '核对').click()
    const example = { major: false, ...Object.fromEntries(await Promise.all(ROWS.map(async (k) => [k, await readRow(page, k)]))) }
    await expectPageShows(page, report(example))
    expect(await outcomeText(page)).toBe('通过')
  }, 60_000)

  test('exactly ⅔ took part and exactly half agreed: an ordinary item is not passed', async () => {
    await fillForm(page, HALF)
    await button(page, '核对').click()
    const expected = report(HALF)
    expect(expected.outcome).toBe('rejected')
    await expectPageShows(page, expected)
    expect(await outcomeText(page)).toBe('未通过')
    // Both sides of each test are on the page: the quorum holds with equality, approval does not.
    await page.getByText('3 × 2000000 = 6000000 ≥ 2 × 3000000 = 6000000').waitFor()
    await page.getByText('2 × 100 = 200 ≤ 200').waitFor()
  }, 60_000)

  test('a major item at exactly ¾, pasted as JSON, passes; a hair less does not', async () => {
    await page.locator('.verify-paste__box textarea').fill(JSON.stringify(THREE_QUARTERS, null, 2))
    await button(page, '读取并核对').click()
    await expectPageShows(page, report(THREE_QUARTERS))
    expect(await outcomeText(page)).toBe('通过')
    // The pasted figures fill the form, so a person can change one and check again.
    expect(await cell(page, 'total', 'area').inputValue()).toBe('12000.54')
    await page.locator('.yw-choices__option--on', { hasText: '重大事项' }).waitFor()

    const less: Notice = { ...THREE_QUARTERS, agree: { owners: 60, area: '6000.26' } }
    await cell(page, 'agree', 'area').fill('6000.26')
    await button(page, '核对').click()
    await expectPageShows(page, report(less))
    expect(await outcomeText(page)).toBe('未通过')
  }, 60_000)

  test('a bad figure is named beside its field, in Chinese', async () => {
    await fillForm(page, HALF)
    await cell(page, 'total', 'area').fill('-30000.005')
    await button(page, '核对').click()
    await page.locator('.verify-row--total .verify-row__error', { hasText: '总面积：不能为负数' }).waitFor()
    expect(await page.locator('.verify-result').count()).toBe(0)

    const bad = { ...HALF, total: { owners: 300, area: '三万' } }
    await page.locator('.verify-paste__box textarea').fill(JSON.stringify(bad))
    await button(page, '读取并核对').click()
    // The command names the same field: `total.area: 应为数字`.
    expect(verifyAnnouncement(bad)).toMatchObject({ ok: false, message: 'total.area: 应为数字' })
    await page.locator('.verify-row--total .verify-row__error', { hasText: '总面积：应为数字' }).waitFor()
    await page.locator('.verify__problems', { hasText: '总面积：应为数字' }).waitFor()
    expect(await page.locator('.verify-result').count()).toBe(0)

    await page.locator('.verify-paste__box textarea').fill('{"major": false,')
    await button(page, '读取并核对').click()
    await page.locator('.verify-paste__error', { hasText: '粘贴的内容不是有效的 JSON' }).waitFor()
  }, 60_000)
})

const ROWS: FigureKey[] = ['total', 'participated', 'agree', 'oppose', 'abstain', 'invalid', 'followMajority']

/** One box of the form: a row (总数, 参与表决, …) and its 人数 or 面积. Taro's H5 input wraps the real <input>. */
function cell(page: Page, row: FigureKey, part: 'owners' | 'area'): Locator {
  return page.locator(`.verify-row--${row} .verify-row__input--${part} input`)
}

async function fillForm(page: Page, notice: Notice): Promise<void> {
  await button(page, '清空重填').click()
  await choose(page, notice.major ? '重大事项' : '普通事项')
  for (const row of ROWS) {
    const figure = notice[row]
    if (!figure) continue
    await cell(page, row, 'owners').fill(figure.owners === null ? '' : String(figure.owners))
    await cell(page, row, 'area').fill(figure.area === null ? '' : String(figure.area))
  }
}

/** A row as the page holds it, read back as announcement JSON (empty optional rows left out). */
async function readRow(page: Page, row: FigureKey): Promise<Figure | undefined> {
  const owners = await cell(page, row, 'owners').inputValue()
  const area = await cell(page, row, 'area').inputValue()
  if (owners === '' && area === '') return undefined
  return { owners: owners === '' ? null : Number(owners), area: area === '' ? null : area }
}

async function outcomeText(page: Page): Promise<string> {
  return (await page.locator('.verify-result__outcome').first().textContent()) ?? ''
}

/** The page shows the checker's outcome, its summary, and each test's numbers and verdict (both ways when 从众 is reported). */
async function expectPageShows(page: Page, expected: VerifyReport): Promise<void> {
  const e = expected.explanation
  // Waiting for this check's own summary, not just any result: the previous one may still be showing.
  await page.locator('.verify-result__summary', { hasText: e.summary }).waitFor()
  expect(await page.locator('.verify-result__summary').textContent()).toBe(e.summary)
  expect(await outcomeText(page)).toBe(WORDS[expected.outcome])
  const variants = e.followMajorityReported ? [e.withFollowMajority, e.withoutFollowMajority] : [e.withoutFollowMajority]
  const checks = variants.flatMap((v) =>
    (['quorumArea', 'quorumHeadcount', 'approvalArea', 'approvalHeadcount'] as const).map((t) => v.checks[t]),
  )
  expect(await page.locator('.verify-check__numbers').allTextContents()).toEqual(checks.map((c) => c.inequality?.text))
  expect(await page.locator('.verify-check__holds').allTextContents()).toEqual(checks.map((c) => (c.holds ? '✓ 成立' : '✗ 不成立')))
}
