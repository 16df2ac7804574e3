// Name, place and business tables for realistic demo parties in Hubei (fictitious combinations).
import { type Rng } from './rng'

/** Districts with their 6-digit division codes (GB/T 2260) and sample roads. */
export const DEMO_DISTRICTS = [
  {
    city: '武汉市',
    district: '汉阳区',
    code: '420105',
    roads: ['龙阳大道', '鹦鹉大道', '汉阳大道', '四新大道', '钟家村路', '江城大道'],
  },
  {
    city: '武汉市',
    district: '江岸区',
    code: '420102',
    roads: ['解放大道', '中山大道', '胜利街', '黄浦大街', '沿江大道'],
  },
  {
    city: '武汉市',
    district: '江汉区',
    code: '420103',
    roads: ['建设大道', '新华路', '青年路', '江汉路', '唐家墩路'],
  },
  {
    city: '武汉市',
    district: '硚口区',
    code: '420104',
    roads: ['古田二路', '解放大道', '汉正街', '京汉大道'],
  },
  {
    city: '武汉市',
    district: '武昌区',
    code: '420106',
    roads: ['中南路', '武珞路', '和平大道', '友谊大道', '徐东大街'],
  },
  {
    city: '武汉市',
    district: '洪山区',
    code: '420111',
    roads: ['珞喻路', '雄楚大道', '民族大道', '关山大道'],
  },
  {
    city: '武汉市',
    district: '蔡甸区',
    code: '420114',
    roads: ['蔡甸大街', '知音湖大道', '中法大道'],
  },
  {
    city: '武汉市',
    district: '江夏区',
    code: '420115',
    roads: ['文化大道', '纸坊大街', '江夏大道'],
  },
  { city: '孝感市', district: '孝南区', code: '420902', roads: ['槐荫大道', '城站路', '北京路'] },
  {
    city: '鄂州市',
    district: '鄂城区',
    code: '420704',
    roads: ['滨湖南路', '寿山大道', '吴都大道'],
  },
] as const

/** A district row of {@link DEMO_DISTRICTS}. */
export type DemoDistrict = (typeof DEMO_DISTRICTS)[number]

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蔡蒋余杜叶程魏苏吕丁任沈姚卢熊'
const GIVEN =
  '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国红梅志强文斌海燕玉兰晓东宏亮雪梅俊凯佳慧思远子涵欣怡浩然雨轩'
const TRADE_WORDS = [
  '鑫源',
  '恒达',
  '聚福',
  '万家',
  '惠民',
  '楚天',
  '江城',
  '汉韵',
  '金盛',
  '宏发',
  '佳乐',
  '锦程',
  '福满',
  '天益',
  '华康',
  '众和',
  '长江',
  '晴川',
  '荆楚',
  '知音',
  '龟山',
  '新月',
  '盛世',
  '瑞丰',
  '同心',
  '信诚',
  '百味',
  '优品',
  '和顺',
  '隆兴',
]
const BUSINESSES = [
  { suffix: '商贸有限公司', shop: '商行', line: 'trade' },
  { suffix: '食品有限公司', shop: '食品店', line: 'food' },
  { suffix: '餐饮管理有限公司', shop: '餐馆', line: 'catering' },
  { suffix: '超市有限公司', shop: '便利店', line: 'food' },
  { suffix: '大药房有限公司', shop: '药店', line: 'drug' },
  { suffix: '电子科技有限公司', shop: '电器行', line: 'product' },
  { suffix: '广告传媒有限公司', shop: '广告部', line: 'advert' },
  { suffix: '建材有限公司', shop: '建材店', line: 'product' },
  { suffix: '服饰有限公司', shop: '服装店', line: 'trademark' },
  { suffix: '眼镜有限公司', shop: '眼镜店', line: 'measure' },
  { suffix: '物业管理有限公司', shop: '综合服务部', line: 'equipment' },
  { suffix: '加油站有限公司', shop: '加油点', line: 'measure' },
] as const
/** Business lines the causes are chosen by. */
export type BusinessLine = (typeof BUSINESSES)[number]['line']

/** A Chinese personal name. */
export function demoPersonName(rng: Rng): string {
  const s = [...SURNAMES]
  const g = [...GIVEN]
  const given = rng.chance(0.3) ? rng.pick(g) : rng.pick(g) + rng.pick(g)
  return rng.pick(s) + given
}

/** An address in the district: road, number, sometimes a room. */
export function demoAddress(rng: Rng, d: DemoDistrict): string {
  const room = rng.chance(0.4)
    ? `${rng.int(1, 30)}栋${rng.int(1, 3)}单元${rng.int(101, 2808)}室`
    : ''
  return `湖北省${d.city}${d.district}${rng.pick(d.roads)}${rng.int(1, 999)}号${room}`
}

/** A company name like 武汉市汉阳区鑫源商贸有限公司 and its business line. */
export function demoCompanyName(rng: Rng, d: DemoDistrict): { name: string; line: BusinessLine } {
  const b = rng.pick(BUSINESSES)
  const where = rng.chance(0.7) ? `${d.city}${d.district}` : d.city
  return { name: `${where}${rng.pick(TRADE_WORDS)}${b.suffix}`, line: b.line }
}

/** A sole trader's trade name like 汉阳区老王便利店 and its business line. */
export function demoShopName(
  rng: Rng,
  d: DemoDistrict,
  operator: string,
): { name: string; line: BusinessLine } {
  const b = rng.pick(BUSINESSES)
  const head = rng.chance(0.5) ? `老${operator.slice(0, 1)}` : rng.pick(TRADE_WORDS)
  return { name: `${d.district}${head}${b.shop}`, line: b.line }
}
