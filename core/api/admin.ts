import { z } from 'zod'
import { action } from './contract'
import type { ErrorSentences } from '../errors'
import type { FieldLabels } from '../zodMessage'
import { COMMUNITY_GRANTED_ROLES, isIn, ROLE_NAMES } from '../roles'
import { Id, PersonName, Phone } from '../schemas/common'
import { Label } from '../schemas/text'

/** The largest register file an import takes (30 MB; inline as base64, 40,000,000 characters). */
export const MAX_REGISTER_BYTES = 30_000_000

/** A register file: already in cloud storage (the console's upload), or sent inline (scripts, the demo seed). */
export const ImportRegisterInput = z.union([
  z.object({ fileID: z.string().trim().min(1, '请选择文件').max(512) }).strict(),
  z
    .object({
      fileName: Label(200, '缺少文件名'),
      contentBase64: z
        .string()
        .min(1, '文件是空的')
        .max((MAX_REGISTER_BYTES / 3) * 4, '文件太大，请分小区导入'),
    })
    .strict(),
])
export type ImportRegisterInput = z.infer<typeof ImportRegisterInput>

export interface ImportCounts {
  created: number
  updated: number
  unchanged: number
  /** In the database but no longer in the register: kept, marked `inRegister: false`. */
  retired: number
}

export interface ImportedCommunity {
  id: string
  name: string
  district: string
  street: string
  unitCount: number
  personCount: number
  developerHeldUnits: number
  coOwnedUnits: number
  totalAreaCenti: number
  units: ImportCounts
  persons: ImportCounts
}

export interface ImportSummary {
  rows: number
  communities: ImportedCommunity[]
  /** Wall time of the whole import, for the operator's information. */
  ms: number
}

/** Roles the operator grants; `owner` and `delegate` come from binding and delegation, never from a grant. */
export const GrantableRole = z.enum(ROLE_NAMES).exclude(['owner', 'delegate'])
export type GrantableRole = z.infer<typeof GrantableRole>

export const GrantRoleInput = z
  .object({
    /** Who: a WeChat user already known (openid), and/or a registered person (personId). */
    openid: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .regex(/^[\w-]+$/, '格式不正确')
      .optional(),
    personId: Id.optional(),
    name: PersonName,
    phone: Phone.optional(),
    role: GrantableRole,
    communityId: Id.optional(),
    street: Label(40).optional(),
    district: Label(40).optional(),
    /** Staff start `pending` until the director authorises them; everyone else starts `active`. */
    status: z.enum(['active', 'pending']).optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (!v.openid && !v.personId && !v.phone)
      ctx.addIssue({ code: 'custom', path: ['openid'], message: '请至少提供微信用户、登记人员或手机号码之一' })
    if (isIn(COMMUNITY_GRANTED_ROLES, v.role) && !v.communityId)
      ctx.addIssue({ code: 'custom', path: ['communityId'], message: '该角色必须指定小区' })
    if (v.role === 'streetReviewer' && (!v.street || !v.district))
      ctx.addIssue({ code: 'custom', path: ['street'], message: '街道办审核人必须指定区和街道' })
    if (v.role === 'districtCentre' && !v.district) ctx.addIssue({ code: 'custom', path: ['district'], message: '区住房中心必须指定区' })
  })
export type GrantRoleInput = z.infer<typeof GrantRoleInput>

export interface GrantedRole {
  id: string
  role: GrantableRole
  label: string
  name: string
  phoneMasked?: string
  openid?: string
  personId?: string
  communityId?: string
  street?: string
  district?: string
  status: 'active' | 'pending' | 'revoked'
}

/** Codes the `admin` function answers beyond core/errors.ts. */
export const ADMIN_ERRORS = {
  FILE_NOT_FOUND: '文件不存在或已被删除',
  BAD_REGISTER: '房产登记表中有错误的行，未导入任何数据',
  REGISTER_TOO_LARGE: '文件超过房产登记表的大小限制，未导入任何数据，请按小区分开导入',
} as const satisfies ErrorSentences

export const ADMIN_LABELS: FieldLabels = {
  fileID: '文件',
  fileName: '文件名',
  contentBase64: '文件内容',
  openid: '微信用户',
  personId: '登记人员',
  name: '姓名',
  phone: '手机号码',
  role: '角色',
  communityId: '小区',
  street: '街道',
  district: '区',
  status: '状态',
}

/** The `admin` cloud function: the operator's console actions. */
export const adminApi = {
  importRegister: action(ImportRegisterInput).returns<ImportSummary>(),
  grantRole: action(GrantRoleInput).returns<GrantedRole>(),
}
