import { z } from '../zod-setup';
import { id, name, text } from './shared';
import { RESPONSE_ACTIONS, RESPONSE_LEVELS } from '../domain/plans';

/**
 * 启动 / 调整 / 终止 X 级应急响应 on an incident: which plan, which level, who decided,
 * when, under which document. Each is an entry of the incident's timeline (kind
 * `response`), so it is append-only, hash-chained, corrected like any other entry.
 */
export const ResponseData = z.strictObject({
  action: z.enum(RESPONSE_ACTIONS),
  planId: id.nullable(),
  planName: name(100),
  /** Null when the response ends. */
  level: z.enum(RESPONSE_LEVELS).nullable(),
  /** 决定人: the leader who decided (县委/县政府/指挥部负责同志). */
  decidedBy: name(30),
  /** 文件: the notice or order (青防指〔2026〕5号), if there is one. */
  document: text(100),
});
export type ResponseData = z.infer<typeof ResponseData>;

/** The response an incident is under now, from its timeline. */
export const ResponseState = z.strictObject({
  planId: z.string().nullable(),
  planName: z.string(),
  level: z.enum(RESPONSE_LEVELS),
  decidedBy: z.string(),
  document: z.string(),
  /** When it started (启动), and when last changed (调整), if ever. */
  since: z.string(),
  adjustedAt: z.string().nullable(),
});
export type ResponseState = z.infer<typeof ResponseState>;
