/**
 * Taro's `View` for the H5 build (config/index.ts puts it in place of @tarojs/components-react's,
 * and jest's component stand-in exports it): a <div> whose class is the one rendered. Taro's own
 * keeps the class in state and copies it in an effect, so every class change is drawn a frame late
 * and costs a second render: a list's loading box turned into the list's row drew the rows with
 * the box's class for a frame (a layout shift of 0.16 on 上报), and every chip switched on late.
 * The app does not use View's hoverClass or onLongPress; Button draws its own pressed state.
 */
import { createElement, forwardRef } from 'react'

function View({ hoverClass, hoverStartTime, hoverStayTime, ...props }, ref) {
  return createElement('div', { ...props, ref })
}

export default forwardRef(View)
