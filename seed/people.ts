import { mainlandCheckChar } from '../server/register/idNumber'
import { intBetween, pick } from './prng'

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万严覃武戴莫孔汤',
]
const MALE = [
  '伟',
  '强',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '斌',
  '超',
  '明',
  '刚',
  '平',
  '辉',
  '鹏',
  '飞',
  '波',
  '宁',
  '建华',
  '志明',
  '海涛',
  '俊杰',
  '浩然',
  '子豪',
  '宇航',
  '文博',
  '永强',
  '振华',
  '家豪',
  '晓东',
  '立新',
  '德明',
  '春生',
  '思远',
  '嘉诚',
  '国栋',
  '建军',
  '卫东',
  '少华',
  '锦程',
  '天佑',
]
const FEMALE = [
  '芳',
  '娜',
  '敏',
  '静',
  '艳',
  '娟',
  '霞',
  '燕',
  '玲',
  '婷',
  '雪',
  '慧',
  '颖',
  '秀英',
  '桂英',
  '丽华',
  '晓红',
  '淑珍',
  '玉兰',
  '雅婷',
  '欣怡',
  '梓涵',
  '诗琪',
  '佳怡',
  '婉清',
  '凤英',
  '春梅',
  '翠萍',
  '丽娟',
  '美玲',
]
/** 南山区 most, then other places Shenzhen's owners come from. */
const REGIONS = [
  '440305',
  '440305',
  '440305',
  '440304',
  '440306',
  '440307',
  '440303',
  '445202',
  '441402',
  '430102',
  '360102',
  '420106',
  '510104',
  '450103',
  '350203',
  '110105',
  '310104',
]
const PHONE_PREFIXES = [
  '130',
  '131',
  '132',
  '133',
  '135',
  '136',
  '137',
  '138',
  '139',
  '150',
  '151',
  '152',
  '155',
  '156',
  '158',
  '159',
  '180',
  '181',
  '182',
  '185',
  '186',
  '187',
  '188',
  '189',
]

export interface DemoPerson {
  name: string
  idNumber: string
  phone: string
}

/** Makes people with unique names-as-given, ID numbers (valid check digits, sex digit matching) and phones. */
export class PeopleFactory {
  private readonly ids = new Set<string>()
  private readonly phones = new Set<string>()

  constructor(
    private readonly random: () => number,
    reserved: readonly DemoPerson[] = [],
  ) {
    for (const p of reserved) {
      this.ids.add(p.idNumber)
      this.phones.add(p.phone)
    }
  }

  person(sex: 'm' | 'f' = this.random() < 0.5 ? 'm' : 'f', surname?: string): DemoPerson {
    const name = (surname ?? pick(this.random, SURNAMES)) + pick(this.random, sex === 'm' ? MALE : FEMALE)
    return { name, idNumber: this.idNumber(sex), phone: this.phone() }
  }

  idNumber(sex: 'm' | 'f', birthYear?: number): string {
    for (;;) {
      const year = birthYear ?? intBetween(this.random, 1950, 1999)
      const month = intBetween(this.random, 1, 12)
      const day = intBetween(this.random, 1, 28)
      let seq = intBetween(this.random, 0, 998)
      // The 17th digit is odd for men, even for women.
      if ((seq % 2 === 1) !== (sex === 'm')) seq += 1
      const first17 = `${pick(this.random, REGIONS)}${year}${pad(month, 2)}${pad(day, 2)}${pad(seq, 3)}`
      const id = first17 + mainlandCheckChar(first17)
      if (!this.ids.has(id)) {
        this.ids.add(id)
        return id
      }
    }
  }

  phone(): string {
    for (;;) {
      const phone = pick(this.random, PHONE_PREFIXES) + pad(intBetween(this.random, 0, 99_999_999), 8)
      if (!this.phones.has(phone)) {
        this.phones.add(phone)
        return phone
      }
    }
  }
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}
