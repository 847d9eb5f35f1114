/**
 * Mini program: AtInput's title is a <label for> bound to its field, so a tap on the label already
 * focuses it; nothing to do. The H5 build uses inputRows.h5.ts.
 */
export function focusFieldsFromRows(): void {}
