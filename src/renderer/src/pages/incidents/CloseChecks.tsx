import { Alert, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { clocksEnded, hasFinalReport } from '../../../../common/closing';
import { name } from '../../../../common/contract/shared';
import { toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import type { IncidentDetailData } from './types';

/**
 * What 办结 asks before it is written (core checks the same, common/closing.ts): without a
 * 终报 on record, why none is owed; with reporting clocks still running, a tick that the
 * closer saw which ones this ends.
 */
export function CloseChecks({ detail, tz }: { detail: IncidentDetailData; tz: string }) {
  const { t } = useTranslation();
  const reports = detail.entries
    .filter((e) => e.kind === 'report')
    .map((e) => ({ stage: e.data.stage as 'final' }));
  const open = detail.deadlines.items.filter((i) => i.doneAt === null);
  const ends = clocksEnded(open.map((i) => i.kind));
  return (
    <>
      {hasFinalReport({ reports }) ? null : (
        <>
          <Alert
            type="warning"
            showIcon
            className="dr-form-alert"
            title={t('logs.close.noFinal')}
            data-testid="close-no-final"
          />
          <Form.Item
            name="noFinalReport"
            label={t('logs.field.noFinalReport')}
            rules={[requiredRule(t), zodRule(name(500), t)]}
          >
            <Input maxLength={500} placeholder={t('logs.close.noFinalPlaceholder')} />
          </Form.Item>
        </>
      )}
      {ends.length > 0 ? (
        <div data-testid="close-clocks">
          <div className="dr-form-label">{t('logs.close.clocks')}</div>
          <ul>
            {ends.map((k) => {
              const first = open.find((i) => i.kind === k)!;
              return (
                <li key={k}>
                  {t('logs.close.clock', { kind: t(`deadline.${k}`), at: toLocalText(first.dueAt, tz) })}
                </li>
              );
            })}
          </ul>
          <Form.Item
            name="confirmClocks"
            valuePropName="checked"
            rules={[
              {
                validator: async (_: unknown, v: unknown) => {
                  if (v !== true) throw new Error(t('logs.close.confirmClocksRequired'));
                },
              },
            ]}
          >
            <Checkbox>{t('logs.close.confirmClocks')}</Checkbox>
          </Form.Item>
        </div>
      ) : null}
    </>
  );
}
