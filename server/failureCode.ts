import { Failure } from './handler'

/** The code of the expected failure a synchronous check raises, or undefined when it passes (for tests). */
export function failureCode(run: () => unknown): string | undefined {
  try {
    run()
    return undefined
  } catch (e) {
    if (e instanceof Failure) return e.code
    throw e
  }
}
