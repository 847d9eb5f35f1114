import type { World } from '../testing/world'
import type { Samples } from '../testing/samples'

/** Valid inputs for the permission matrix (test support; never imported by the function). */
export const PERMISSION_SAMPLES: Samples = {
  'admin.importRegister': { scope: 'self', input: ({ world }) => ({ fileName: 'register.csv', contentBase64: registerCsv(world) }) },
  'admin.grantRole': {
    scope: 'community',
    input: ({ world, side }) => ({ openid: world.id('granted'), name: '新委员', role: 'member', communityId: world.community(side) }),
  },
}

/** A one-row register of a community of its own, so importing it touches none of the matrix's communities. */
function registerCsv(world: World): string {
  const header = '小区编号,小区名称,区,街道,楼栋,单元,房号,面积(m²),业主姓名,证件号码,手机号码,开发商持有'
  const row = `${world.tag}-imp,导入花园,南山区,粤海街道,1栋,A,101,89.45,钱导入,${world.idNumber()},${world.phone()},否`
  return Buffer.from(`${header}\n${row}\n`, 'utf8').toString('base64')
}
