import type { z } from 'zod'
import { zodMessage, type FieldLabels } from '@core/zodMessage'
import type { Failure } from '../services/cloud'

/** A form checked against the server's schema: the parsed input, or why it was refused. */
export type Checked<T> = { ok: true; data: T } | Failure

/**
 * Checks a form with the server's own schema before calling, so a typo costs no round trip (or
 * SMS). The value is typed against the schema's input: a field renamed in the contract fails the
 * type check here instead of failing quietly at run time. `labels` are the contract's field labels,
 * so the page names the field as the server would.
 */
export function check<S extends z.ZodTypeAny>(schema: S, value: z.input<S>, labels: FieldLabels): Checked<z.output<S>> {
  const parsed = schema.safeParse(value)
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: 'INVALID_INPUT', message: zodMessage(parsed.error, labels) }
}
