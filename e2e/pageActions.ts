/**
 * The moves the H5 suites make on the app's pages, found the way Taro's H5 output and taro-ui
 * draw them. Each takes a page or a part of one (a row, a card) as its scope.
 */
import type { Locator, Page } from 'playwright-core'

export type Scope = Page | Locator

/**
 * An AtButton by its whole text ('停用' must not find '也看已停用的…'), among the visible ones: H5
 * keeps earlier pages of the stack in the document, hidden. Its text sits in an inner element that
 * covers the button, so this is the button itself, to click.
 */
export function button(scope: Scope, text: string): Locator {
  return scope.locator('.at-button:visible', { hasText: wholeText(text) }).first()
}

/** Taro's H5 Input is a custom element carrying the placeholder too; this is the real <input> inside it, to fill. */
export function field(scope: Scope, placeholder: string): Locator {
  return scope.locator(`input[placeholder="${placeholder}"]`).first()
}

/** One of the large choice buttons (同意/反对/…, 普通事项/重大事项, 全体业主/部分楼栋), by its whole label. */
export async function choose(scope: Scope, label: string): Promise<void> {
  await scope
    .locator('.yw-choices__option', { hasText: wholeText(label) })
    .first()
    .click()
}

/** Confirms the app's own confirmation dialog (yw-dialog). */
export async function confirmDialog(page: Page): Promise<void> {
  await page.locator('.yw-dialog__confirm').click()
}

/** Waits for a page's toast (AtToast, from the app's useNotice) saying `text`. */
export async function waitForToast(page: Page, text: string | RegExp): Promise<void> {
  await page.locator('.at-toast .toast-body-content__info', { hasText: text }).first().waitFor()
}

function wholeText(text: string): RegExp {
  return new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`)
}
