import type { Story } from './seed-story'

const C = 'c-chuangye-lu'
const D = 24

/**
 * u-resident-1 (王秀兰, 创业路社区) has one ticket in every situation the app must show; the
 * ids are stable (t-0001 … t-0012, in this order) for end-to-end tests. North of the
 * community's center is 赵磊's grid (u-grid-1), south is 吴海燕's.
 */
export const RESIDENT_ONE_STORIES: readonly Story[] = [
  // t-0001 submitted
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-pole',
    description: '创业路与棉纺路交叉口东北角的电线杆向人行道倾斜，下雨天很危险',
    address: '创业路与棉纺路交叉口东北角',
    communityId: C,
    offset: [300, 250],
    hoursAgo: 3,
    photoCount: 2,
  },
  // t-0002 submitted, anonymous, with a contact phone
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-city-garbage',
    description: '创业路12号院东门外的垃圾堆了三四天没人清运，天一热味道很大，还招苍蝇',
    address: '创业路12号院东门外',
    communityId: C,
    offset: [-120, 180],
    hoursAgo: 26,
    anonymous: true,
    contactPhone: '13607719988',
  },
  // t-0003 accepted
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-pothole',
    description: '棉纺路创业路口往北60米，非机动车道上有个大坑，晚上骑车容易摔倒',
    address: '棉纺路创业路口往北60米',
    communityId: C,
    offset: [350, 60],
    hoursAgo: 2 * D,
    steps: [['accept', 40]],
  },
  // t-0004 dispatched 60 h ago with a 24 h SLA: overdue, never urged
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-water-leak',
    description: '伏牛路创业路口人行道上的水管一直往外冒水，路面积了一大片水，走路要绕着走',
    address: '伏牛路与创业路交叉口人行道',
    communityId: C,
    offset: [-380, 90],
    hoursAgo: 3 * D,
    steps: [
      ['accept', 70],
      ['dispatch', 60],
    ],
  },
  // t-0005 processing, urged 5 h ago (urging again is refused for 19 h), deadline in 18 h
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-lamp',
    description: '创业路社区北门口的三盏路灯晚上都不亮，老人晚上出门看不清路',
    address: '创业路社区北门',
    communityId: C,
    offset: [60, 320],
    hoursAgo: 60,
    steps: [
      ['accept', 56],
      ['dispatch', 30],
      ['start', 20],
      ['urge', 5],
    ],
  },
  // t-0006 resolved by the department 46 h ago: rateable and reopenable
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-manhole',
    description: '桐柏路上靠近创业路口的井盖没了，只拿了块破木板挡着，车一压就翻',
    address: '桐柏路与创业路口东侧',
    communityId: C,
    offset: [150, -260],
    hoursAgo: 52,
    photoCount: 2,
    steps: [
      ['accept', 51],
      ['dispatch', 50],
      ['start', 49],
      ['resolve', 46, '已安装新的防盗井盖，并在周边检查了其他井盖'],
    ],
  },
  // t-0007 resolved on the spot by the grid worker 5 days ago: rateable and reopenable for 2 more days
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-city-ads',
    description: '社区宣传栏和旁边的电线杆上贴满了小广告，撕了又贴，通知都看不清了',
    address: '创业路社区宣传栏',
    communityId: C,
    offset: [20, 140],
    hoursAgo: 132,
    steps: [
      ['accept', 127],
      ['resolveOnSpot', 5 * D, '已组织志愿者把小广告清理干净，宣传栏已恢复'],
    ],
  },
  // t-0008 closed by her rating
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-city-stall',
    description: '桐柏路菜市场门口的摊贩把人行道全占了，推着婴儿车根本过不去',
    address: '桐柏路菜市场门口',
    communityId: C,
    offset: [-60, -420],
    hoursAgo: 30 * D,
    steps: [
      ['accept', 716],
      ['dispatch', 715],
      ['start', 700],
      ['resolve', 600, '已劝导摊贩进入便民市场经营，并安排城管队员每天早晚巡查'],
      ['rate', 590, 5, '处理得很及时，现在人行道通畅了，谢谢！'],
    ],
  },
  // t-0009 rejected
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-water-outage',
    description: '今天早上家里突然停水了，楼里也没看到停水通知',
    address: '创业路社区8号楼',
    communityId: C,
    offset: [-200, 300],
    hoursAgo: 12 * D,
    steps: [['reject', 285, '经核实为小区二次供水设备检修，物业已张贴停水通知，当晚已恢复供水']],
  },
  // t-0010 merged into t-0014 (the same flickering lamps)
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-lamp',
    description: '社区广场西边的路灯晚上忽明忽暗，有时候一整晚都不亮',
    address: '创业路社区广场西侧',
    communityId: C,
    offset: [-25, -10],
    hoursAgo: 40,
    steps: [['merge', 24, 't-0014']],
  },
  // t-0011 resolved 9 days ago, never rated: closed by the system 2 days ago
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-road-pothole',
    description: '棉纺路公交站台前面的路面塌了一块，下雨天积水很深',
    address: '棉纺路公交站台',
    communityId: C,
    offset: [420, -100],
    hoursAgo: 15 * D,
    steps: [
      ['accept', 355],
      ['dispatch', 354],
      ['start', 300],
      ['resolve', 9 * D],
    ],
  },
  // t-0012 rated 2 stars, reopened, dispatched again 30 h ago (deadline in 42 h)
  {
    reporter: 'u-resident-1',
    categoryId: 'cat-gas-pipe',
    description: '5号楼外墙上的燃气管道锈得很厉害，有的地方都起皮了',
    address: '创业路社区5号楼外墙',
    communityId: C,
    offset: [90, 210],
    hoursAgo: 10 * D,
    steps: [
      ['accept', 236],
      ['dispatch', 235],
      ['start', 200],
      ['resolve', 150, '已对外墙燃气管道除锈刷漆'],
      ['rate', 144, 2, '只刷了一半，下面一截还是锈的'],
      ['reopen', 120, '下面一截管子还是锈得很厉害，没有处理完'],
      ['dispatch', 30],
    ],
  },
]
