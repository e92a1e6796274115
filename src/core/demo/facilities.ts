import type { DepotInput, FacilityInput } from '../../common/contract/facilities';
import type { FacilityKind } from '../../common/domain/facilities';
import type { DepotKind } from '../../common/domain/supplies';
import type { Actor } from '../actor';
import { offsetM, type LonLat } from '../../common/geo/distance';
import { newId } from '../auth/secrets';
import type { WriteCtx } from '../handler';
import { insertDepot, insertFacility } from '../facilities/repo';
import { DEMO_AREA_CODE } from './county';
import type { DemoTown } from './geography';
import { between, pick, r6, seeded } from './random';
import { receiveDemoStock, type DemoDepotStock } from './supplies';

/**
 * The demo county's key facilities and supply depots (演示数据): ~60 schools, 10
 * hospitals and health centres, water works, substations, gas sites, transport hubs,
 * two shelters, and 6 depots with stock (a few items below their minimum level).
 * Placed around the town seats like the demo incidents, so the rings around an
 * incident have something in them. Deterministic for a seed.
 */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '罗',
  '高',
  '林',
];
const GIVEN = [
  '建华',
  '志刚',
  '秀英',
  '丽娟',
  '海燕',
  '国强',
  '春梅',
  '红军',
  '德明',
  '玉兰',
  '卫东',
  '晓峰',
  '文静',
  '永红',
  '学军',
  '桂芳',
];
const VILLAGES = [
  '石坝村',
  '杨柳村',
  '河口村',
  '新桥村',
  '高坪村',
  '枫树村',
  '长岭村',
  '马鞍村',
  '龙潭村',
  '竹园村',
  '白岩村',
  '水井村',
];
const STREETS = [
  '人民路',
  '建设路',
  '解放街',
  '滨江路',
  '东湖路',
  '西岭大道',
  '文昌路',
  '工业园路',
  '体育路',
  '学府路',
];

export interface FacilityCounts {
  facilities: number;
  depots: number;
}

export function demoFacilities(
  towns: DemoTown[],
  seed = 60,
): { facilities: FacilityInput[]; depots: DepotInput[] } {
  const rnd = seeded(seed);
  const person = () => `${pick(rnd, SURNAMES)}${pick(rnd, GIVEN)}`;
  const mobile = () =>
    `13${Math.floor(between(rnd, 5, 9))}${String(Math.floor(between(rnd, 10000000, 99999999)))}`;
  const landline = () => `${DEMO_AREA_CODE}-${String(Math.floor(between(rnd, 5510000, 5599999)))}`;
  const near = (t: DemoTown, lo: number, hi: number): LonLat =>
    offsetM(t.seat, between(rnd, lo, hi), between(rnd, 0, 2 * Math.PI)).map(r6) as LonLat;
  const addressIn = (t: DemoTown) =>
    t.kind === '街道'
      ? `${t.name}${pick(rnd, STREETS)}${Math.floor(between(rnd, 1, 300))}号`
      : `${t.name}${pick(rnd, VILLAGES)}${Math.floor(between(rnd, 1, 9))}组`;
  const short = (t: DemoTown) => t.name.replace(/(街道|镇|乡)$/, '');

  const facilities: FacilityInput[] = [];
  const add = (
    kind: FacilityKind,
    name: string,
    t: DemoTown,
    capacity: number | null,
    spread: [number, number] = [150, 2500],
    notes = '',
  ) =>
    facilities.push({
      kind,
      name,
      address: addressIn(t),
      townCode: t.code,
      point: near(t, spread[0], spread[1]),
      capacity,
      contact: person(),
      phone: rnd() < 0.6 ? landline() : mobile(),
      notes,
    });

  const city = towns.filter((t) => t.kind === '街道');
  const rural = towns.filter((t) => t.kind !== '街道');
  const cityTown = (i: number) => city[i % city.length]!;

  // Schools: the county town's, then each town's central primary school, middle school,
  // kindergarten and a village school or two.
  const countySchools: [string, number][] = [
    ['县第一中学', 3200],
    ['县第二中学', 2600],
    ['县职业中学', 1800],
    ['县实验小学', 2400],
    ['县第二实验小学', 1900],
    ['城关小学', 1500],
    ['东湖小学', 1300],
    ['西岭小学', 1100],
    ['县实验幼儿园', 520],
    ['县特殊教育学校', 160],
  ];
  countySchools.forEach(([n, c], i) => add('school', n, cityTown(i), c, [200, 4200]));
  for (const t of rural) {
    const s = short(t);
    add('school', `${t.name}中心小学`, t, Math.round(between(rnd, 600, 1400)), [100, 900]);
    add('school', `${t.name}初级中学`, t, Math.round(between(rnd, 500, 1300)), [200, 1500]);
    add('school', `${t.name}中心幼儿园`, t, Math.round(between(rnd, 120, 320)), [100, 1200]);
    const villages = [...VILLAGES].sort(() => rnd() - 0.5).slice(0, 3);
    add('school', `${s}${villages[0]}小学`, t, Math.round(between(rnd, 60, 260)), [1500, 4500]);
    add('school', `${s}${villages[1]}小学`, t, Math.round(between(rnd, 60, 260)), [1500, 4500]);
    if (rnd() < 0.3)
      add('school', `${s}${villages[2]}教学点`, t, Math.round(between(rnd, 15, 60)), [2000, 5000]);
  }

  // Hospitals: county hospitals in town, health centres (卫生院) in the larger towns.
  add('hospital', '县人民医院', cityTown(0), 680, [300, 1500], '二级甲等，县急救中心所在地');
  add('hospital', '县中医医院', cityTown(1), 320, [300, 1800]);
  add('hospital', '县妇幼保健院', cityTown(2), 120, [300, 1800]);
  [...rural]
    .sort((a, b) => b.population - a.population)
    .slice(0, 7)
    .forEach((t) => add('hospital', `${t.name}卫生院`, t, Math.round(between(rnd, 20, 90)), [100, 800]));

  // Water, power, gas, transport.
  add('water', '县第一自来水厂', cityTown(0), 60_000, [1500, 3500]);
  add('water', '县第二自来水厂', cityTown(1), 40_000, [1500, 3500]);
  rural
    .slice(0, 4)
    .forEach((t) => add('water', `${t.name}供水站`, t, Math.round(between(rnd, 1500, 6000)), [300, 2000]));
  add('power', '220千伏岚州变电站', cityTown(2), 360_000, [2500, 4500]);
  add('power', '110千伏城关变电站', cityTown(0), 100_000, [800, 2500]);
  add('power', '110千伏东湖变电站', cityTown(1), 80_000, [800, 2500]);
  rural.slice(2, 6).forEach((t) => add('power', `35千伏${short(t)}变电站`, t, 20_000, [300, 2000]));
  add('gas', '县城天然气门站', cityTown(2), 50_000, [2000, 4000], '高压管网接收站');
  add('gas', '城东液化石油气储配站', cityTown(1), 2_000, [2000, 4000]);
  add('gas', `${short(rural[0]!)}LNG加气站`, rural[0]!, 600, [300, 1500]);
  add('gas', `${short(rural[5]!)}CNG加气站`, rural[5]!, 400, [300, 1500]);
  add('transport', '县汽车客运站', cityTown(0), 6_000, [300, 1500]);
  add('transport', '县城公交枢纽站', cityTown(1), 9_000, [300, 1500]);
  add('transport', '岚州高速青岚收费站', cityTown(2), 15_000, [3000, 5000]);
  add('transport', `${short(rural[3]!)}汽车站`, rural[3]!, 800, [100, 600]);
  add('transport', '青岚江渡口码头', rural[1]!, 300, [500, 2000]);
  add('other', '县城购物中心（人员密集场所）', cityTown(0), 3_000, [300, 1500]);
  add('other', '县文化艺术中心', cityTown(1), 1_200, [300, 1500]);

  // Shelters: parks and stadiums in town, a 集中安置点 (school or village square) per town.
  add('shelter', '县体育馆应急避难场所', cityTown(0), 5_000, [800, 2500], 'Ⅰ类应急避难场所');
  add('shelter', '滨江公园应急避难场所', cityTown(1), 12_000, [800, 2500], 'Ⅱ类应急避难场所');
  add('shelter', '西岭广场应急避难场所', cityTown(2), 4_000, [800, 2500]);
  for (const t of rural)
    add('shelter', `${t.name}集中安置点`, t, Math.round(between(rnd, 3, 12)) * 100, [100, 1200]);

  // Hazardous sites: the county's fuel depot and chemical works, fuel stations along the roads.
  add('hazmat', '县石油公司油库', cityTown(2), 3_200, [2500, 4500], '汽油、柴油，重大危险源三级');
  add('hazmat', '青岚化工有限公司', cityTown(1), 860, [3000, 5000], '液氯、硫酸，重大危险源四级');
  add('hazmat', '城北加油站', cityTown(0), 60, [1000, 3000]);
  [0, 2, 4, 6, 8].forEach((i) => {
    const t = rural[i % rural.length]!;
    add('hazmat', `中石化${short(t)}加油站`, t, Math.round(between(rnd, 30, 90)), [200, 1500]);
  });

  // Hazard points: the surveyed slopes and gullies of the hilly towns, with the persons and
  // households each threatens (evacuation is organised by household: about 3.5 a house).
  const SLOPES = ['滑坡', '崩塌', '泥石流', '不稳定斜坡'];
  for (const t of rural) {
    const n = Math.round(between(rnd, 1, 3));
    const villages = [...VILLAGES].sort(() => rnd() - 0.5).slice(0, n);
    for (const v of villages) {
      const households = Math.round(between(rnd, 4, 70));
      const persons = Math.round(households * between(rnd, 3, 4));
      facilities.push({
        kind: 'geohazard',
        name: `${short(t)}${v}${pick(rnd, SLOPES)}隐患点`,
        address: `${t.name}${v}`,
        townCode: t.code,
        point: near(t, 800, 4500),
        capacity: persons,
        households,
        contact: person(),
        phone: mobile(),
        notes: '群测群防员每日巡查，汛期加密',
      });
    }
  }

  // Reservoirs upstream of the towns and the county town's river dike.
  add(
    'reservoir',
    '青岚江堤防（城区段）',
    cityTown(1),
    null,
    [500, 2500],
    '堤防长 6.8 公里，防洪标准 20 年一遇',
  );
  [1, 3, 5, 7, 9].forEach((i, j) => {
    const t = rural[i % rural.length]!;
    const name = j === 0 ? '双河水库' : `${short(t)}${pick(rnd, ['龙潭', '白岩', '竹园', '马鞍'])}水库`;
    add(
      'reservoir',
      name,
      t,
      Math.round(between(rnd, j === 0 ? 1_200 : 20, j === 0 ? 3_000 : 400)),
      [1500, 4500],
    );
  });

  // Depots: the county store in town and five town stores, each with what a flood or
  // fire season needs; a few items have run below their minimum.
  const ITEMS: [string, string, number, number][] = [
    ['帐篷', '顶', 200, 120],
    ['棉被', '床', 800, 500],
    ['折叠床', '张', 300, 200],
    ['救生衣', '件', 600, 400],
    ['冲锋舟', '艘', 6, 4],
    ['发电机', '台', 10, 6],
    ['抽水泵', '台', 12, 8],
    ['编织袋', '条', 20_000, 10_000],
    ['应急照明灯', '盏', 150, 100],
    ['雨衣', '件', 500, 300],
    ['铁锹', '把', 400, 200],
    ['风力灭火机', '台', 40, 30],
    ['灭火器', '具', 300, 200],
    ['矿泉水', '箱', 600, 400],
    ['方便食品', '箱', 500, 300],
  ];
  // The county's two stores, town stores, and a supermarket holding stock for the county (代储).
  const depotsAt: [string, DemoTown, number, DepotKind][] = [
    ['县应急物资储备库', cityTown(2), 1, 'county'],
    ['县防汛物资仓库', cityTown(0), 0.8, 'county'],
    [`${rural[0]!.name}应急物资储备点`, rural[0]!, 0.25, 'town'],
    [`${rural[2]!.name}应急物资储备点`, rural[2]!, 0.25, 'town'],
    [`${short(rural[5]!)}华联超市代储点`, rural[5]!, 0.2, 'agent'],
    [`${rural[8]!.name}森林防火物资库`, rural[8]!, 0.2, 'town'],
  ];
  const depots: DepotInput[] = depotsAt.map(([name, t, scale, kind], i) => ({
    name,
    kind,
    address: addressIn(t),
    townCode: t.code,
    point: near(t, 300, 2000),
    keeper: person(),
    phone: mobile(),
    notes: i === 0 ? '24小时值守，叉车 2 台' : '',
    stock: ITEMS.filter(() => scale >= 0.8 || rnd() < 0.7).map(([item, unit, full, min]) => {
      const minimum = Math.max(1, Math.round(min * scale));
      // About one item in eight has been drawn down below its minimum and not yet restocked.
      const quantity = Math.round(
        rnd() < 0.12 ? minimum * between(rnd, 0.3, 0.9) : full * scale * between(rnd, 0.9, 1.4),
      );
      return { item, unit, quantity, minimum };
    }),
  }));
  return { facilities, depots };
}

/** Writes the demo facilities and depots inside the caller's transaction. */
export function loadFacilities(ctx: WriteCtx, towns: DemoTown[], keeper: Actor): FacilityCounts {
  const { facilities, depots } = demoFacilities(towns);
  const at = ctx.nowIso();
  for (const f of facilities) insertFacility(ctx.db, newId('fac'), f, at);
  // The lists go on the register empty; what each depot holds is received into the
  // supplies ledger in lots with their expiry dates (demo/supplies.ts).
  const held: DemoDepotStock[] = [];
  for (const d of depots) {
    const id = newId('dep');
    insertDepot(ctx.db, id, { ...d, stock: d.stock.map((s) => ({ ...s, quantity: 0 })) }, { actor: keeper, at });
    held.push({ depotId: id, stock: d.stock });
  }
  receiveDemoStock(ctx, keeper, held, ctx.now());
  return { facilities: facilities.length, depots: depots.length };
}
