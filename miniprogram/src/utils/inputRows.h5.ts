/** Parts of a field's row that do something of their own (the clear icon, a 获取验证码 button). */
const OWN_ACTIONS = '.at-input__icon, .at-input__children, .at-button, button'

/**
 * H5: a tap anywhere on an AtInput / AtTextarea row, its label included, focuses the row's field,
 * as a label does in the mini program (the browser's label does not reach Taro's input element).
 */
export function focusFieldsFromRows(doc: Document = document): void {
  doc.addEventListener('click', (event) => {
    const target = event.target as Element | null
    if (!target || target.closest('input, textarea') || target.closest(OWN_ACTIONS)) return
    const field = target.closest('.at-input, .at-textarea')?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')
    if (field && !field.disabled) field.focus()
  })
}
