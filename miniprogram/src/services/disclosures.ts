import type { DisclosuresApi } from '@core/api/disclosures'
import type { InputOf } from '@core/api/contract'
import { cloudFunction } from './cloud'

/** The `disclosures` function: 信息公开 (publish, void, correct, query, import) and 大额资金转账公示. */
const disclosures = cloudFunction<DisclosuresApi>('disclosures')
type In<A extends keyof DisclosuresApi> = InputOf<DisclosuresApi, A>

export const saveDraft = (input: In<'saveDraft'>) => disclosures('saveDraft', input)
export const publishDisclosure = (input: In<'publishDisclosure'>) => disclosures('publishDisclosure', input)
export const voidDisclosure = (input: In<'voidDisclosure'>) => disclosures('voidDisclosure', input)
export const correctDisclosure = (input: In<'correctDisclosure'>) => disclosures('correctDisclosure', input)
export const listDisclosures = (input: In<'listDisclosures'>) => disclosures('listDisclosures', input)
export const getDisclosure = (input: In<'getDisclosure'>) => disclosures('getDisclosure', input)
export const disclosureTemplate = (input: In<'disclosureTemplate'>) => disclosures('disclosureTemplate', input)
export const previewImport = (input: In<'previewImport'>) => disclosures('previewImport', input)
export const importDisclosures = (input: In<'importDisclosures'>) => disclosures('importDisclosures', input)
export const disclosureCalendar = (input: In<'disclosureCalendar'>) => disclosures('disclosureCalendar', input)
export const saveCalendar = (input: In<'saveCalendar'>) => disclosures('saveCalendar', input)

export const publishTransfer = (input: In<'publishTransfer'>) => disclosures('publishTransfer', input)
export const executeTransfer = (input: In<'executeTransfer'>) => disclosures('executeTransfer', input)
export const voidTransfer = (input: In<'voidTransfer'>) => disclosures('voidTransfer', input)
export const getTransfer = (input: In<'getTransfer'>) => disclosures('getTransfer', input)
export const listTransfers = (input: In<'listTransfers'>) => disclosures('listTransfers', input)
export const saveTransferRules = (input: In<'saveTransferRules'>) => disclosures('saveTransferRules', input)
export const requestCorrection = (input: In<'requestCorrection'>) => disclosures('requestCorrection', input)
export const answerCorrection = (input: In<'answerCorrection'>) => disclosures('answerCorrection', input)
