/* Constants Taro's `defineConstants` injects at build time (miniprogram/config/index.ts). */

/** CloudBase environment id for the mini program, from `CLOUD_ENV` at build time ('' = default env). */
declare const CLOUD_ENV: string
