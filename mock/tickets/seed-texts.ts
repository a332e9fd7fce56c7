/** Words for generated tickets: what people write about each category, and what gets done. */

export const PROBLEMS: Record<string, readonly string[]> = {
  'cat-road-lamp': ['路灯晚上不亮，走夜路看不清', '路灯一闪一闪的，时亮时不亮', '路灯白天也一直亮着，太浪费'],
  'cat-road-pole': ['电线杆往人行道这边歪，看着随时要倒', '电线杆底座裂开了，线也垂得很低'],
  'cat-road-manhole': ['井盖不见了，只围了个破筐', '井盖松动，车一压就哐哐响，晚上吵得睡不着'],
  'cat-road-pothole': ['路面塌了一个大坑，下雨积水看不见', '非机动车道坑坑洼洼，骑电动车很颠'],
  'cat-water-leak': ['地下水管漏水，路面一直有水冒出来', '消防栓旁边一直在渗水，流了一整天'],
  'cat-water-outage': ['家里突然停水了，没有看到停水通知', '水压很低，三楼以上基本没水'],
  'cat-gas-leak': ['楼道里有很重的煤气味，不敢开灯', '燃气表附近有咝咝的漏气声'],
  'cat-gas-pipe': ['楼外墙上的燃气管道锈得很厉害', '燃气管道的固定卡子掉了，管子晃'],
  'cat-city-garbage': ['垃圾堆了好几天没人清运，味道很大', '有人把装修垃圾倒在路边绿化带里'],
  'cat-city-ads': ['墙上和电线杆上贴满了小广告', '宣传栏被小广告糊满了，通知都看不到'],
  'cat-city-stall': ['早晚都有摊贩占着人行道卖菜，行人只能走机动车道', '烧烤摊把桌子摆到了盲道上'],
  'cat-fire-vehicle': ['消防通道上天天停满私家车，消防车进不来', '有辆车在消防通道上停了一个多星期'],
  'cat-fire-debris': ['楼道里堆满了纸箱和旧家具，挡住了消防通道', '安全出口被电动车和杂物堵住了'],
}

export const RESOLUTIONS: Record<string, string> = {
  'd-shizheng': '已安排维修班组到场处理，现已修复',
  'd-power': '已加固线杆并重新整理线路，隐患已消除',
  'd-water': '已关闸抢修，更换了破损管段，供水恢复正常',
  'd-gas': '已到场检测并更换老化部件，经检测无泄漏',
  'd-chengguan': '已组织人员清理，并加强了该路段的巡查',
  'd-fire': '已联系车主挪车、清理杂物，并张贴了禁止占用的提示',
  'd-zhujian': '已通知物业整改，整改完成',
}

export const ON_THE_SPOT = '网格员到现场处理完毕'

export const REJECT_REASONS: readonly string[] = [
  '经核实，该位置属于小区内部，由物业负责，已转告物业处理',
  '经现场查看，未发现所反映的问题',
]

export const RATINGS: readonly { stars: number; comment: string }[] = [
  { stars: 5, comment: '处理得很快，谢谢！' },
  { stars: 5, comment: '' },
  { stars: 4, comment: '修好了，就是等的时间有点长' },
  { stars: 3, comment: '基本解决了' },
  { stars: 2, comment: '处理了但没彻底解决' },
]
