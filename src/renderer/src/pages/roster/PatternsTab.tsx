import { App, Button, Form, Input, Radio, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PatternVersionView } from '../../../../common/contract/roster';
import { dateStr } from '../../../../common/contract/roster';
import { hhmm } from '../../../../common/contract/settings';
import { addDays, SHIFT_KINDS, type ShiftKind } from '../../../../common/shifts';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { periodText, shiftName } from './format';

interface Values {
  effectiveDate: string;
  kind: ShiftKind;
  changeTime: string;
  nightTime?: string;
}

/** 班次设置: the pattern in force and its versions; an admin sets a new one from a date on. */
export function PatternsTab({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const q = useApiQuery('shifts.get', {});
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const set = useApiMutation('shifts.setPattern', {
    onSuccess: () => void message.success(t('roster.saved')),
    onError: (e) => void message.error(errorText(t, e)),
  });
  const describe = (v: PatternVersionView) =>
    v.kind === 'day24'
      ? t('roster.pattern.day24', { time: v.changeTime })
      : t('roster.pattern.dayNight', { day: v.changeTime, night: v.nightTime });
  const g = q.data;
  return (
    <div className="dr-ro-patterns">
      <ErrorAlert error={q.error} />
      {g ? (
        <p data-testid="pattern-current">
          {t('roster.pattern.now', {
            pattern: describe(g.current),
            shift: shiftName(t, g.shift),
            period: periodText(t, g.shift, tz),
          })}
        </p>
      ) : null}
      <Table<PatternVersionView>
        size="small"
        rowKey="version"
        loading={q.isPending}
        dataSource={[...(g?.versions ?? [])].reverse()}
        pagination={false}
        columns={[
          {
            title: t('roster.col.effective'),
            key: 'e',
            render: (_, v) =>
              v.version === 0 || v.effectiveDate === '2000-01-01'
                ? t('roster.pattern.base')
                : v.effectiveDate,
          },
          { title: t('roster.col.pattern'), key: 'p', render: (_, v) => describe(v) },
          {
            title: t('roster.col.recorded'),
            key: 'r',
            render: (_, v) =>
              v.createdAt
                ? `${toLocalText(v.createdAt, tz)} ${v.authorName ?? ''}`
                : t('roster.pattern.fromSettings'),
          },
          {
            title: '',
            key: 'c',
            render: (_, v) =>
              g && v.version === g.current.version ? (
                <Tag color="blue">{t('roster.pattern.inForce')}</Tag>
              ) : null,
          },
        ]}
      />
      {admin && g ? (
        <Form
          form={form}
          layout="inline"
          className="dr-ro-pattern-form"
          initialValues={{
            effectiveDate: addDays(g.shift.date, 1),
            kind: 'day24',
            changeTime: g.current.changeTime,
            nightTime: '20:30',
          }}
          onFinish={(v) =>
            set.mutate({
              effectiveDate: v.effectiveDate.trim(),
              kind: v.kind,
              changeTime: v.changeTime.trim(),
              nightTime: v.kind === 'dayNight' ? (v.nightTime ?? '').trim() : null,
            })
          }
        >
          <Form.Item
            name="effectiveDate"
            label={t('roster.col.effective')}
            rules={[requiredRule(t), zodRule(dateStr, t)]}
          >
            <Input style={{ width: 130 }} />
          </Form.Item>
          <Form.Item name="kind" label={t('roster.col.pattern')}>
            <Radio.Group options={SHIFT_KINDS.map((k) => ({ value: k, label: t(`shiftKind.${k}`) }))} />
          </Form.Item>
          <Form.Item
            name="changeTime"
            label={t('roster.pattern.changeTime')}
            rules={[requiredRule(t), zodRule(hhmm, t)]}
          >
            <Input style={{ width: 80 }} />
          </Form.Item>
          {kind === 'dayNight' ? (
            <Form.Item
              name="nightTime"
              label={t('roster.pattern.nightTime')}
              rules={[requiredRule(t), zodRule(hhmm, t)]}
            >
              <Input style={{ width: 80 }} />
            </Form.Item>
          ) : null}
          <Button type="primary" htmlType="submit" loading={set.isPending}>
            {t('roster.pattern.set')}
          </Button>
        </Form>
      ) : (
        <p className="dr-muted">{t('roster.pattern.adminOnly')}</p>
      )}
      <p className="dr-muted">{t('roster.pattern.help')}</p>
    </div>
  );
}
