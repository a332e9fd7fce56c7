/** The React lifecycle hooks that Taro's loader injects, which the app imports from '@tarojs/taro'. */
export {
  useDidHide,
  useDidShow,
  useError,
  useLaunch,
  useLoad,
  usePageScroll,
  usePullDownRefresh,
  useReachBottom,
  useReady,
  useRouter,
  useShareAppMessage,
  useUnload,
} from '@tarojs/plugin-framework-react/dist/runtime'
