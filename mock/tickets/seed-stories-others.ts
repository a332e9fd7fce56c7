import type { Story } from './seed-story'

const D = 24

/**
 * Other people's tickets, t-0013 on. t-0013 is followed by u-resident-1 (我也遇到), so it is in
 * her 我的上报. t-0014, t-0015 and t-0016 are open, within 50 m of 创业路社区's center, in
 * 路灯损坏 and 线杆倾斜断裂: the duplicate prompt of a report filed there.
 */
export const OTHER_STORIES: readonly Story[] = [
  // t-0013 processing and overdue, followed by u-resident-1 and u-resident-2
  {
    reporter: 'u-merchant-1',
    categoryId: 'cat-fire-vehicle',
    description: '创业路社区3号楼后面的消防通道天天停满私家车，消防车根本进不来',
    address: '创业路社区3号楼北侧消防通道',
    communityId: 'c-chuangye-lu',
    offset: [-150, 380],
    hoursAgo: 50,
    steps: [
      ['accept', 49],
      ['support', 48.5, 'u-resident-1'],
      ['dispatch', 47],
      ['support', 30, 'u-resident-2'],
      ['start', 20],
    ],
  },
  // t-0014 dispatched (u-resident-1's t-0010 was merged into it)
  {
    reporter: 'u-neighbour-1',
    categoryId: 'cat-road-lamp',
    description: '创业路社区广场西侧两盏路灯一到晚上就一闪一闪的，有时候干脆不亮',
    address: '创业路社区广场西侧',
    communityId: 'c-chuangye-lu',
    offset: [-30, -15],
    hoursAgo: 72,
    steps: [
      ['accept', 70],
      ['dispatch', 30],
      ['support', 20, 'u-resident-3'],
    ],
  },
  // t-0015 accepted, one supporter
  {
    reporter: 'u-merchant-1',
    categoryId: 'cat-road-pole',
    description: '社区活动中心门口的电线杆有点歪了，上面的电线也垂得很低，孩子们经常在这儿玩',
    address: '创业路社区活动中心门口',
    communityId: 'c-chuangye-lu',
    offset: [20, 25],
    hoursAgo: 20,
    steps: [
      ['accept', 18],
      ['support', 10, 'u-resident-3'],
    ],
  },
  // t-0016 submitted, anonymous
  {
    reporter: 'u-merchant-2',
    categoryId: 'cat-road-pole',
    description: '广场东南角那根电线杆被车撞过，底座裂了，整根都斜着',
    address: '创业路社区广场东南角',
    communityId: 'c-chuangye-lu',
    offset: [35, -20],
    hoursAgo: 6,
    anonymous: true,
  },
  // 西里路社区: u-grid-2's grid is the north half
  {
    reporter: 'u-resident-2',
    categoryId: 'cat-road-manhole',
    description: '西里路与建设西路交叉口的井盖松动，车一过就哐哐响，晚上吵得睡不着',
    address: '西里路与建设西路交叉口',
    communityId: 'c-xili-lu',
    offset: [40, 120],
    hoursAgo: 2,
    contactPhone: '13937125566',
  },
  {
    reporter: 'u-merchant-2',
    categoryId: 'cat-city-stall',
    description: '友爱路早市的摊贩把盲道全占了，盲人根本没法走',
    address: '友爱路早市',
    communityId: 'c-xili-lu',
    offset: [-90, 60],
    hoursAgo: 8,
  },
  {
    reporter: 'u-neighbour-2',
    categoryId: 'cat-gas-pipe',
    description: '工人路12号院3号楼外墙的燃气管道锈得很厉害，固定的卡子也掉了',
    address: '工人路12号院3号楼',
    communityId: 'c-xili-lu',
    offset: [200, 150],
    hoursAgo: 5 * D,
    steps: [
      ['accept', 110],
      ['dispatch', 100],
      ['urge', 26],
    ],
  },
  {
    reporter: 'u-resident-2',
    categoryId: 'cat-water-leak',
    description: '建设西路62号门口的人行道下面水管爆了，水一直往外冒',
    address: '建设西路62号门口',
    communityId: 'c-xili-lu',
    offset: [-150, -200],
    hoursAgo: 100,
    steps: [
      ['support', 99, 'u-merchant-2'],
      ['accept', 98],
      ['dispatch', 97],
      ['start', 95],
      ['resolve', 72],
    ],
  },
  {
    reporter: 'u-neighbour-3',
    categoryId: 'cat-city-garbage',
    description: '西里路菜场后面的垃圾桶满了好几天，垃圾都堆到路上了',
    communityId: 'c-xili-lu',
    offset: [120, -80],
    hoursAgo: 45 * D,
    steps: [
      ['accept', 1079],
      ['dispatch', 1078],
      ['start', 1070],
      ['resolve', 1060],
      ['rate', 1050, 4, '清理干净了，希望以后能按时清运'],
    ],
  },
  // 高沟村
  {
    reporter: 'u-resident-3',
    categoryId: 'cat-road-pothole',
    description: '高沟路村委会门口的路面坑坑洼洼，下雨天全是泥水',
    address: '高沟路村委会门口',
    communityId: 'c-gaogou-cun',
    offset: [-100, 50],
    hoursAgo: 96,
    steps: [
      ['accept', 90],
      ['dispatch', 80],
      ['start', 60],
    ],
  },
  {
    reporter: 'u-resident-3',
    categoryId: 'cat-city-garbage',
    description: '须水路边上有人倒了一大堆建筑垃圾，占了半条路',
    address: '须水路高沟村段',
    communityId: 'c-gaogou-cun',
    offset: [300, -200],
    hoursAgo: 20 * D,
    steps: [
      ['accept', 470],
      ['resolveOnSpot', 460, '已联系村里的清运车拉走'],
    ],
  },
  {
    reporter: 'u-resident-3',
    categoryId: 'cat-gas-leak',
    description: '村东头小卖部后面闻到很浓的煤气味',
    address: '高沟村东头小卖部后面',
    communityId: 'c-gaogou-cun',
    offset: [500, 0],
    hoursAgo: 30,
    contactPhone: '15188019027',
    steps: [
      ['accept', 29.8],
      ['dispatch', 29.7],
      ['start', 29.2],
      ['resolve', 28, '已关闭阀门并更换老化的接头，复查无泄漏'],
    ],
  },
  // 文化路社区, 大学路社区
  {
    reporter: 'u-neighbour-4',
    categoryId: 'cat-fire-debris',
    description: '文化路28号院2号楼楼道里堆满了纸箱和旧家具，挡住了安全出口',
    address: '文化路28号院2号楼',
    communityId: 'c-wenhua-lu',
    offset: [80, 100],
    hoursAgo: 12,
    steps: [['accept', 11]],
  },
  {
    reporter: 'u-neighbour-5',
    categoryId: 'cat-road-lamp',
    description: '黄河路口的路灯杆被风刮歪了，灯也不亮',
    address: '文化路与黄河路交叉口',
    communityId: 'c-wenhua-lu',
    offset: [0, 300],
    hoursAgo: 60 * D,
    steps: [
      ['accept', 1439],
      ['dispatch', 1438],
      ['start', 1430],
      ['resolve', 1400],
      ['rate', 1399, 5, '师傅们半夜还在修，辛苦了'],
    ],
  },
  // t-0027 dispatched, overdue; t-0028 merged into it
  {
    reporter: 'u-neighbour-4',
    categoryId: 'cat-city-stall',
    description: '大学路陇海路口晚上的烧烤摊把桌子摆到了人行道和盲道上',
    address: '大学路与陇海路交叉口',
    communityId: 'c-daxue-lu',
    offset: [-200, -300],
    hoursAgo: 4 * D,
    steps: [
      ['accept', 90],
      ['dispatch', 88],
    ],
  },
  {
    reporter: 'u-neighbour-5',
    categoryId: 'cat-city-stall',
    description: '陇海路口的烧烤摊占道经营，油烟很大',
    communityId: 'c-daxue-lu',
    offset: [-190, -310],
    hoursAgo: 80,
    steps: [['merge', 79, 't-0027']],
  },
  // t-0029 submitted: the same dark lamps at the north gate as u-resident-1's t-0005, about 18 m
  // away in u-grid-1's grid: the workbench's merge example (its first candidate is t-0005)
  {
    reporter: 'u-neighbour-1',
    categoryId: 'cat-road-lamp',
    description: '社区北门口那几盏路灯好几天晚上都不亮了，黑乎乎的，老人出门不方便',
    address: '创业路社区北门东侧',
    communityId: 'c-chuangye-lu',
    offset: [75, 330],
    hoursAgo: 1.5,
  },
]
