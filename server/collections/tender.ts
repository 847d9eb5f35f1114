import type { TenderDetails, TenderEventKind } from '../../core/api/tender'

/** `tenderProjects`: a project the committee registered by the tender platform's number (unique). */
export interface TenderProjectDoc {
  _id: string
  communityId: string
  projectNo: string
  title: string
  createdAt: Date
  /** When the last push for it arrived; null before the first. */
  syncedAt: Date | null
}

/** `tenderEvents`: one revision of one stage, id `tender:<projectId>:<stage>:<version>`, so a repeated push writes nothing new. */
export interface TenderEventDoc {
  _id: string
  projectId: string
  communityId: string
  stage: TenderEventKind
  version: number
  occurredAt: Date
  receivedAt: Date
  details: TenderDetails
}

/** `tenderNonces`: the nonces of accepted pushes (id = nonce), so a replayed request is refused. */
export interface TenderNonceDoc {
  _id: string
  at: Date
}
