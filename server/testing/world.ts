import { addDelegate } from './accountFixtures'
import { seedCommitteeRecords } from './committeeFixtures'
import { hashIdNumber, idLast4 } from '../register/hash'
import { mainlandCheckChar } from '../register/idNumber'

/**
 * TEST FIXTURE (never imported by a function): the one fixture world. Two communities in different
 * streets and districts, and one persona per role holding that role in the "own" community. The
 * permission matrix and the feature tests call the real functions as these personas. Every person
 * has a real-looking phone and ID number, so the scan for unmasked ones has something to find.
 *
 * This file is the core (communities, owners, units, role grants); each feature adds its own
 * fixtures in `<feature>Fixtures.ts` beside it, as functions of the world.
 */
export type Side = 'own' | 'other'

export const PERSONAS = [
  'owner',
  'delegate',
  'staffPending',
  'staff',
  'member',
  'alternate',
  'director',
  'propertyManager',
  'streetReviewer',
  'districtCentre',
  'cityCentre',
  'operator',
  'stranger',
  'console',
] as const
export type Persona = (typeof PERSONAS)[number]

type GrantedRole =
  'staff' | 'member' | 'alternate' | 'director' | 'propertyManager' | 'streetReviewer' | 'districtCentre' | 'cityCentre' | 'operator'

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

  constructor(
    readonly seeder: Seeder,
    readonly nowMs: () => number,
    readonly tag = 'mx',
  ) {
    this.communities = {
      own: { id: `${tag}-a`, name: '甲花园', street: '粤海街道', district: '南山区' },
      other: { id: `${tag}-b`, name: '乙花园', street: '华富街道', district: '福田区' },
    }
  }

  community(side: Side): string {
    return this.communities[side].id
  }

  /** The last number handed out by `id`, `phone` or `idNumber`. */
  get serial(): number {
    return this.seq
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
    // Both communities' rules let the director publish transfers, so the matrix tries the director's publishTransfer.
    await this.seeder.insert(
      'communities',
      Object.values(this.communities).map(({ id, ...c }) => ({ _id: id, ...c, directorPublishesTransfers: true })),
    )
    for (const side of ['own', 'other'] as const) {
      const owner = await this.addOwner(
        side,
        side === 'own' ? `${this.tag}-owner` : `${this.tag}-owner-b`,
        side === 'own' ? '王业主' : '赵业主',
      )
      this.owners.set(side, owner)
      await seedCommitteeRecords(this, side)
    }
    this.callers.set('owner', { ...this.ownerOf('own'), persona: 'owner' })
    this.callers.set('delegate', await addDelegate(this, 'delegate', `${this.tag}-delegate`))
    for (const persona of [
      'staffPending',
      'staff',
      'member',
      'alternate',
      'director',
      'propertyManager',
      'streetReviewer',
      'districtCentre',
      'cityCentre',
      'operator',
    ] as const) {
      this.callers.set(persona, await this.addGrant(persona, `${this.tag}-${persona}`))
    }
    this.callers.set('stranger', { persona: 'stranger', openid: `${this.tag}-stranger`, console: false, name: '路人' })
    this.callers.set('console', { persona: 'console', console: true, name: '控制台' })
  }

  /** A second caller just like `persona`, for actions that use up the caller (解绑). */
  async clone(persona: Persona): Promise<Caller> {
    const openid = this.id(persona)
    switch (persona) {
      case 'owner':
        return { ...(await this.addOwner('own', openid, '孙业主')), persona }
      case 'delegate':
        return addDelegate(this, persona, openid)
      case 'stranger':
        return { persona, openid, console: false, name: '路人' }
      case 'console':
        return this.caller('console')
      default:
        return this.addGrant(persona, openid)
    }
  }

  private async addOwner(side: Side, openid: string, name: string) {
    const communityId = this.community(side)
    const idNumber = this.idNumber()
    const phone = this.phone()
    const personId = this.id('person')
    await this.seeder.insert('persons', [
      { _id: personId, communityId, name, idHash: hashIdNumber(idNumber), idLast4: idLast4(idNumber), phone },
    ])
    await this.seeder.insert('units', [this.unitDoc(communityId, personId)])
    await this.seeder.insert('bindings', [{ _id: `${communityId}:${personId}`, openid, personId, communityId }])
    return { persona: 'owner' as Persona, openid, console: false, name, phone, idNumber, personId }
  }

  private unitDoc(communityId: string, personId: string) {
    const _id = this.id('unit')
    return {
      _id,
      communityId,
      building: '1栋',
      unitNo: 'A',
      room: String(100 + this.seq),
      areaCenti: 8945,
      ownerIds: [personId],
      developerHeld: false,
    }
  }

  private async addGrant(persona: Persona, openid: string): Promise<Caller> {
    const granted = PERSONA_ROLE[persona]!
    const own = this.communities.own
    const scope =
      granted.role === 'streetReviewer'
        ? { street: own.street, district: own.district }
        : granted.role === 'districtCentre'
          ? { district: own.district }
          : REACHES_EVERY_COMMUNITY.has(granted.role)
            ? {}
            : { communityId: own.id }
    const phone = this.phone()
    const name = `${persona}人员`
    await this.seeder.insert('roles', [
      {
        _id: this.id('grant'),
        openid,
        role: granted.role as GrantedRole,
        status: granted.status,
        name,
        phone,
        ...scope,
      },
    ])
    return { persona, openid, console: false, name, phone }
  }

  /** A unit of the community's registered owner. */
  async freshUnit(side: Side): Promise<string> {
    const unit = this.unitDoc(this.community(side), this.ownerOf(side).personId)
    await this.seeder.insert('units', [unit])
    return unit._id
  }

  /** A Beijing calendar day some days from the world's now. */
  day(offsetDays: number): string {
    return new Date(this.nowMs() + offsetDays * DAY_MS + 8 * 3600_000).toISOString().slice(0, 10)
  }
}
