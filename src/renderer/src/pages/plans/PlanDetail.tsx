import { useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Empty,
  Input,
  Modal,
  Progress,
  Select,
  Space,
  Steps,
  Table,
  Timeline,
  Upload,
} from 'antd';
import { ArrowLeftOutlined, DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PlanVersionView } from '../../../../common/contract/plans';
import { PLAN_STATUSES, canMoveStatus, type PlanStatus } from '../../../../common/domain/plans';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { downloadBase64 } from '../../components/download';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf, navigate } from '../../router/hash';
import { ClockTag } from './ClockTag';
import { PlanDialog } from './PlanDialog';
import { StatusTag } from './StatusTag';
import { VersionDialog } from './VersionDialog';
import { isPlanDocument, PLAN_FILE_ACCEPT, PLAN_FILE_MAX_MB, uploadPlanFile } from './upload';

const sizeText = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

// The life cycle as steps, 废止 aside (it can end a version at any step).
const STEPS = PLAN_STATUSES.filter((s) => s !== 'repealed');

type Dialog =
  | { kind: 'plan' }
  | { kind: 'version'; v?: PlanVersionView }
  | { kind: 'status'; v: PlanVersionView }
  | { kind: 'revise' }
  | null;

/** One plan (`#/plans/<id>`): its register line and clocks, versions with their documents and levels, history. */
export function PlanDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const detail = useApiQuery('plans.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [progress, setProgress] = useState<Record<string, number>>({});
  const d = detail.data;

  const upload = async (v: PlanVersionView, file: File) => {
    if (!isPlanDocument(file.name)) return void message.error(t('errors.plan_file_type'));
    if (file.size > PLAN_FILE_MAX_MB * 1024 * 1024)
      return void message.error(
        t('errors.plan_file_too_big', { max: PLAN_FILE_MAX_MB, size: (file.size / 1024 / 1024).toFixed(1) }),
      );
    try {
      setProgress((p) => ({ ...p, [v.id]: 0 }));
      await uploadPlanFile(v.id, file, (share) => setProgress((p) => ({ ...p, [v.id]: share })));
      void message.success(t('plans.file.uploaded', { name: file.name }));
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setProgress(({ [v.id]: _done, ...rest }) => rest);
    }
  };

  const open = async (v: PlanVersionView) => {
    try {
      const f = await apiClient().call('plans.file', { versionId: v.id });
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };

  if (!d)
    return (
      <Card loading={detail.isPending}>
        <ErrorAlert error={detail.error} />
      </Card>
    );
  const p = d.plan;
  return (
    <Space direction="vertical" size={16} className="dr-full-width" data-testid="plan-detail">
      <Card
        title={
          <Space>
            <Button
              type="text"
              icon={<ArrowLeftOutlined />}
              aria-label={t('plans.back')}
              onClick={() => navigate(hrefOf('plans'))}
            />
            <span className="dr-plan-title">{p.name}</span>
          </Space>
        }
        extra={
          <Space>
            <Button onClick={() => setDialog({ kind: 'plan' })}>{t('plans.edit')}</Button>
            <Button onClick={() => setDialog({ kind: 'revise' })}>{t('plans.revise')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'version' })}>
              {t('plans.version.add')}
            </Button>
          </Space>
        }
      >
        <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }}>
          <Descriptions.Item label={t('plans.col.kind')}>{t(`planKind.${p.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('plans.col.domain')}>
            {t(`planDomain.${p.domain}`)}
            {p.hazard ? ` · ${p.hazard}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.col.ownerUnit')}>{p.ownerUnit}</Descriptions.Item>
          <Descriptions.Item label={t('plans.col.level')}>{t(`planLevel.${p.level}`)}</Descriptions.Item>
          <Descriptions.Item label={t('plans.col.filing')}>
            <span data-testid="plan-filing">
              <ClockTag clock={p.current?.filing ?? null} working />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.col.evaluation')}>
            <ClockTag clock={p.evaluation} />
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.col.drill')}>
            <ClockTag clock={p.drill} />
          </Descriptions.Item>
          <Descriptions.Item label={t('plans.col.lastDrilledOn')}>{p.lastDrilledOn ?? '—'}</Descriptions.Item>
        </Descriptions>
        {p.notes ? <p className="dr-muted dr-pre-wrap">{p.notes}</p> : null}
      </Card>

      {d.versions.length === 0 ? (
        <Card>
          <Empty description={t('plans.version.none')} />
        </Card>
      ) : null}
      {d.versions.map((v) => (
        <Card
          key={v.id}
          data-testid="plan-version"
          title={
            <Space>
              <span>{v.label}</span>
              <StatusTag status={v.status} />
              {v.id === p.current?.id ? <span className="dr-muted">{t('plans.version.current')}</span> : null}
            </Space>
          }
          extra={
            <Space>
              <Button onClick={() => setDialog({ kind: 'version', v })} disabled={v.status === 'repealed'}>
                {t('plans.edit')}
              </Button>
              <Button
                type="primary"
                ghost
                onClick={() => setDialog({ kind: 'status', v })}
                disabled={v.status === 'repealed'}
              >
                {t('plans.status.move')}
              </Button>
            </Space>
          }
        >
          <Steps
            size="small"
            className="dr-plan-steps"
            current={v.status === 'repealed' ? -1 : STEPS.indexOf(v.status)}
            status={v.status === 'repealed' ? 'error' : 'process'}
            items={STEPS.map((s) => ({ title: t(`planStatus.${s}`) }))}
          />
          <Descriptions size="small" column={{ xs: 1, md: 2, xl: 3 }} className="dr-plan-version-facts">
            <Descriptions.Item label={t('plans.version.docNo')}>{v.docNo || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.version.issuer')}>{v.issuer || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.version.issuedOn')}>{v.issuedOn ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('plans.version.filedOn')}>
              {v.filedOn ?? <ClockTag clock={v.filing} working />}
            </Descriptions.Item>
            <Descriptions.Item label={t('plans.version.evaluatedOn')}>
              {v.evaluatedOn ?? '—'}
            </Descriptions.Item>
            {v.repealedOn ? (
              <Descriptions.Item label={t('planStatus.repealed')}>{v.repealedOn}</Descriptions.Item>
            ) : null}
            <Descriptions.Item label={t('plans.file.label')}>
              <Space wrap>
                {v.file ? (
                  <Button
                    type="link"
                    size="small"
                    icon={<DownloadOutlined />}
                    onClick={() => void open(v)}
                    data-testid="plan-file"
                  >
                    {t('plans.file.name', {
                      name: v.file.fileName,
                      size: sizeText(v.file.size),
                    })}
                  </Button>
                ) : (
                  <span className="dr-muted">{t('plans.file.none')}</span>
                )}
                {progress[v.id] !== undefined ? (
                  <Progress
                    percent={Math.round(progress[v.id]! * 100)}
                    size="small"
                    className="dr-plan-progress"
                  />
                ) : (
                  <Upload
                    accept={PLAN_FILE_ACCEPT}
                    showUploadList={false}
                    beforeUpload={(f) => {
                      void upload(v, f);
                      return false;
                    }}
                  >
                    <Button size="small" icon={<UploadOutlined />}>
                      {v.file ? t('plans.file.replace') : t('plans.file.upload')}
                    </Button>
                  </Upload>
                )}
                <span className="dr-muted">{t('plans.file.limit', { max: PLAN_FILE_MAX_MB })}</span>
              </Space>
            </Descriptions.Item>
          </Descriptions>
          {v.levels.length ? (
            <Table
              size="small"
              rowKey="level"
              pagination={false}
              className="dr-plan-levels"
              dataSource={v.levels}
              columns={[
                {
                  title: t('plans.version.level'),
                  width: 120,
                  render: (_x, l) => t(`responseLevel.${l.level}`),
                },
                { title: t('plans.version.condition'), dataIndex: 'condition', className: 'dr-pre-wrap' },
                { title: t('plans.version.measures'), dataIndex: 'measures', className: 'dr-pre-wrap' },
              ]}
            />
          ) : null}
          {v.notes ? <p className="dr-muted dr-pre-wrap">{v.notes}</p> : null}
        </Card>
      ))}

      {d.history.length ? (
        <Card title={t('plans.history')}>
          <Timeline
            items={[...d.history].reverse().map((h) => ({
              children: t('plans.historyLine', {
                version: d.versions.find((v) => v.id === h.versionId)?.label ?? '',
                to: t(`planStatus.${h.to}`),
                on: h.on,
                by: h.by,
              }),
            }))}
          />
        </Card>
      ) : null}

      {dialog?.kind === 'plan' ? <PlanDialog plan={p} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'version' ? (
        <VersionDialog planId={p.id} version={dialog.v} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'status' ? <StatusDialog version={dialog.v} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'revise' ? <ReviseDialog planId={p.id} onClose={() => setDialog(null)} /> : null}
    </Space>
  );
}

/** Moves a version forward (or to 废止) on a date: 印发 and 备案 take theirs. */
function StatusDialog({ version, onClose }: { version: PlanVersionView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const next = PLAN_STATUSES.filter((s) => canMoveStatus(version.status, s));
  const [to, setTo] = useState<PlanStatus>(next[0]!);
  const [on, setOn] = useState<Dayjs | null>(dayjs());
  const move = useApiMutation('plans.setStatus', {
    onError: (e) => void message.error(errorText(t, e)),
    onSuccess: () => onClose(),
  });
  return (
    <Modal
      open
      title={t('plans.status.title', { label: version.label })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={move.isPending}
      okButtonProps={{ disabled: !on }}
      onOk={() => on && move.mutate({ versionId: version.id, status: to, on: on.format('YYYY-MM-DD') })}
      onCancel={onClose}
    >
      <Space direction="vertical" className="dr-full-width">
        <label className="dr-field-label" htmlFor="plan-status-to">
          {t('plans.status.to')}
        </label>
        <Select<PlanStatus>
          id="plan-status-to"
          value={to}
          onChange={setTo}
          className="dr-full-width"
          options={next.map((s) => ({ value: s, label: t(`planStatus.${s}`) }))}
        />
        <label className="dr-field-label" htmlFor="plan-status-on">
          {t('plans.status.on')}
        </label>
        <DatePicker id="plan-status-on" value={on} onChange={setOn} className="dr-full-width" />
      </Space>
    </Modal>
  );
}

/** 修订: the version in force goes to 修订 and a new draft starts from it, with the reason. */
function ReviseDialog({ planId, onClose }: { planId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [reason, setReason] = useState('');
  const revise = useApiMutation('plans.revise', {
    onError: (e) => void message.error(errorText(t, e)),
    onSuccess: (v) => {
      void message.success(t('plans.revised', { label: v.label }));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={t('plans.reviseTitle')}
      okText={t('plans.revise')}
      cancelText={t('common.cancel')}
      confirmLoading={revise.isPending}
      onOk={() => revise.mutate({ planId, reason: reason.trim() })}
      onCancel={onClose}
    >
      <p className="dr-muted">{t('plans.reviseHint')}</p>
      <Input.TextArea
        rows={3}
        maxLength={500}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        aria-label={t('plans.reviseReason')}
        placeholder={t('plans.reviseReason')}
      />
    </Modal>
  );
}
