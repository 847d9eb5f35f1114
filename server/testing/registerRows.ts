import { mainlandCheckChar } from '../register/idNumber'
import type { RegisterRow } from '../register/writeSheet'

/** Test fixture builders: a valid mainland ID from a serial, and register rows with sensible defaults. */
export function testIdNumber(serial: number, birth = '19800101', region = '440305'): string {
  const first17 = `${region}${birth}${String(serial % 1000).padStart(3, '0')}`
  return first17 + mainlandCheckChar(first17)
}

export function row(overrides: Partial<RegisterRow> = {}): RegisterRow {
  return {
    communityId: 'test-estate',
    communityName: '测试花园',
    district: '南山区',
    street: '桃源街道',
    building: '1',
    unitNo: '1',
    room: '101',
    area: '89.45',
    ownerNames: '张三',
    idNumbers: testIdNumber(1),
    phones: '13800000001',
    developerHeld: '否',
    ...overrides,
  }
}
