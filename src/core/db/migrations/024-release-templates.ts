import type { Migration } from './index';

/**
 * 口径 for every county, not only the demo's: a blank county set up on its own had no
 * pre-approved wording to start a release from. These are the general wordings per hazard
 * (【…】 marks what the desk fills in); each is marked as still to be approved by the
 * county's 宣传部, which the administrator records on the template (设置 → 口径) once it is.
 * Stable ids, so the demo approves these same rows instead of adding a second set, and a
 * county that already keeps a template of the same hazard, kind and name gets no double.
 * The wording is written here, not imported, so this migration never changes after it ships.
 */
export const DEFAULT_TEMPLATES: readonly {
  subtype: string;
  kind: string;
  name: string;
  facts: string;
  measures: string;
  advice: string;
}[] = [
  {
    subtype: 'rainstorm',
    kind: 'authoritative',
    name: '暴雨灾害权威信息',
    facts: '【时间】起，我县【乡镇】出现强降雨，最大小时雨量【毫米】毫米，造成【灾情】。',
    measures:
      '县防汛抗旱指挥部已启动【级别】级防汛应急响应，县应急管理局会同水利、自然资源、交通运输等部门赶赴现场，转移安置群众【人数】人。',
    advice: '请沿河、山洪沟道及地质灾害隐患点附近群众听从安排及时转移，不涉水通行，不信谣、不传谣。',
  },
  {
    subtype: 'rainstorm',
    kind: 'advice',
    name: '暴雨防范提示',
    facts:
      '县气象台【时间】发布暴雨【颜色】预警信号，预计【乡镇】未来【小时】小时降雨量将达【毫米】毫米以上。',
    measures: '县防汛抗旱指挥部已通知各乡镇、各部门做好防范，组织对山洪、地质灾害隐患点巡查。',
    advice: '请减少外出，远离河道、低洼地带和山体边坡；发现险情请拨打 110、119 或当地乡镇值班电话。',
  },
  {
    subtype: 'flood',
    kind: 'authoritative',
    name: '洪涝灾害权威信息',
    facts: '受持续降雨影响，【河流】【站点】水位于【时间】超过警戒水位【米】米，【乡镇】部分区域受淹。',
    measures:
      '县防汛抗旱指挥部已组织抢险队伍【支数】支、【人数】人开展巡堤查险和群众转移，受淹区域已实行交通管制。',
    advice: '请沿河群众服从转移安排，切勿靠近堤防、桥梁观望，不在涉水路段通行。',
  },
  {
    subtype: 'landslide',
    kind: 'authoritative',
    name: '地质灾害（滑坡）权威信息',
    facts: '【时间】，【乡镇】【村组】发生山体滑坡，【伤亡情况】。',
    measures: '县应急管理局、县自然资源局已赶赴现场，组织专业队伍开展搜救和监测，已转移周边群众【人数】人。',
    advice: '请周边群众远离滑坡区域，雨天不在陡坡下停留；发现裂缝、异响请立即撤离并报告。',
  },
  {
    subtype: 'debris_flow',
    kind: 'authoritative',
    name: '地质灾害（泥石流）权威信息',
    facts: '【时间】，【乡镇】【沟道】发生泥石流，【伤亡情况】，【道路】交通中断。',
    measures: '县应急管理局会同自然资源、交通运输部门开展抢险，受影响路段已设置警示和绕行。',
    advice: '请沟道两侧群众立即向两侧高处转移，不要顺沟方向逃离，不要在沟道内停留。',
  },
  {
    subtype: 'forest_fire',
    kind: 'authoritative',
    name: '森林火灾权威信息',
    facts: '【时间】，【乡镇】【山场】发生森林火情，过火面积约【公顷】公顷，【伤亡情况】。',
    measures: '县森林防灭火指挥部已调派专业扑火队伍【人数】人赶赴现场，明火【扑灭情况】。',
    advice: '请群众不要进入火场周边林区，严禁野外用火；发现火情请拨打 12119。',
  },
  {
    subtype: 'forest_fire',
    kind: 'advice',
    name: '森林防火防范提示',
    facts: '当前我县森林火险等级为【等级】级，林区可燃物干燥。',
    measures: '县森林防灭火指挥部已在重点林区入口设卡检查，加强巡山护林。',
    advice: '进山不带火种，祭祀文明不烧纸，农事用火须报批；发现火情请拨打 12119。',
  },
  {
    subtype: 'road_traffic',
    kind: 'authoritative',
    name: '道路交通事故权威信息',
    facts: '【时间】，【道路】【地点】发生一起【车辆】交通事故，【伤亡情况】。',
    measures:
      '县公安局交警大队、县卫生健康局、县应急管理局已赶赴现场处置，伤员已送医救治，事故原因正在调查。',
    advice: '途经车辆请按现场指挥绕行，减速慢行；请勿传播现场血腥图片和未经核实的信息。',
  },
  {
    subtype: 'hazmat',
    kind: 'authoritative',
    name: '危险化学品事故权威信息',
    facts: '【时间】，【企业】发生【物质】泄漏，【伤亡情况】。',
    measures:
      '县应急管理局、县生态环境局、县消防救援大队已赶赴现场处置，泄漏已【控制情况】，周边空气和水体正在监测。',
    advice: '请下风向【距离】米内群众关闭门窗、听从疏散安排；如有不适请及时就医。',
  },
  {
    subtype: 'fire',
    kind: 'rumour',
    name: '火灾辟谣',
    facts: '近日网传“【传言】”，经核实，【真实情况】。',
    measures: '县消防救援大队已现场核查，火灾已扑灭，无人员伤亡。',
    advice: '请以官方发布信息为准，不信谣、不传谣；编造、故意传播虚假险情将依法追究责任。',
  },
];

/** What a default 口径 says about its approval until the county's 宣传部 has approved it. */
export const DEFAULT_TEMPLATE_REF = '通用口径，使用前报县委宣传部审定';

export const defaultTemplateId = (t: { subtype: string; kind: string }) =>
  `rtp_default_${t.subtype}_${t.kind}`;

export const m024ReleaseTemplates: Migration = {
  version: 24,
  name: 'release-templates',
  up(db) {
    const add = db.prepare(
      `INSERT INTO release_templates (id, subtype, kind, name, facts, measures, advice, approved_ref, archived, updated_at)
       SELECT @id, @subtype, @kind, @name, @facts, @measures, @advice, @ref, 0, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        WHERE NOT EXISTS (SELECT 1 FROM release_templates WHERE subtype = @subtype AND kind = @kind AND name = @name)`,
    );
    for (const t of DEFAULT_TEMPLATES) add.run({ ...t, id: defaultTemplateId(t), ref: DEFAULT_TEMPLATE_REF });
  },
};
