/**
 * What zod's classic schemas import from `zod/v4/locales/en.js`, in the weapp build
 * (config/index.ts swaps it in for that one importer). src/contract/messages.ts gives every issue
 * a Chinese message through `customError`, which zod asks before the locale, so the English
 * messages are never read; the locale left is the same catch-all in Chinese.
 */
export default function () {
  return { localeError: () => '内容不正确' }
}
