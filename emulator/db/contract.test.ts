/**
 * The database contract: what the product may rely on, checked through the REAL wx-server-sdk.
 * Always against the local emulator; also against a real CloudBase environment when TCB_ENV,
 * TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY are set (collections ct_<run>_* are left
 * behind there: delete them in the console).
 */
import { aggregateCases } from './contract/aggregate'
import { documentCases, limitCases } from './contract/documents'
import { queryCases } from './contract/queries'
import { localTarget, REAL_ENV_HINT, realConfigured, realTarget, type Target } from './contract/target'
import { localTransactionCases, transactionCases } from './contract/transactions'
import { uniqueIndexCases } from './contract/unique'
import { updateCases } from './contract/updates'

function contract(label: string, make: () => Promise<Target>, localOnly: boolean): void {
  describe(label, () => {
    let target: Target | undefined
    const get = (): Target => {
      if (!target) throw new Error('target not ready')
      return target
    }
    beforeAll(async () => {
      target = await make()
    })
    afterAll(async () => {
      await target?.close()
    })

    describe('queries', () => queryCases(get))
    describe('updates', () => updateCases(get))
    describe('documents', () => documentCases(get))
    describe('limits', () => limitCases(get))
    describe('aggregate', () => aggregateCases(get))
    describe('transactions', () => transactionCases(get))
    if (localOnly) {
      describe('emulator-only rules', () => {
        localTransactionCases(get)
        uniqueIndexCases(get)
      })
    }
  })
}

contract('local emulator', localTarget, true)

if (realConfigured()) {
  contract(`real CloudBase (${process.env.TCB_ENV})`, realTarget, false)
} else {
  describe('real CloudBase', () => {
    it(`skipped: real CloudBase (${REAL_ENV_HINT} to run this suite against it)`, () => {
      console.log(`skipped: real CloudBase (${REAL_ENV_HINT})`)
    })
  })
}
