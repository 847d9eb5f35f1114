import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

// Shared TypeScript (zod contracts, domain rules) lives outside the Taro source root.
// The alias lets pages write `@core/...`; compile.include makes Taro's babel-loader
// (which by default only compiles src/ and taro packages) transpile those files too.
const coreDir = path.resolve(__dirname, '..', '..', 'core')

// taro-ui 3.3.2's SCSS still uses @import and global functions; silence Dart Sass's
// deprecation warnings so real problems stay visible in the build log.
const sassLoaderOption = {
  sassOptions: { silenceDeprecations: ['import', 'global-builtin', 'color-functions', 'slash-div', 'legacy-js-api'] },
}

export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'yeweihui',
    date: '2025-1-1',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    // '' lets wx.cloud pick the default environment of the AppID.
    defineConstants: { CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV ?? '') },
    alias: { '@core': coreDir },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    mini: {
      compile: { include: [coreDir] },
      sassLoaderOption,
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: { include: [coreDir] },
      sassLoaderOption,
      // The emulator serves this folder at its root, beside /functions and /dev.
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: { filename: 'js/[name].[contenthash:8].js', chunkFilename: 'js/[name].[chunkhash:8].js' },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[chunkhash:8].css',
      },
      postcss: {
        // Layout in vw (like rpx in the mini program), so the html font size is left to the text:
        // every text size is in rem and follows 大字模式 (utils/fontScale.ts).
        pxtransform: { enable: true, config: { targetUnit: 'vw' } },
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }
  if (mode === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
