import { rosterAccountId } from './docs'
import { hashIdNumber, idLast4 } from '../register/hash'
import { mainlandCheckChar } from '../register/idNumber'

/**
 * TEST FIXTURE (never imported by a function): two communities in different streets and districts,
 * and one persona per role holding that role in the "own" community. The permission matrix and the
 * feature tests call the real functions as these personas. Every person has a real-looking phone and
 * ID number, so the scan for unmasked ones has something to find.
 */
export type Side = 'own' | 'other'

export const PERSONAS = [
  'owner', 'delegate', 'staffPending', 'staff', 'member', 'alternate', 'director', 'propertyManager',
  'streetReviewer', 'districtCentre', 'cityCentre', 'operator', 'stranger', 'console',
] as const
export type Persona = (typeof PERSONAS)[number]

type GrantedRole = 'staff' | 'member' | 'alternate' | 'director' | 'propertyManager' | 'streetReviewer' | 'districtCentre' | 'cityCentre' | 'operator'

/** The role each persona holds in the own community (or its street/district, or everywhere). */
export const PERSONA_ROLE: Record<Persona, { role: string; status: 'active' | 'pending' } | null> = {
  owner: { role: 'owner', status: 'active' },
  delegate: { role: 'delegate', status: 'active' },
  staffPending: { role: 'staff', status: 'pending' },
  staff: { role: 'staff', status: 'active' },
  member: { role: 'member', status: 'active' },
  alternate: { role: 'alternate', status: 'active' },
  director: { role: 'director', status: 'active' },
  propertyManager: { role: 'propertyManager', status: 'active' },
  streetReviewer: { role: 'streetReviewer', status: 'active' },
  districtCentre: { role: 'districtCentre', status: 'active' },
  cityCentre: { role: 'cityCentre', status: 'active' },
  operator: { role: 'operator', status: 'active' },
  stranger: null,
  console: null,
}

/** Roles whose reach is not one community: the city centre and the operator reach every community. */
export const REACHES_EVERY_COMMUNITY = new Set(['cityCentre', 'operator'])

export interface Seeder {
  insert(collection: string, docs: object[]): Promise<unknown> | unknown
}

export interface Caller {
  persona: Persona
  openid?: string
  console: boolean
  name: string
  phone?: string
  idNumber?: string
}

export interface CommunityFixture {
  id: string
  name: string
  street: string
  district: string
}

const DAY_MS = 86_400_000

export class World {
  private seq = 0
  readonly communities: Record<Side, CommunityFixture>

  constructor(private readonly seeder: Seeder, private readonly nowMs: () => number, readonly tag = 'mx') {
    this.communities = {
      own: { id: `${tag}-a`, name: '甲花园', street: '粤海街道', district: '南山区' },
      other: { id: `${tag}-b`, name: '乙花园', street: '华富街道', district: '福田区' },
    }
  }

  community(side: Side): string {
    return this.communities[side].id
  }

  /** A unique id within this world. */
  id(prefix: string): string {
    this.seq += 1
    return `${this.tag}-${prefix}-${this.seq}`
  }

  phone(): string {
    this.seq += 1
    return `139${String(this.seq).padStart(8, '0')}`
  }

  /** A valid mainland ID number (date and check digit), different each time. */
  idNumber(): string {
    this.seq += 1
    const first17 = `440305${1950 + (Math.floor(this.seq / 1000) % 50)}0101${String(this.seq % 1000).padStart(3, '0')}`
    return first17 + mainlandCheckChar(first17)
  }

  private readonly callers = new Map<Persona, Caller>()
  private readonly owners = new Map<Side, Caller & { personId: string; openid: string; idNumber: string; phone: string }>()

  caller(persona: Persona): Caller {
    const found = this.callers.get(persona)
    if (!found) throw new Error(`world not seeded: no persona ${persona}`)
    return found
  }

  /** The registered owner of each community (the own one is the `owner` persona). */
  ownerOf(side: Side) {
    const found = this.owners.get(side)
    if (!found) throw new Error(`world not seeded: no owner in ${side}`)
    return found
  }

  async seed(): Promise<void> {
    await this.seeder.insert('communities', Object.values(this.communities).map(({ id, ...c }) => ({ _id: id, ...c })))
    for (const side of ['own', 'other'] as const) {
      const owner = await this.addOwner(side, side === 'own' ? `${this.tag}-owner` : `${this.tag}-owner-b`, side === 'own' ? '王业主' : '赵业主')
      this.owners.set(side, owner)
      await this.seedRecords(side)
    }
    this.callers.set('owner', { ...this.ownerOf('own'), persona: 'owner' })
    this.callers.set('delegate', await this.addDelegate('delegate', `${this.tag}-delegate`))
    for (const persona of ['staffPending', 'staff', 'member', 'alternate', 'director', 'propertyManager', 'streetReviewer', 'districtCentre', 'cityCentre', 'operator'] as const) {
      this.callers.set(persona, await this.addGrant(persona, `${this.tag}-${persona}`))
    }
    this.callers.set('stranger', { persona: 'stranger', openid: `${this.tag}-stranger`, console: false, name: '路人' })
    this.callers.set('console', { persona: 'console', console: true, name: '控制台' })
  }

  /** A second caller just like `persona`, for actions that use up the caller (解绑). */
  async clone(persona: Persona): Promise<Caller> {
    const openid = this.id(persona)
    switch (persona) {
      case 'owner': return { ...(await this.addOwner('own', openid, '孙业主')), persona }
      case 'delegate': return this.addDelegate(persona, openid)
      case 'stranger': return { persona, openid, console: false, name: '路人' }
      case 'console': return this.caller('console')
      default: return this.addGrant(persona, openid)
    }
  }

  private async addOwner(side: Side, openid: string, name: string) {
    const communityId = this.community(side)
    const idNumber = this.idNumber()
    const phone = this.phone()
    const personId = this.id('person')
    await this.seeder.insert('persons', [{ _id: personId, communityId, name, idHash: hashIdNumber(idNumber), idLast4: idLast4(idNumber), phone }])
    await this.seeder.insert('units', [this.unitDoc(communityId, personId)])
    await this.seeder.insert('bindings', [{ _id: `${communityId}:${personId}`, openid, personId, communityId }])
    return { persona: 'owner' as Persona, openid, console: false, name, phone, idNumber, personId }
  }

  private unitDoc(communityId: string, personId: string) {
    const _id = this.id('unit')
    return { _id, communityId, building: '1栋', unitNo: 'A', room: String(100 + this.seq), areaCenti: 8945, ownerIds: [personId], developerHeld: false }
  }

  private async addDelegate(persona: Persona, openid: string): Promise<Caller> {
    const idNumber = this.idNumber()
    const phone = this.phone()
    await this.insertDelegation('own', { delegateOpenid: openid, status: 'active', idNumber, phone, name: '李受托' })
    return { persona, openid, console: false, name: '李受托', phone, idNumber }
  }

  private async addGrant(persona: Persona, openid: string): Promise<Caller> {
    const granted = PERSONA_ROLE[persona]!
    const own = this.communities.own
    const scope = granted.role === 'streetReviewer' ? { street: own.street, district: own.district }
      : granted.role === 'districtCentre' ? { district: own.district }
        : REACHES_EVERY_COMMUNITY.has(granted.role) ? {} : { communityId: own.id }
    const phone = this.phone()
    const name = `${persona}人员`
    await this.seeder.insert('roles', [{
      _id: this.id('grant'), openid, role: granted.role as GrantedRole, status: granted.status, name, phone, ...scope,
    }])
    return { persona, openid, console: false, name, phone }
  }

  private async seedRecords(side: Side): Promise<void> {
    const communityId = this.community(side)
    await this.freshMember(side)
    await this.seeder.insert('filings', [{
      _id: `${communityId}-filing`, communityId, filedOn: '2023-03-01', termStart: '2023-03-01', termEnd: '2028-02-28', status: 'filed',
      note: '', files: [{ fileID: `cloud://local.bucket/committee/${communityId}/filing.pdf`, name: '备案表.pdf' }], createdAt: new Date(this.nowMs()),
    }])
    await this.seeder.insert('trainings', [{ _id: `${communityId}-training`, communityId, personName: '委员甲', course: '业委会履职培训', trainedOn: '2023-05-01', result: '合格' }])
    await this.seeder.insert('meetings', [this.meetingDoc(communityId, `${communityId}-meeting`)])
    await this.seeder.insert('fundAccounts', [{
      _id: `${communityId}-fund`, communityId, bank: '招商银行', accountName: `${this.communities[side].name}业主大会`,
      accountNumber: '6222020200112233445', signedOn: '2023-06-01', status: 'active', updatedAt: new Date(this.nowMs()),
    }])
    await this.freshCreditRecord(side)
  }

  private meetingDoc(communityId: string, _id: string) {
    const at = new Date(this.nowMs())
    return {
      _id, communityId, topic: '第三次业委会会议', heldAt: at, place: '物业会议室', attendees: ['委员甲'], agenda: '议程', minutes: '纪要',
      attachments: [], createdAt: at, updatedAt: at,
    }
  }

  async freshMember(side: Side, kind: 'member' | 'alternate' | 'staff' = 'member'): Promise<string> {
    return (await this.freshRosterPerson(side, kind)).memberId
  }

  /** A person on the committee's roster, with the name and phone a staff binding matches. */
  async freshRosterPerson(side: Side, kind: 'member' | 'alternate' | 'staff' = 'member') {
    const memberId = this.id('member')
    const at = new Date(this.nowMs())
    const name = `成员${this.seq}`
    const phone = this.phone()
    await this.seeder.insert('committeeMembers', [{
      _id: memberId, communityId: this.community(side), kind, name, position: kind === 'staff' ? '经办人' : '委员', phone,
      termStart: '2023-03-01', termEnd: '2028-02-28', status: 'serving', createdAt: at, updatedAt: at,
    }])
    return { memberId, name, phone }
  }

  /** A roster entry bound to a fresh WeChat account, waiting for the director. */
  async freshAccount(side: Side, status: 'pending' | 'active' = 'pending'): Promise<string> {
    const memberId = await this.freshMember(side, 'staff')
    const _id = rosterAccountId(memberId)
    await this.seeder.insert('roles', [{
      _id, openid: this.id('staffwx'), role: 'staff', communityId: this.community(side), status, name: '新经办人', phone: this.phone(), rosterId: memberId,
    }])
    return _id
  }

  /** A unit of the community's registered owner. */
  async freshUnit(side: Side): Promise<string> {
    const unit = this.unitDoc(this.community(side), this.ownerOf(side).personId)
    await this.seeder.insert('units', [unit])
    return unit._id
  }

  /** An authorisation waiting for its delegate, with what the delegate types to bind. */
  async freshDelegation(side: Side): Promise<{ delegationId: string; name: string; idNumber: string }> {
    const idNumber = this.idNumber()
    const delegationId = await this.insertDelegation(side, { delegateOpenid: null, status: 'pending', idNumber, phone: this.phone(), name: '周受托' })
    return { delegationId, name: '周受托', idNumber }
  }

  private async insertDelegation(side: Side, d: { delegateOpenid: string | null; status: string; idNumber: string; phone: string; name: string }) {
    const owner = this.ownerOf(side)
    const unitId = await this.freshUnit(side)
    const _id = this.id('delegation')
    await this.seeder.insert('delegations', [{
      _id, communityId: this.community(side), unitId, ownerPersonId: owner.personId, ownerOpenid: owner.openid, ownerName: owner.name,
      delegateOpenid: d.delegateOpenid, delegateName: d.name, delegateIdHash: hashIdNumber(d.idNumber), delegateIdLast4: idLast4(d.idNumber),
      delegatePhone: d.phone, voteId: null, until: new Date(this.nowMs() + 365 * DAY_MS), status: d.status, createdAt: new Date(this.nowMs()),
    }])
    return _id
  }

  async freshCreditRecord(side: Side): Promise<string> {
    const _id = this.id('credit')
    await this.seeder.insert('creditRecords', [{
      _id, communityId: this.community(side), kind: 'good', occurredOn: '2024-01-10', reason: '按时公开账目', sourceName: '区住房中心通报',
      source: null, voided: false, voidReason: null, createdAt: new Date(this.nowMs()),
    }])
    return _id
  }

  async freshMeeting(side: Side): Promise<string> {
    const _id = this.id('meeting')
    await this.seeder.insert('meetings', [this.meetingDoc(this.community(side), _id)])
    return _id
  }

  /** Whose face a caller checks in a community: herself when she has an identity there, else its owner. */
  faceSubject(side: Side, caller: Caller): Caller {
    return caller.idNumber && side === 'own' ? caller : this.ownerOf(side)
  }

  /** A face check the caller started (or, for callers without an identity, the community's owner). */
  async freshFaceCheck(side: Side, caller: Caller): Promise<{ checkId: string; idNumber: string }> {
    const subject = this.faceSubject(side, caller)
    const _id = this.id('face')
    await this.seeder.insert('faceChecks', [{
      _id, communityId: this.community(side), openid: subject.openid, role: subject.persona === 'delegate' ? 'delegate' : 'owner',
      personId: null, delegationId: null, name: subject.name, idType: 'mainland', idHash: hashIdNumber(subject.idNumber!),
      idLast4: idLast4(subject.idNumber!), verifyId: `local-${_id}`, outSeqNo: _id, status: 'started', reason: '',
      startedAt: new Date(this.nowMs()), at: null,
    }])
    return { checkId: _id, idNumber: subject.idNumber! }
  }

  /** A Beijing calendar day some days from the world's now. */
  day(offsetDays: number): string {
    return new Date(this.nowMs() + offsetDays * DAY_MS + 8 * 3600_000).toISOString().slice(0, 10)
  }
}
