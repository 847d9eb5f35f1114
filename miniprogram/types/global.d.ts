/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.scss'

/** CloudBase environment id for the mini program, from `CLOUD_ENV` at build time ('' = default env). */
declare const CLOUD_ENV: string

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd'
  }
}
