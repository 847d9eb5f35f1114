/// <reference types="@tarojs/taro" />

/* Platform globals of the mini program. Taro sets TARO_ENV at build time; server code and Node scripts run without it. */

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV?: 'weapp' | 'h5' | 'swan' | 'alipay' | 'tt' | 'qq' | 'jd'
  }
}
