import type { View as TaroView } from '@tarojs/components'

/** config/h5/view.js: Taro's View, as the H5 build draws it */
declare const View: typeof TaroView
export default View
