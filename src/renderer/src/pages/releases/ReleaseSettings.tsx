import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Skeleton,
  Space,
  Table,
  Tag,
} from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../common/contract';
import type { TemplateView } from '../../../../common/contract/releases';
import { CATEGORIES, GRADES, SUBTYPES, type Grade, type Subtype } from '../../../../common/domain/incidents';
import { DEFAULT_RELEASE_RULES, RELEASE_KINDS, type ReleaseKind } from '../../../../common/domain/releases';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { toLocalText } from '../../components/localTime';
import { requiredRule } from '../../forms/rules';
import { useRoomTimeZone } from '../../time/useRoomTime';
import './releases.css';
import { SectionFields } from './SectionFields';

type Rules = InputOf<'releases.saveRules'>['rules'];
type Rule = Rules[number];
type ClockField = 'authoritativeMinutes' | 'pressMinutes';

/** Hours on screen, minutes in the rule: 5 → 300. Empty: no clock for that grade. */
export const toMinutes = (hours: number | null): number | null =>
  hours === null ? null : Math.round(hours * 60);
export const toHours = (minutes: number | null): number | null =>
  minutes === null ? null : Math.round((minutes / 60) * 10) / 10;

/** Every grade's row, the saved rule or the default for a grade the table leaves out. */
export function fullRules(rules: Rules): Rules {
  return GRADES.map(
    (g) =>
      rules.find((r) => r.grade === g) ??
      DEFAULT_RELEASE_RULES.rules.find((r) => r.grade === g) ?? {
        grade: g,
        authoritativeMinutes: null,
        pressMinutes: null,
      },
  );
}

/** A 发布会 due before the 权威信息 makes no sense (core refuses it too). */
export function pressBeforeAuthoritative(rules: Rules): boolean {
  return rules.some(
    (r) =>
      r.pressMinutes !== null && r.authoritativeMinutes !== null && r.pressMinutes < r.authoritativeMinutes,
  );
}

/**
 * 信息发布时限 (设置 → 信息发布): hours from intake within which 权威信息 and a 新闻发布会
 * must be out, per grade. Ⅰ/Ⅱ hold the national rule (5 h, 24 h); Ⅲ/Ⅳ are the county's
 * to set. Each save is a new version from now: clocks already running keep theirs.
 */
export function ReleaseRulesPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const q = useApiQuery('releases.rules', {});
  const [draft, setDraft] = useState<Rules | null>(null);
  const save = useApiMutation('releases.saveRules', {
    onSuccess: (r) => {
      void message.success(t('releases.rules.saved', { at: toLocalText(r.effectiveFrom ?? '', tz) }));
      setDraft(null);
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const rules = fullRules(draft ?? q.data.rules);
  const setRule = (grade: Grade, field: ClockField, hours: number | null) =>
    setDraft(rules.map((r) => (r.grade === grade ? { ...r, [field]: toMinutes(hours) } : r)));
  const bad = pressBeforeAuthoritative(rules);
  const hours = (r: Rule, field: ClockField) => {
    const kind = field === 'pressMinutes' ? 'press' : 'authoritative';
    return (
      <span data-testid={`release-rule-${r.grade}-${kind}`}>
        <InputNumber
          min={0.5}
          max={168}
          step={0.5}
          precision={1}
          value={toHours(r[field])}
          disabled={!admin}
          placeholder={t('releases.rules.none')}
          suffix={t('releases.rules.hours')}
          aria-label={`${t(`grade.${r.grade}`)} ${t(`releaseClock.${kind}`)}`}
          onChange={(v) => setRule(r.grade, field, typeof v === 'number' ? v : null)}
        />
      </span>
    );
  };
  return (
    <Card className="dr-form-card" title={t('releases.rules.title')} data-testid="release-rules">
      {!admin ? (
        <Alert type="info" showIcon className="dr-form-alert" title={t('releases.rules.readOnly')} />
      ) : null}
      <p className="dr-muted">{t('releases.rules.lead')}</p>
      <Table<Rule>
        className="dr-rules-table"
        size="small"
        rowKey="grade"
        pagination={false}
        dataSource={rules}
        columns={[
          { key: 'grade', title: t('releases.rules.grade'), render: (_, r) => <GradeTag grade={r.grade} /> },
          {
            key: 'auth',
            title: t('releaseClock.authoritative'),
            render: (_, r) => hours(r, 'authoritativeMinutes'),
          },
          { key: 'press', title: t('releaseClock.press'), render: (_, r) => hours(r, 'pressMinutes') },
          {
            key: 'note',
            title: '',
            render: (_, r) =>
              r.grade === 'I' || r.grade === 'II' ? (
                <span className="dr-muted">{t('releases.rules.national')}</span>
              ) : r.grade === 'III' || r.grade === 'IV' ? (
                <span className="dr-muted">{t('releases.rules.county')}</span>
              ) : null,
          },
        ]}
      />
      {bad ? (
        <Alert
          type="error"
          showIcon
          className="dr-form-alert"
          title={t('errors.release_press_before_authoritative')}
        />
      ) : null}
      <p className="dr-muted" data-testid="release-rules-from">
        {q.data.effectiveFrom
          ? t('releases.rules.effectiveFrom', { at: toLocalText(q.data.effectiveFrom, tz) })
          : t('releases.rules.defaults')}
      </p>
      {admin ? (
        <Space>
          <Button
            type="primary"
            disabled={draft === null || bad}
            loading={save.isPending}
            onClick={() => save.mutate({ rules })}
            data-testid="release-rules-save"
          >
            {t('common.save')}
          </Button>
          <Button disabled={draft === null} onClick={() => setDraft(null)}>
            {t('releases.rules.reset')}
          </Button>
          {draft !== null ? <span className="dr-muted">{t('releases.rules.unsaved')}</span> : null}
        </Space>
      ) : null}
    </Card>
  );
}

type TemplateInput = InputOf<'releases.saveTemplate'>;

/**
 * 发布口径 (设置 → 信息发布): the wordings the 宣传部 approved per hazard, to start a draft
 * from. Administrators add and edit them and retire (停用) those no longer approved; a
 * retired one is kept (releases started from it still name it) and can be used again.
 */
export function ReleaseTemplatesPanel({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = useApiQuery('releases.templates', {});
  const [editing, setEditing] = useState<TemplateView | 'new' | null>(null);
  const save = useApiMutation('releases.saveTemplate', {
    onSuccess: (r) =>
      void message.success(
        t(r.archived ? 'releases.templates.retired' : 'releases.templates.saved', { name: r.name }),
      ),
    onError: (e) => void message.error(errorText(t, e)),
  });
  const asInput = (x: TemplateView): TemplateInput => ({
    id: x.id,
    subtype: x.subtype,
    kind: x.kind,
    name: x.name,
    facts: x.facts,
    measures: x.measures,
    advice: x.advice,
    approvedRef: x.approvedRef,
    archived: x.archived,
  });
  return (
    <Card
      className="dr-rel-templates"
      title={t('releases.templates.title')}
      data-testid="release-templates"
      extra={
        admin ? (
          <Button
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            data-testid="release-template-add"
          >
            {t('releases.templates.add')}
          </Button>
        ) : null
      }
    >
      <p className="dr-muted">{t('releases.templates.lead')}</p>
      {q.isError ? <ErrorAlert error={q.error} /> : null}
      <Table<TemplateView>
        size="small"
        rowKey="id"
        loading={q.isPending}
        pagination={false}
        dataSource={q.data?.templates ?? []}
        locale={{ emptyText: t('releases.templates.empty') }}
        rowClassName={(x) => (x.archived ? 'dr-row-inactive' : '')}
        onRow={(x) => ({ 'data-testid': 'release-template-row', 'data-name': x.name }) as object}
        columns={[
          {
            key: 'subtype',
            title: t('releases.templates.hazard'),
            render: (_, x) => t(`subtype.${x.subtype}`),
          },
          { key: 'kind', title: t('releases.field.kind'), render: (_, x) => t(`releaseKind.${x.kind}`) },
          { key: 'name', title: t('releases.templates.name'), dataIndex: 'name' },
          { key: 'ref', title: t('releases.templates.approvedRef'), dataIndex: 'approvedRef' },
          {
            key: 'state',
            title: t('releases.templates.state'),
            render: (_, x) =>
              x.archived ? (
                <Tag data-testid="release-template-state">{t('releases.templates.stateRetired')}</Tag>
              ) : (
                <Tag color="green" data-testid="release-template-state">
                  {t('releases.templates.stateInUse')}
                </Tag>
              ),
          },
          ...(admin
            ? [
                {
                  key: 'x',
                  title: '',
                  render: (_: unknown, x: TemplateView) => (
                    <Space>
                      <Button size="small" onClick={() => setEditing(x)} data-testid="release-template-edit">
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="small"
                        danger={!x.archived}
                        loading={save.isPending && save.variables?.id === x.id}
                        onClick={() => save.mutate({ ...asInput(x), archived: !x.archived })}
                        data-testid="release-template-retire"
                      >
                        {t(x.archived ? 'releases.templates.restore' : 'releases.templates.retire')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing ? (
        <TemplateDialog
          template={editing === 'new' ? null : asInput(editing)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Card>
  );
}

function TemplateDialog({ template, onClose }: { template: TemplateInput | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TemplateInput>();
  const save = useApiMutation('releases.saveTemplate', {
    onSuccess: (r) => {
      void message.success(t('releases.templates.saved', { name: r.name }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const initial: Partial<TemplateInput> = template ?? {
    kind: 'authoritative',
    archived: false,
    approvedRef: '',
  };
  return (
    <Modal
      open
      width={760}
      title={t(template ? 'releases.templates.editTitle' : 'releases.templates.addTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ ...({ 'data-testid': 'release-template-save' } as Record<string, string>) }}
    >
      <Form<TemplateInput>
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          save.mutate({
            ...(template?.id ? { id: template.id } : {}),
            subtype: v.subtype,
            kind: v.kind,
            name: v.name,
            facts: v.facts ?? '',
            measures: v.measures ?? '',
            advice: v.advice ?? '',
            approvedRef: v.approvedRef ?? '',
            archived: template?.archived ?? false,
          })
        }
      >
        <div className="dr-rel-template-head">
          <Form.Item name="subtype" label={t('releases.templates.hazard')} rules={[requiredRule(t)]}>
            <Select<Subtype>
              showSearch
              optionFilterProp="label"
              data-testid="release-template-subtype"
              options={CATEGORIES.map((c) => ({
                label: t(`category.${c}`),
                options: SUBTYPES[c].map((s) => ({ value: s, label: t(`subtype.${s}`) })),
              }))}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('releases.field.kind')} rules={[requiredRule(t)]}>
            <Select<ReleaseKind>
              data-testid="release-template-kind"
              options={RELEASE_KINDS.map((k) => ({ value: k, label: t(`releaseKind.${k}`) }))}
            />
          </Form.Item>
        </div>
        <Form.Item name="name" label={t('releases.templates.name')} rules={[requiredRule(t)]}>
          <Input maxLength={80} data-testid="release-template-name" />
        </Form.Item>
        <SectionFields testId="release-template" />
        <Form.Item
          name="approvedRef"
          label={t('releases.templates.approvedRef')}
          extra={t('releases.templates.approvedRefHint')}
        >
          <Input maxLength={120} data-testid="release-template-ref" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
