/**
 * Moved to `core/mask.ts`. Kept only as a re-export because cloudfunctions/committee (members.ts,
 * funds.ts) still imports it from here; delete this file once those two imports point at core/mask.
 */
export { maskAccountNumber, maskIdLast4, maskPhone } from '../../core/mask'
