/**
 * Loader for Taro's H5 component styles (@tarojs/components-react/dist/index.css): every selector
 * wrapped in :where(), so it weighs nothing against the app's. Taro draws its Button with two-class
 * rules (`.taro-button-core.taro-btn-default { background-color: #f8f8f8 }`) that beat the app's
 * one-class ones, and the blue 随手拍 button turned grey. Taro's look stays wherever the app draws
 * none. A pseudo-element stays outside :where(), where it has to be.
 */
const postcss = require('postcss')

const PSEUDO_ELEMENT = /(::?(?:after|before|placeholder|-webkit-[\w-]+))+$/

function weightless(selector) {
  const s = selector.trim()
  const pseudo = s.match(PSEUDO_ELEMENT)
  const base = pseudo ? s.slice(0, -pseudo[0].length) : s
  return base ? `:where(${base})${pseudo ? pseudo[0] : ''}` : s
}

module.exports = function taroCssBelowOurs(css) {
  const root = postcss.parse(css, { from: this.resourcePath })
  root.walkRules((rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test(rule.parent.name)) return
    rule.selectors = rule.selectors.map(weightless)
  })
  return root.toString()
}
