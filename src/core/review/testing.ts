import type { InputOf } from '../../common/contract';
import type { Actor } from '../actor';
import type { Core } from '../core';
import { signIn, staffedCore } from '../testing';

/** Test support for drill review: a staffed county with a campaign and a drill that has run. */

/** 10:00 on 2026-06-10 in the county. */
export const START = '2026-06-10T02:00:00.000Z';
export const testClock = { at: new Date(START) };
export const opts = { clock: { now: () => testClock.at } };

let n = 0;
export const key = () => `k_review_${String(++n).padStart(6, '0')}`;

export const later = (minutes: number) => {
  testClock.at = new Date(testClock.at.getTime() + minutes * 60_000);
};

export interface ReviewFixture {
  core: Core;
  admin: Actor;
  chief: Actor;
  officer: Actor;
  campaignId: string;
  domainIds: string[];
  drill: (over?: Partial<InputOf<'drills.save'>>) => Promise<string>;
  /** A drill run from start to end (30 minutes) by the chief, its controller. */
  ranDrill: (over?: Partial<InputOf<'drills.save'>>) => Promise<string>;
}

export async function setupReview(): Promise<ReviewFixture> {
  testClock.at = new Date(START);
  const { core, admin } = await staffedCore(opts);
  const chief = await signIn(core, 'shift_chief');
  const officer = await signIn(core, 'duty_officer');
  const campaign = await core.invoke(
    'drills.saveCampaign',
    {
      id: null,
      title: '2026年重点领域作风整顿和应急演练',
      documentNo: '县应急委〔2026〕3号',
      issuedBy: '县突发事件应急委员会',
      deadline: '2026-06-20',
      requirements: ['no_notice', 'no_preset_scenario'],
      notes: '',
      domains: [
        { id: null, domain: 'natural_disaster', name: '', leadLeader: '李副县长', leadUnit: '县应急管理局' },
        { id: null, domain: 'public_health', name: '', leadLeader: '王副县长', leadUnit: '县卫健局' },
      ],
    },
    admin,
  );
  const chiefId = chief.kind === 'operator' ? chief.operatorId : '';
  const drill = async (over: Partial<InputOf<'drills.save'>> = {}) =>
    (
      await core.invoke(
        'drills.save',
        {
          id: null,
          campaignId: campaign.id,
          domainId: campaign.domains[0]!.id,
          title: '山洪灾害转移避险演练',
          form: 'live',
          content: 'combined',
          purpose: 'test',
          announce: 'announced',
          scheduledAt: null,
          place: '青石镇石坝村',
          scenario: '强降雨引发山洪，石坝村需转移群众 120 人',
          planIds: [],
          units: ['县应急管理局', '青石镇人民政府'],
          controllerIds: [chiefId],
          ...over,
        },
        chief,
      )
    ).id;
  const ranDrill = async (over: Partial<InputOf<'drills.save'>> = {}) => {
    const id = await drill(over);
    await core.invoke('drills.start', { id }, chief);
    later(30);
    await core.invoke('drills.end', { id }, chief);
    later(10);
    return id;
  };
  return {
    core,
    admin,
    chief,
    officer,
    campaignId: campaign.id,
    domainIds: campaign.domains.map((d) => d.id),
    drill,
    ranDrill,
  };
}

/** Every item of the drill's evaluation scored with one grade (points items at full or none). */
export async function scoreAll(
  core: Core,
  actor: Actor,
  drillId: string,
  grade: 'met' | 'partly' | 'not_met',
  extra: Partial<InputOf<'evaluations.save'>> = {},
) {
  const v = await core.invoke('evaluations.get', { drillId });
  return core.invoke(
    'evaluations.save',
    {
      drillId,
      evaluators: [{ name: '王建国', unit: '县应急管理局', role: 'lead' }],
      scores: v.items.map((i) =>
        i.scale === 'grade'
          ? { key: i.key, grade, points: null, note: '' }
          : { key: i.key, grade: null, points: grade === 'met' ? i.points : 0, note: '' },
      ),
      onsiteComment: '响应迅速，转移有序。',
      selfAssessment: '夜间通信准备不足。',
      sections: {
        execution: '',
        plan: '',
        command: '',
        handling: '',
        equipment: '',
        suggestions: '加强卫星电话管理。',
      },
      ...extra,
    },
    actor,
  );
}
