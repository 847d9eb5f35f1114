import type { UserConfigExport } from '@tarojs/cli'

export default {
  mini: {},
  h5: {
    // webpack's 244 KB web hint does not fit a mobile app shell that React alone fills;
    // the weapp package budget is checked by scripts/size.ts instead.
    webpackChain(chain) {
      chain.performance.hints(false)
    },
  },
} satisfies UserConfigExport<'webpack5'>
