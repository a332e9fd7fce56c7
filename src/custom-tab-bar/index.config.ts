// WeChat loads custom-tab-bar as a component; its tree is shallow enough for Taro's templates alone
export default { component: true }
