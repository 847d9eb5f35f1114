import type { z } from 'zod'

/** One action of a cloud function: its input schema (parsed on the server) and its output type. */
export interface ActionContract<I extends z.ZodTypeAny = z.ZodTypeAny, O = unknown> {
  input: I
  output: O
}

/** `action(schema).returns<Output>()` declares an action once; server and client both infer from it. */
export function action<I extends z.ZodTypeAny>(input: I) {
  return { returns: <O>(): ActionContract<I, O> => ({ input, output: undefined as unknown as O }) }
}

export type Contract = Record<string, ActionContract>
export type InputOf<C extends Contract, A extends keyof C> = z.input<C[A]['input']>
export type OutputOf<C extends Contract, A extends keyof C> = C[A]['output']
