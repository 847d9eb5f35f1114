/**
 * wx-server-sdk's typings return `string | void | IQueryResult` (callback overloads); these name the
 * shape we actually get so call sites stay typed.
 */
export async function rows<T>(query: { get(): unknown }): Promise<T[]> {
  const result = (await query.get()) as { data: T[] }
  return result.data
}

export async function firstRow<T>(query: { get(): unknown }): Promise<T | undefined> {
  return (await rows<T>(query))[0]
}
