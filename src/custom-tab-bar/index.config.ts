// WeChat loads custom-tab-bar as a component; comp is Taro's helper for trees deeper than its templates
export default { component: true, usingComponents: { comp: '../comp' } }
