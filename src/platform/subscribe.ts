import Taro from '@tarojs/taro'

/**
 * WeChat lets a mini-program message a person only after they agree, asked during a tap.
 * The app asks at the moments the design names (submitting a report) for the templates the
 * build was given (WX_SUBSCRIBE_TEMPLATES); elsewhere, or without templates, it asks nothing.
 */
export function askForUpdates(): void {
  if (process.env.TARO_ENV !== 'weapp' || SUBSCRIBE_TEMPLATE_IDS.length === 0) return
  Taro.requestSubscribeMessage({
    tmplIds: SUBSCRIBE_TEMPLATE_IDS,
  } as Taro.requestSubscribeMessage.Option).catch(
    () => undefined, // refused, or an old WeChat: the message centre still has every update
  )
}
