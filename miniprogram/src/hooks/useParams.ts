import { useRouter } from '@tarojs/taro'

/** The page's query parameters, URL-decoded (H5 hands them over still encoded). */
export function useParams(): Record<string, string> {
  const { params } = useRouter()
  const out: Record<string, string> = {}
  for (const [key, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue
    try {
      out[key] = decodeURIComponent(value)
    } catch {
      out[key] = value
    }
  }
  return out
}
