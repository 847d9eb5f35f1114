/**
 * Measures what is on screen of one H5 page for older eyes and fingers: tappable elements under
 * 44 px high, text under 16 px (the tab bar's labels excepted), anything past the screen's right
 * edge, and text cut off by its box. H5 keeps earlier pages of the stack hidden; only what is
 * visible counts.
 */
import type { Page } from 'playwright-core'

export const MIN_TAP_PX = 44
export const MIN_TEXT_PX = 16

export interface PageProblems {
  page: string
  problems: string[]
}

/** The checks, run inside the page; every problem names the element by its class and text. */
function inPage({ selector, minTap, minText }: { selector: string; minTap: number; minText: number }): string[] {
  const problems: string[] = []
  const width = document.documentElement.clientWidth
  const visible = (el: Element) => {
    const rect = el.getBoundingClientRect()
    if (rect.width === 0 || rect.height === 0) return false
    const style = getComputedStyle(el)
    return style.visibility !== 'hidden' && style.display !== 'none' && Number(style.opacity) !== 0
  }
  const name = (el: Element) => {
    const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).slice(0, 2).join('.') : ''
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 16)
    return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''} "${text}"`
  }
  const ownText = (el: Element) =>
    Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '')
  // Inside a box that scrolls sideways on purpose, being wider than the screen is fine.
  const scrollsSideways = (el: Element) => {
    for (let p = el.parentElement; p; p = p.parentElement) {
      const overflowX = getComputedStyle(p).overflowX
      if (overflowX === 'auto' || overflowX === 'scroll') return true
    }
    return false
  }

  if (document.documentElement.scrollWidth > width + 1) problems.push(`page is ${document.documentElement.scrollWidth}px wide`)

  const tappables = new Set(Array.from(document.querySelectorAll(selector)).filter(visible))
  for (const el of tappables) {
    // A field inside a row that is itself tappable is measured as the row.
    if (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') if (el.closest('.at-input, .at-textarea')) continue
    const { height } = el.getBoundingClientRect()
    if (height < minTap - 0.5) problems.push(`tap ${name(el)} is ${height.toFixed(1)}px high`)
  }

  for (const el of Array.from(document.body.querySelectorAll('*'))) {
    if (!ownText(el) || !visible(el)) continue
    if (el.closest('.weui-tabbar')) continue
    const style = getComputedStyle(el)
    const size = parseFloat(style.fontSize)
    if (size < minText - 0.05) problems.push(`text ${name(el)} is ${size}px`)
    const rect = el.getBoundingClientRect()
    if (rect.right > width + 1 && !scrollsSideways(el)) problems.push(`text ${name(el)} reaches ${rect.right.toFixed(0)}px`)
    const clips = style.overflow === 'hidden' || style.overflowX === 'hidden' || style.textOverflow === 'ellipsis'
    if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1))
      problems.push(`text ${name(el)} is cut off`)
  }
  return problems
}

export async function measurePage(page: Page, label: string, selector: string): Promise<PageProblems> {
  const problems = await page.evaluate(inPage, { selector, minTap: MIN_TAP_PX, minText: MIN_TEXT_PX })
  return { page: label, problems: [...new Set(problems)] }
}
