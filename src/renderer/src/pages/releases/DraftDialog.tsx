import { useState } from 'react';
import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseContent, ReleaseView } from '../../../../common/contract/releases';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import { RELEASE_CHANNELS, RELEASE_KINDS, type ReleaseKind } from '../../../../common/domain/releases';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { requiredRule } from '../../forms/rules';
import { hrefOf, navigate } from '../../router/hash';
import { SectionFields } from './SectionFields';

interface Values extends ReleaseContent {
  incidentId: string;
  kind: ReleaseKind;
  templateId?: string;
  reason?: string;
}

/**
 * A release's text: a new draft (under an incident, of a kind, from a 口径 template or
 * blank), a revision of the latest version, or a correction of a released one. Each
 * save is a new version; nothing already saved is changed.
 */
export function DraftDialog({
  mode,
  incident,
  release,
  onClose,
}: {
  mode: 'new' | 'revise' | 'correct';
  incident?: Pick<IncidentSummary, 'id' | 'subtype'>;
  release?: ReleaseView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [clientKey] = useState(newClientKey);
  const incidents = useApiQuery(
    'incidents.list',
    { open: true, limit: 200 },
    { enabled: mode === 'new' && !incident },
  );
  const incidentId = Form.useWatch('incidentId', form) ?? incident?.id;
  const subtype =
    incident?.subtype ?? incidents.data?.items.find((i) => i.id === incidentId)?.subtype ?? undefined;
  const templates = useApiQuery('releases.templates', subtype ? { subtype } : {}, {
    enabled: mode === 'new',
  });
  const latest = release?.versions.at(-1);
  const done = (r: ReleaseView, key: 'releases.saved' | 'releases.revised' | 'releases.corrected') => {
    void message.success(t(key, { n: r.versions.at(-1)!.n }));
    onClose();
    navigate(hrefOf('releases', [r.id]));
  };
  const onError = (e: Parameters<typeof errorText>[1]) => void message.error(errorText(t, e));
  const draft = useApiMutation('releases.draft', {
    onSuccess: (r) => done(r.release, 'releases.saved'),
    onError,
  });
  const revise = useApiMutation('releases.revise', {
    onSuccess: (r) => done(r.release, 'releases.revised'),
    onError,
  });
  const correct = useApiMutation('releases.correct', {
    onSuccess: (r) => done(r.release, 'releases.corrected'),
    onError,
  });
  const saving = draft.isPending || revise.isPending || correct.isPending;

  const finish = (v: Values) => {
    const content: ReleaseContent = {
      title: v.title,
      facts: v.facts ?? '',
      measures: v.measures ?? '',
      advice: v.advice ?? '',
      channels: v.channels,
    };
    if (mode === 'new')
      draft.mutate({
        clientKey,
        incidentId: incident?.id ?? v.incidentId,
        kind: v.kind,
        templateId: v.templateId ?? null,
        content,
      });
    else if (mode === 'revise') revise.mutate({ id: release!.id, fromVersion: latest!.n, content });
    else correct.mutate({ id: release!.id, reason: v.reason ?? '', content });
  };

  const pickTemplate = (id: string | undefined) => {
    const tp = templates.data?.templates.find((x) => x.id === id);
    if (!tp) return;
    form.setFieldsValue({ kind: tp.kind, facts: tp.facts, measures: tp.measures, advice: tp.advice });
    if (!form.getFieldValue('title')) form.setFieldsValue({ title: tp.name });
  };

  const title =
    mode === 'new'
      ? t('releases.newTitle')
      : mode === 'revise'
        ? t('releases.reviseTitle', { n: (latest?.n ?? 0) + 1 })
        : t('releases.correctTitle');
  return (
    <Modal
      open
      width={760}
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ ...({ 'data-testid': 'release-draft-save' } as Record<string, string>) }}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark="optional"
        data-testid="release-draft-form"
        initialValues={
          latest
            ? { ...latest, kind: release!.kind }
            : { kind: 'authoritative', channels: ['website'], incidentId: incident?.id }
        }
        onFinish={finish}
      >
        {mode === 'new' && !incident ? (
          <Form.Item name="incidentId" label={t('releases.field.incident')} rules={[requiredRule(t)]}>
            <Select
              showSearch
              optionFilterProp="label"
              data-testid="release-incident"
              options={(incidents.data?.items ?? []).map((i) => ({
                value: i.id,
                label: `${i.number} ${i.title}`,
              }))}
            />
          </Form.Item>
        ) : null}
        {mode === 'new' ? (
          <div className="dr-rel-form-row">
            <Form.Item name="kind" label={t('releases.field.kind')} rules={[requiredRule(t)]}>
              <Select
                data-testid="release-kind"
                options={RELEASE_KINDS.map((k) => ({ value: k, label: t(`releaseKind.${k}`) }))}
              />
            </Form.Item>
            <Form.Item name="templateId" label={t('releases.field.template')}>
              <Select
                allowClear
                data-testid="release-template"
                placeholder={t('releases.templateNone')}
                onChange={pickTemplate}
                options={(templates.data?.templates ?? [])
                  .filter((x) => !x.archived)
                  .map((x) => ({
                    value: x.id,
                    label: t('releases.templateOption', { name: x.name, kind: t(`releaseKind.${x.kind}`) }),
                  }))}
              />
            </Form.Item>
          </div>
        ) : null}
        {mode === 'correct' ? (
          <Form.Item name="reason" label={t('releases.field.reason')} rules={[requiredRule(t)]}>
            <Input maxLength={400} data-testid="release-reason" />
          </Form.Item>
        ) : null}
        <Form.Item name="title" label={t('releases.field.title')} rules={[requiredRule(t)]}>
          <Input maxLength={120} data-testid="release-title" />
        </Form.Item>
        <SectionFields testId="release" factsRows={3} />
        <Form.Item
          name="channels"
          label={t('releases.field.channels')}
          rules={[{ required: true, type: 'array', min: 1, message: t('errors.field.required') }]}
        >
          <Checkbox.Group
            data-testid="release-channels"
            options={RELEASE_CHANNELS.map((c) => ({ value: c, label: t(`releaseChannel.${c}`) }))}
          />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
