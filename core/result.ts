/**
 * Expected failures are values, not exceptions: a function that can fail for a
 * reason a person should see answers `err(CODE, 中文说明)`; only bugs throw.
 * The shape is the wire shape every cloud function answers, so a Result can be returned as is.
 */
export type Ok<T> = { ok: true; data: T }
export type Err = { ok: false; code: string; message: string }
export type Result<T> = Ok<T> | Err

export function ok<T>(data: T): Ok<T> {
  return { ok: true, data }
}

/** `code` is a stable UPPER_SNAKE identifier; `message` is plain Chinese fit to show a person. */
export function err(code: string, message: string): Err {
  return { ok: false, code, message }
}
