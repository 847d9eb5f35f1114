import type { Dimension, ItemClass } from './types'

/**
 * The three tests of Civil Code Art. 278, as integer cross-multiplications (docs/counting-rules.md §2).
 * "以上" includes the bound and "过半数" is strictly more than half (Civil Code Art. 1259), so:
 *   quorum   3·P ≥ 2·T            (参与表决 ⅔以上, area and headcount)
 *   ordinary 2·agree > P          (参与表决 过半数 同意)
 *   major    4·agree ≥ 3·P        (参与表决 ¾以上 同意; Art. 278 items 6–8)
 * Callers keep every figure ≤ 2^50, so each product is ≤ 2^52 and exact (see parties.ts).
 */

export type TestName = 'quorumArea' | 'quorumHeadcount' | 'approvalArea' | 'approvalHeadcount'
export type Relation = '≥' | '>'

export interface Term {
  factor: number
  value: number
  product: number
}

export interface Inequality {
  test: TestName
  dimension: Dimension
  /** Symbolic form, e.g. `3·A_P ≥ 2·A`. */
  formula: string
  left: Term
  relation: Relation
  right: Term
  holds: boolean
  /** Both sides with numbers, e.g. `3 × 20000 = 60000 ≥ 2 × 30000 = 60000`. */
  text: string
}

export function quorumTest(dimension: Dimension, participating: number, total: number): Inequality {
  const sym = symbols(dimension)
  return inequality(
    dimension === 'area' ? 'quorumArea' : 'quorumHeadcount',
    dimension,
    `3·${sym.p} ≥ 2·${sym.t}`,
    term(3, participating),
    '≥',
    term(2, total),
  )
}

export function approvalTest(dimension: Dimension, itemClass: ItemClass, agree: number, participating: number): Inequality {
  const sym = symbols(dimension)
  const test = dimension === 'area' ? 'approvalArea' : 'approvalHeadcount'
  return itemClass === 'major'
    ? inequality(test, dimension, `4·${sym.agree} ≥ 3·${sym.p}`, term(4, agree), '≥', term(3, participating))
    : inequality(test, dimension, `2·${sym.agree} > ${sym.p}`, term(2, agree), '>', term(1, participating))
}

export function meetsQuorum(participating: number, total: number): boolean {
  return 3 * participating >= 2 * total
}

export function approves(itemClass: ItemClass, agree: number, participating: number): boolean {
  return itemClass === 'major' ? 4 * agree >= 3 * participating : 2 * agree > participating
}

/** Smallest participation meeting the quorum: ⌈2T/3⌉, in integers. */
export function quorumNeeded(total: number): number {
  return Math.floor((2 * total + 2) / 3)
}

export type FollowSide = 'agree' | 'oppose' | 'neither'

/**
 * Where 确认从众 goes (docs/counting-rules.md §5): to the majority side of the cast agree/oppose
 * ballots, decided per dimension on that dimension's figures; a tie joins neither.
 */
export function followMajoritySide(agree: number, oppose: number): FollowSide {
  return agree > oppose ? 'agree' : oppose > agree ? 'oppose' : 'neither'
}

function symbols(dimension: Dimension) {
  return dimension === 'area' ? { p: 'A_P', t: 'A', agree: 'agreeA' } : { p: 'N_P', t: 'N', agree: 'agreeN' }
}

function term(factor: number, value: number): Term {
  const product = factor * value
  // Bounds are enforced at the edges (checkUnits, verify schema); reaching this is a bug.
  if (!Number.isSafeInteger(product) || product < 0) throw new Error(`figure out of range: ${value}`)
  return { factor, value, product }
}

function inequality(test: TestName, dimension: Dimension, formula: string, left: Term, relation: Relation, right: Term): Inequality {
  const holds = relation === '≥' ? left.product >= right.product : left.product > right.product
  const side = (t: Term) => (t.factor === 1 ? `${t.value}` : `${t.factor} × ${t.value} = ${t.product}`)
  const shown = holds ? relation : relation === '≥' ? '<' : '≤'
  return { test, dimension, formula, left, relation, right, holds, text: `${side(left)} ${shown} ${side(right)}` }
}
