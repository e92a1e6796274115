import { PlanInput, VersionInput } from '../../common/contract/plans';
import {
  PLAN_DOMAINS,
  PLAN_KINDS,
  PLAN_LEVELS,
  type PlanDomain,
  type PlanKind,
  type PlanLevel,
  type PlanStatus,
} from '../../common/domain/plans';
import { plansLabels } from '../../common/i18n/plans-labels';
import { describeIssues } from '../../common/i18n/issues';
import { newId } from '../auth/secrets';
import { normalizeHeader } from '../imports/analyse';
import {
  defineImportTarget,
  importField,
  type ImportFieldDef,
  type ParsedRow,
  type RowIssue,
} from '../imports/registry';
import { authorOf } from '../incidents/service';
import { parseDate } from '../roster/import-target';
import {
  appendStatusLog,
  insertPlan,
  insertVersion,
  planByName,
  updatePlan,
  updateVersion,
  versionByLabel,
  writeStatus,
} from './repo';

const f = importField;
const DATE_HINT = 'columnHint.plans.date' as const;

/** The columns of a 预案汇编 list as counties keep it: one row per plan, its version in force beside it. */
export const PLAN_FIELDS: ImportFieldDef[] = [
  f('name', 'column.plans.name', true, ['预案', '名称', '预案全称', '文件名称', 'name', 'plan']),
  f(
    'kind',
    'column.plans.kind',
    true,
    ['类别', '预案类型', '类型', '预案种类', '种类', 'kind'],
    'columnHint.plans.kind',
  ),
  f(
    'domain',
    'column.plans.domain',
    false,
    ['领域', '突发事件类别', '事件类型', 'domain'],
    'columnHint.plans.domain',
  ),
  f('hazard', 'column.plans.hazard', false, ['灾害种类', '风险类别', '适用灾种', 'hazard']),
  f('ownerUnit', 'column.plans.ownerUnit', true, [
    '牵头单位',
    '责任单位',
    '编制部门',
    '主管部门',
    '牵头部门',
    '制定单位',
    'owner',
  ]),
  f(
    'level',
    'column.plans.level',
    false,
    ['预案层级', '级别', '行政层级', 'level'],
    'columnHint.plans.level',
  ),
  f('version', 'column.plans.version', false, ['版本号', '版次', 'version'], 'columnHint.plans.version'),
  f('docNo', 'column.plans.docNo', false, ['文号', '发文字号', '发文文号', '文件编号', 'document']),
  f('issuer', 'column.plans.issuer', false, ['发文机关', '发布机关', '发文单位', '印发单位', 'issuer']),
  f(
    'issuedOn',
    'column.plans.issuedOn',
    false,
    ['印发时间', '发布时间', '发布日期', '发文日期', '印发'],
    DATE_HINT,
  ),
  f('filedOn', 'column.plans.filedOn', false, ['备案时间', '备案', '报备时间', '备案情况'], DATE_HINT),
  f('evaluatedOn', 'column.plans.evaluatedOn', false, ['评估时间', '最近评估', '评估日期'], DATE_HINT),
  f(
    'lastDrilledOn',
    'column.plans.lastDrilledOn',
    false,
    ['演练时间', '最近演练', '最近一次演练', '演练日期'],
    DATE_HINT,
  ),
  f('notes', 'column.notes', false, ['备注', '说明', 'remark', 'remarks']),
];

function lookup<T extends string>(
  codes: readonly T[],
  prefix: string,
  words: [T, string[]][],
): Map<string, T> {
  const m = new Map<string, T>();
  const labels = plansLabels as unknown as Record<string, Record<string, string>>;
  for (const c of codes) {
    m.set(normalizeHeader(c), c);
    for (const loc of ['zh-CN', 'en-US']) {
      const l = labels[loc]![`${prefix}.${c}`];
      if (l) m.set(normalizeHeader(l), c);
    }
  }
  for (const [c, ws] of words) for (const w of ws) m.set(normalizeHeader(w), c);
  return m;
}

const KINDS = lookup<PlanKind>(PLAN_KINDS, 'planKind', [
  ['overall', ['总体', '总体预案']],
  ['special', ['专项', '专项预案']],
  ['department', ['部门', '部门预案']],
  ['grassroots', ['基层', '基层组织', '乡镇', '村', '社区', '基层预案']],
  ['enterprise', ['企事业单位', '企业', '单位', '企业预案']],
  ['catastrophe', ['巨灾', '巨灾预案']],
  ['joint', ['联合', '联合预案', '区域联合']],
  ['manual', ['工作手册', '手册']],
  ['action', ['行动方案', '方案', '工作方案']],
]);
const DOMAINS = lookup<PlanDomain>(PLAN_DOMAINS, 'planDomain', [
  ['natural', ['自然灾害类', '自然']],
  ['accident', ['事故灾难类', '事故', '安全生产']],
  ['health', ['公共卫生', '公共卫生类', '卫生']],
  ['social', ['社会安全', '社会安全类']],
  ['general', ['综合类', '综合', '其他']],
]);
const LEVELS = lookup<PlanLevel>(PLAN_LEVELS, 'planLevel', [
  ['county', ['县', '县级', '区级', '县（区）级']],
  ['town', ['乡镇', '乡镇级', '街道', '乡镇（街道）']],
  ['village', ['村', '社区', '村级', '村（社区）']],
  ['unit', ['单位', '企业', '企事业单位']],
]);

// A blank domain is read from the plan's name: the words that give each domain away.
const DOMAIN_WORDS: [PlanDomain, RegExp][] = [
  ['health', /卫生|疫情|传染病|食品|药品|动物疫|医疗|中毒/],
  ['social', /群体性|恐怖|网络|民族|宗教|涉外|治安|金融|粮食|舆情|踩踏/],
  [
    'accident',
    /安全生产|危险化学品|危化|交通|火灾|矿山|建筑施工|特种设备|停电|供水|燃气|电力|污染|环境|消防|烟花爆竹/,
  ],
  ['natural', /防汛|抗旱|地震|地质|森林|草原|气象|台风|洪|雪|冰冻|干旱|自然灾害/],
];

export function domainOf(name: string): PlanDomain {
  return DOMAIN_WORDS.find(([, re]) => re.test(name))?.[0] ?? 'general';
}

export interface PlanLine {
  plan: PlanInput;
  /** The version in force beside it, when the row names one (a 文号 or an issue date). */
  version: (VersionInput & { status: PlanStatus }) | null;
}

function code<T>(map: Map<string, T>, cell: string, field: string, issues: RowIssue[]): T | undefined {
  if (!cell) return undefined;
  const v = map.get(normalizeHeader(cell));
  if (v === undefined)
    issues.push({ field, key: 'errors.import_unknown_value', params: { value: cell.slice(0, 40) } });
  return v;
}

function parsePlan(c: Record<string, string>): ParsedRow<PlanLine> {
  const issues: RowIssue[] = [];
  const date = (field: 'issuedOn' | 'filedOn' | 'evaluatedOn' | 'lastDrilledOn') => {
    const cell = c[field] ?? '';
    // 备案情况 columns often say 已备案 / 未备案 rather than a date: no date then.
    if (!cell || /^(已|未|待)?备案$|^无$|^—+$|^-+$/.test(cell)) return null;
    const d = parseDate(cell);
    if (!d) issues.push({ field, key: 'errors.import_not_date', params: { value: cell.slice(0, 40) } });
    return d;
  };
  if (!c.kind) issues.push({ field: 'kind', key: 'errors.field.required' });
  const kind = code(KINDS, c.kind ?? '', 'kind', issues);
  const domain = code(DOMAINS, c.domain ?? '', 'domain', issues);
  const level = code(LEVELS, c.level ?? '', 'level', issues);
  const issuedOn = date('issuedOn');
  const filedOn = date('filedOn');
  const evaluatedOn = date('evaluatedOn');
  const lastDrilledOn = date('lastDrilledOn');
  const plan = PlanInput.safeParse({
    name: c.name ?? '',
    kind: kind ?? 'special',
    domain: domain ?? (kind === 'overall' ? 'general' : domainOf(`${c.name ?? ''}${c.hazard ?? ''}`)),
    hazard: c.hazard ?? '',
    ownerUnit: c.ownerUnit ?? '',
    level: level ?? 'county',
    lastDrilledOn,
    notes: c.notes ?? '',
  });
  const fieldOf = (top: string) => top;
  const addIssues = (zodIssues: Parameters<typeof describeIssues>[0], map: (top: string) => string) => {
    for (const i of describeIssues(zodIssues, 'zh-CN')) {
      const field = map(i.path.split('.')[0] ?? '');
      if (!issues.some((x) => x.field === field)) issues.push({ field, key: i.key, params: i.params });
    }
  };
  if (!plan.success) addIssues(plan.error.issues, fieldOf);
  let version: PlanLine['version'] = null;
  if (c.docNo || issuedOn || c.version) {
    const v = VersionInput.safeParse({
      label: c.version || (issuedOn ? `${issuedOn.slice(0, 4)}年版` : '现行版'),
      docNo: c.docNo ?? '',
      issuer: c.issuer ?? '',
      issuedOn,
      filedOn,
      evaluatedOn,
      levels: [],
      notes: '',
    });
    if (!v.success) addIssues(v.error.issues, (top) => (top === 'label' ? 'version' : top));
    else {
      if (filedOn && issuedOn && filedOn < issuedOn)
        issues.push({
          field: 'filedOn',
          key: 'errors.plan_date_before_issue',
          params: { what: 'filed', issued: issuedOn },
        });
      const status: PlanStatus = evaluatedOn
        ? 'evaluation'
        : filedOn
          ? 'filed'
          : issuedOn
            ? 'issued'
            : 'drafting';
      version = { ...v.data, status };
    }
  }
  if (issues.length > 0 || !plan.success) return { ok: false, issues };
  return { ok: true, value: { plan: plan.data, version } };
}

export const planImportTarget = defineImportTarget<PlanLine>({
  name: 'plans',
  event: 'plans.changed',
  fields: PLAN_FIELDS,
  points: null,
  parseRow: (c) => parsePlan(c),
  plan(db, rows) {
    const seen = new Map<string, number>();
    const issues: { index: number; issue: RowIssue }[] = [];
    const actions = rows.map(({ value, row }, index) => {
      const key = value.plan.name.trim();
      const other = seen.get(key);
      if (other !== undefined)
        issues.push({
          index,
          issue: { field: 'name', key: 'errors.import_duplicate_in_file', params: { other } },
        });
      else seen.set(key, row);
      return planByName(db, key) ? ('update' as const) : ('create' as const);
    });
    return { actions, issues };
  },
  write(ctx, rows) {
    let created = 0;
    let updated = 0;
    const at = ctx.nowIso();
    const who = authorOf(ctx.actor);
    const ids: string[] = [];
    for (const { plan, version } of rows) {
      const before = planByName(ctx.db, plan.name.trim());
      let planId: string;
      if (before) {
        planId = before.id;
        updatePlan(ctx.db, planId, plan, at, true);
        updated++;
      } else {
        planId = newId('pln');
        insertPlan(ctx.db, planId, plan, at);
        created++;
      }
      ids.push(planId);
      if (!version) continue;
      const { status, ...fields } = version;
      const had = versionByLabel(ctx.db, planId, fields.label.trim());
      if (had) {
        updateVersion(ctx.db, had.id, fields, at);
        continue;
      }
      const versionId = newId('plv');
      insertVersion(ctx.db, versionId, planId, fields, status, at);
      writeStatus(
        ctx.db,
        versionId,
        status,
        version.evaluatedOn ?? version.filedOn ?? version.issuedOn ?? '',
        at,
      );
      appendStatusLog(ctx.db, {
        version_id: versionId,
        from_status: null,
        to_status: status,
        on_date: version.evaluatedOn ?? version.filedOn ?? version.issuedOn ?? at.slice(0, 10),
        author_id: who.id,
        author_name: who.name,
        at,
      });
    }
    ctx.emit('plans.changed', ids);
    return { created, updated };
  },
});
