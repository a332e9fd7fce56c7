/// <reference types="@tarojs/taro" />

declare module '*.png'
declare module '*.jpg'
declare module '*.svg'
declare module '*.css'
declare module '*.scss'

/** Build-time constants from config/index.ts (defineConstants). */
declare const API_MODE: 'mock' | 'http'
declare const API_BASE_URL: string
/** WeChat subscribe-message template ids for ticket updates (may be empty) */
declare const SUBSCRIBE_TEMPLATE_IDS: string[]

declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV: 'development' | 'production' | 'test'
    TARO_ENV: 'weapp' | 'swan' | 'alipay' | 'h5' | 'rn' | 'tt' | 'qq' | 'jd' | 'harmony' | 'jdrn'
    TARO_APP_ID: string
  }
}
