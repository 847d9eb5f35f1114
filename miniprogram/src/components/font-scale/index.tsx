import { useEffect, type ComponentType } from 'react'
import { PageMeta } from '@tarojs/components'
import { useLargeFont } from '../../hooks/useLargeFont'

/**
 * Sets the page's root font size (utils/fontScale.ts): `page-meta` in the mini program, which must be
 * the page's first node (its config has `enablePageMeta: true`); the html element's font size in H5.
 */
function FontScale() {
  const { rootFontSize } = useLargeFont()
  useEffect(() => {
    if (process.env.TARO_ENV === 'h5') document.documentElement.style.fontSize = rootFontSize
  }, [rootFontSize])
  return process.env.TARO_ENV === 'weapp' ? <PageMeta rootFontSize={rootFontSize} /> : null
}

/** A page that follows the font-size setting and 大字模式: every page's default export goes through it. */
export function withFontScale<P extends object>(Page: ComponentType<P>) {
  return function ScaledPage(props: P) {
    return (
      <>
        <FontScale />
        <Page {...props} />
      </>
    )
  }
}
