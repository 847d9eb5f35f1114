import type { Samples } from '../testing/samples'
import {
  communityFile,
  freshCorrectionRequest,
  freshDisclosureIn,
  freshFundAccount,
  freshTransfer,
  fundFields,
  plainFields,
} from '../testing/disclosureFixtures'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'disclosures.saveDraft': {
    scope: 'community',
    input: ({ world, side }) => ({ communityId: world.community(side), ...plainFields(world) }),
  },
  'disclosures.publishDisclosure': {
    scope: 'community',
    input: ({ world, side }) => ({ communityId: world.community(side), ...fundFields(world) }),
  },
  'disclosures.voidDisclosure': {
    scope: 'community',
    input: async ({ world, side }) => ({ disclosureId: await freshDisclosureIn(world, side), reason: '数字填错' }),
  },
  'disclosures.correctDisclosure': {
    scope: 'community',
    input: async ({ world, side }) => ({ disclosureId: await freshDisclosureIn(world, side), reason: '数字填错', ...plainFields(world) }),
  },
  'disclosures.listDisclosures': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'disclosures.getDisclosure': {
    scope: 'community',
    input: async ({ world, side }) => ({ disclosureId: await freshDisclosureIn(world, side) }),
  },
  'disclosures.requestCorrection': {
    scope: 'community',
    input: async ({ world, side }) => ({ disclosureId: await freshDisclosureIn(world, side), content: '数字与实际不符' }),
  },
  'disclosures.answerCorrection': {
    scope: 'community',
    input: async ({ world, side }) => ({ requestId: await freshCorrectionRequest(world, side), answer: '已核实，将更正公示' }),
  },
  'disclosures.disclosureTemplate': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  // The matrix cannot put a file in storage: a valid call answers FILE_NOT_FOUND; disclosures/import.test.ts imports real files.
  'disclosures.previewImport': {
    scope: 'community',
    mustSucceed: false,
    input: ({ world, side }) => ({ communityId: world.community(side), file: communityFile(world.community(side), '信息公开.xlsx') }),
  },
  'disclosures.importDisclosures': {
    scope: 'community',
    mustSucceed: false,
    input: ({ world, side }) => ({ communityId: world.community(side), file: communityFile(world.community(side), '信息公开.xlsx') }),
  },

  'disclosures.disclosureCalendar': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'disclosures.saveCalendar': {
    scope: 'community',
    input: ({ world, side }) => ({
      communityId: world.community(side),
      items: [{ category: 'commonIncome', every: 'quarter', graceDays: 30 }],
    }),
  },
  'disclosures.publishTransfer': {
    scope: 'community',
    input: async ({ world, side }) => ({
      communityId: world.community(side),
      accountId: await freshFundAccount(world, side),
      amountFen: 8_000_000,
      payeeName: '某电梯公司',
      payeeAccount: '6222000099998888',
      purpose: '电梯维修',
      basisKind: 'contract',
      basisRef: '电梯维修合同',
      plannedOn: '2026-12-20',
    }),
  },
  'disclosures.executeTransfer': {
    scope: 'community',
    input: async ({ world, side }) => ({
      transferId: await freshTransfer(world, side),
      actualOn: '2026-12-21',
      receipts: [communityFile(world.community(side), '回单.pdf')],
    }),
  },
  'disclosures.voidTransfer': {
    scope: 'community',
    input: async ({ world, side }) => ({ transferId: await freshTransfer(world, side), reason: '金额有误' }),
  },
  'disclosures.getTransfer': { scope: 'community', input: async ({ world, side }) => ({ transferId: await freshTransfer(world, side) }) },
  'disclosures.listTransfers': { scope: 'community', input: ({ world, side }) => ({ communityId: world.community(side) }) },
  'disclosures.saveTransferRules': {
    scope: 'community',
    input: ({ world, side }) => ({ communityId: world.community(side), largeTransferFen: 5_000_000 }),
  },
}
