import { DISCLOSURE_ERRORS, DISCLOSURE_LABELS, disclosuresApi } from '../../../core/api/disclosures'
import { defineFunction } from '../../../server/handler'
import { disclosureCalendar, saveCalendar } from '../../../server/disclosures/calendar'
import { importDisclosures, previewImport } from '../../../server/disclosures/import'
import { correctDisclosure, publishDisclosure, saveDraft, voidDisclosure } from '../../../server/disclosures/publish'
import { getDisclosure, listDisclosures } from '../../../server/disclosures/read'
import { disclosureTemplate } from '../../../server/disclosures/template'
import { answerCorrection, requestCorrection } from '../../../server/disclosures/correctionRequests'
import { saveTransferRules } from '../../../server/disclosures/transferRules'
import { executeTransfer, getTransfer, listTransfers, publishTransfer, voidTransfer } from '../../../server/disclosures/transfers'

/** 信息公开, 信息公开查询, 下载模板 / 导入, 大额资金转账公示. */
export const main = defineFunction(
  'disclosures',
  disclosuresApi,
  { errors: DISCLOSURE_ERRORS, labels: DISCLOSURE_LABELS },
  {
    saveDraft,
    publishDisclosure,
    voidDisclosure,
    correctDisclosure,
    listDisclosures,
    getDisclosure,
    requestCorrection,
    answerCorrection,
    disclosureTemplate,
    previewImport,
    importDisclosures,
    disclosureCalendar,
    saveCalendar,
    publishTransfer,
    executeTransfer,
    voidTransfer,
    getTransfer,
    listTransfers,
    saveTransferRules,
  },
)
