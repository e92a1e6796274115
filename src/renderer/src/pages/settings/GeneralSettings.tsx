import { useEffect } from 'react';
import { App, Button, Card, Descriptions, Form, Input, InputNumber, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../../common/contract/settings';
import {
  HANDOVER_SIGN_LEAD,
  handoverSignLeadMinutes,
  hhmm,
  timeZoneName,
} from '../../../../common/contract/settings';
import { name } from '../../../../common/contract/shared';
import { LOCALES } from '../../../../common/domain/roles';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  applyServerErrors,
  requiredNumberRule,
  requiredRule,
  zodRule,
  useRevalidateOnLanguageChange,
} from '../../forms/rules';
import { TIME_ZONES } from './timeZones';

/** County, bureau, clock and language of the room. Admins edit; everyone else reads. */
export function GeneralSettings({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <ErrorAlert error={settings.error} />;
  if (!admin) {
    const s = settings.data;
    return (
      <Card>
        <Descriptions
          column={1}
          bordered
          size="middle"
          items={[
            { key: 'c', label: t('field.countyName'), children: s.countyName },
            { key: 'b', label: t('field.bureauName'), children: s.bureauName },
            {
              key: 'z',
              label: t('field.timeZone'),
              children: t(`tz.${s.timeZone}`, { defaultValue: s.timeZone }),
            },
            { key: 'l', label: t('field.locale'), children: t(`language.${s.locale}`) },
            { key: 's', label: t('field.shiftChangeTime'), children: s.shiftChangeTime },
            {
              key: 'h',
              label: t('field.handoverSignLeadMinutes'),
              children: t('settings.minutesN', { n: s.handoverSignLeadMinutes }),
            },
          ]}
        />
      </Card>
    );
  }
  return <GeneralSettingsForm current={settings.data} />;
}

function GeneralSettingsForm({ current }: { current: Settings }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  useRevalidateOnLanguageChange(form);
  const update = useApiMutation('settings.update', {
    onSuccess: () => void message.success(t('settings.saved')),
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });

  // Someone else may change settings meanwhile; show theirs unless this form is being edited.
  useEffect(() => {
    if (!form.isFieldsTouched()) form.setFieldsValue(current);
  }, [current, form]);

  const zones: string[] = TIME_ZONES.includes(current.timeZone as (typeof TIME_ZONES)[number])
    ? [...TIME_ZONES]
    : [current.timeZone, ...TIME_ZONES];

  return (
    <Card className="dr-form-card">
      <Form<Settings>
        form={form}
        name="general-settings"
        layout="horizontal"
        colon={false}
        labelCol={{ flex: '160px' }}
        wrapperCol={{ flex: '1' }}
        initialValues={current}
        onFinish={(v) =>
          update.mutate(
            {
              countyName: v.countyName.trim(),
              bureauName: v.bureauName.trim(),
              timeZone: v.timeZone,
              locale: v.locale,
              shiftChangeTime: v.shiftChangeTime.trim(),
              handoverSignLeadMinutes: v.handoverSignLeadMinutes,
            },
            {
              onSuccess: (saved) => {
                // Untouched again, so later changes made elsewhere show up here.
                form.resetFields();
                form.setFieldsValue(saved);
              },
            },
          )
        }
        className="dr-settings-form"
      >
        <Form.Item
          name="countyName"
          label={t('field.countyName')}
          rules={[requiredRule(t), zodRule(name(40), t)]}
        >
          <Input autoFocus maxLength={40} />
        </Form.Item>
        <Form.Item
          name="bureauName"
          label={t('field.bureauName')}
          rules={[requiredRule(t), zodRule(name(60), t)]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="timeZone"
          label={t('field.timeZone')}
          extra={t('settings.timeZoneHint')}
          rules={[requiredRule(t), zodRule(timeZoneName, t)]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={zones.map((z) => ({ value: z, label: t(`tz.${z}`, { defaultValue: z }) }))}
          />
        </Form.Item>
        <Form.Item
          name="locale"
          label={t('field.locale')}
          extra={t('settings.localeHint')}
          rules={[requiredRule(t)]}
        >
          <Select options={LOCALES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
        </Form.Item>
        <Form.Item
          name="shiftChangeTime"
          label={t('field.shiftChangeTime')}
          extra={t('settings.shiftHint')}
          rules={[requiredRule(t), zodRule(hhmm, t)]}
        >
          <Input className="dr-input-hhmm" placeholder="08:30" maxLength={5} inputMode="numeric" />
        </Form.Item>
        <Form.Item
          name="handoverSignLeadMinutes"
          label={t('field.handoverSignLeadMinutes')}
          extra={t('settings.signLeadHint')}
          rules={[requiredNumberRule(t), zodRule(handoverSignLeadMinutes, t)]}
        >
          <InputNumber
            min={HANDOVER_SIGN_LEAD.min}
            max={HANDOVER_SIGN_LEAD.max}
            precision={0}
            addonAfter={t('settings.minutes')}
          />
        </Form.Item>
        {/* A blank label keeps the button in line with the fields. */}
        <Form.Item label=" ">
          <Button type="primary" htmlType="submit" loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
