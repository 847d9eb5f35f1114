import { TENDER_ERRORS, TENDER_LABELS, tenderApi } from '../../../core/api/tender'
import { defineFunction } from '../../../server/handler'
import { acknowledge, get, list, register } from '../../../server/tender/projects'

/** 招标投标管理: the community's tender projects and their stage timelines (the platform pushes to tenderPush). */
export const main = defineFunction(
  'tender',
  tenderApi,
  { errors: TENDER_ERRORS, labels: TENDER_LABELS },
  { list, get, register, acknowledge },
)
