import type { TFunction } from 'i18next';
import type { LogItem } from '../../../../common/contract/logs';
import { codeText, correctedFieldLabel, fieldDef, fieldLabel, formatValue } from './entryFields';

/** The line a row shows: the host's summary, with the labels the host leaves to the UI. */
export function entrySummary(item: LogItem, t: TFunction): string {
  const d = item.data;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  switch (item.kind) {
    case 'correction':
      return t('logs.list.correctionOf', {
        fields: Object.keys(d)
          .map((k) => correctedFieldLabel(t, k, null))
          .join(t('logs.listSeparator')),
        reason: item.reason ?? '',
      });
    case 'intake': {
      // The head counts and loss a report carries, where given (a log row is read in a glance).
      const figures = (['relocated', 'affected', 'directLossWan'] as const)
        .filter((k) => typeof d[k] === 'number')
        .map(
          (k) =>
            `${fieldLabel(t, 'intake', k)} ${formatValue(fieldDef('intake', k), d[k], { t, tz: 'UTC' })}`,
        );
      return figures.length
        ? t('logs.list.intakeLine', { title: item.summary, figures: figures.join(t('logs.listSeparator')) })
        : item.summary;
    }
    case 'report':
      return t('logs.list.reportLine', {
        stage: codeText(t, 'report', 'stage', d.stage),
        means: codeText(t, 'report', 'means', d.means),
        to: str(d.to),
        content: str(d.content),
      });
    case 'verify':
      return t('logs.list.verifyLine', {
        result: codeText(t, 'verify', 'result', d.result),
        summary: item.summary,
      });
    case 'call':
      return t('logs.list.callLine', {
        direction: codeText(t, 'call', 'direction', d.direction),
        from: [str(d.fromUnit), str(d.fromName)].filter(Boolean).join(' '),
        content: str(d.content),
      });
    case 'spot_check':
      return t('logs.list.spotLine', {
        summary: item.summary,
        who: str(d.answeredBy),
        s: Number(d.answerSeconds ?? 0),
      });
    case 'equipment_handover':
      return t('logs.list.handoverLine', { items: str(d.items), who: str(d.receivedBy) });
    case 'instruction':
      return t('logs.list.instructionLine', { leader: str(d.leader), content: str(d.content) });
    case 'response':
      return d.action === 'end'
        ? t('plans.response.endLine', { plan: str(d.planName), by: str(d.decidedBy) })
        : t('plans.response.line', {
            action: t(d.action === 'adjust' ? 'responseAction.adjust' : 'responseAction.start'),
            level: str(d.level),
            plan: str(d.planName),
            by: str(d.decidedBy),
          });
    case 'dispatch':
      return t('teams.dispatch.line', {
        team: str(d.teamName),
        state: codeText(t, 'dispatch', 'state', d.state),
        note: str(d.note),
      });
    default:
      return item.summary;
  }
}

export const KIND_COLORS: Record<string, string> = {
  intake: 'red',
  verify: 'cyan',
  followup: 'blue',
  report: 'purple',
  instruction: 'magenta',
  instruction_done: 'geekblue',
  feedback: 'green',
  response: 'volcano',
  dispatch: 'gold',
  close: 'default',
  withdraw: 'default',
  reopen: 'orange',
  call: 'gold',
  spot_check: 'lime',
  equipment_handover: 'default',
  other: 'default',
  correction: 'volcano',
};
