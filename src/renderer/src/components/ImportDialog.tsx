import { useState } from 'react';
import { Alert, App, Button, Modal, Select, Space, Steps, Table, Tag, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../common/contract';
import type { ColumnMapping } from '../../../common/contract/imports';
import { CRS_CODES, type CrsCode } from '../../../common/domain/facilities';
import type { Locale } from '../../../common/domain/roles';
import { ApiError } from '../../../common/result';
import { errorText } from '../api/errors';
import { useApiMutation } from '../api/hooks';
import { JobProgress } from './JobProgress';
import { apiClient } from '../api/client';
import './import-dialog.css';

type Preview = OutputOf<'imports.preview'>;

function toBase64(buf: ArrayBuffer): string {
  const bytes = new Uint8Array(buf);
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Host errors of an import: its own key (unreadable file, too many rows...) in the UI's language. */
function importErrorText(t: TFunction, err: unknown): string {
  if (err instanceof ApiError && err.key && err.key.startsWith('errors.import'))
    return t(err.key, { ...err.params, defaultValue: err.message });
  return errorText(t, err);
}

/**
 * Spreadsheet import for any register (`imports.*`): pick an XLSX or CSV file, check
 * how its columns map to the register's fields, read the row problems, then confirm.
 * Nothing is written before the confirmation, and then all rows or none.
 */
export function ImportDialog({
  target,
  title,
  onClose,
}: {
  target: string;
  title: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = (i18n.language === 'en-US' ? 'en-US' : 'zh-CN') as Locale;
  const { message } = App.useApp();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The coordinate system of the file's longitude/latitude (registers with points only).
  const [crs, setCrs] = useState<CrsCode>('wgs84');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const commit = useApiMutation('imports.commit', {
    onSuccess: (r) => {
      void message.success(t('import.done', { created: r.created, updated: r.updated }));
      onClose();
    },
    onError: (e) => setError(importErrorText(t, e)),
  });

  const load = async (f: { name: string; base64: string }, m?: ColumnMapping, c: CrsCode = crs) => {
    setBusy(true);
    setError(null);
    try {
      const p = await apiClient().call('imports.preview', {
        target,
        fileName: f.name,
        base64: f.base64,
        ...(m ? { mapping: m } : {}),
        options: { crs: c },
      });
      setPreview(p);
      setMapping(p.mapping);
    } catch (e) {
      setPreview(null);
      setError(importErrorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const pick = async (f: File) => {
    if (f.size > 1_000_000) {
      setError(t('import.tooBig'));
      return;
    }
    const next = { name: f.name, base64: toBase64(await f.arrayBuffer()) };
    setFile(next);
    await load(next);
  };

  const changeMapping = (key: string, col: number | null) => {
    const m = { ...mapping, [key]: col };
    setMapping(m);
    if (file) void load(file, m);
  };

  const fieldLabel = (key: string) => preview?.fields.find((f) => f.key === key)?.labels[locale] ?? key;
  const canCommit = preview !== null && preview.errors.length === 0 && preview.total > 0 && !busy;

  return (
    <Modal
      open
      width={1080}
      title={title}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            disabled={!canCommit}
            loading={commit.isPending}
            data-testid="import-commit"
            onClick={() =>
              file &&
              commit.mutate({ target, fileName: file.name, base64: file.base64, mapping, options: { crs } })
            }
          >
            {preview ? t('import.commit', { n: preview.total }) : t('import.commitNone')}
          </Button>
        </Space>
      }
    >
      <Steps
        size="small"
        current={preview ? (preview.errors.length ? 1 : 2) : 0}
        items={[
          { title: t('import.step.file') },
          { title: t('import.step.check') },
          { title: t('import.step.confirm') },
        ]}
        className="dr-import-steps"
      />
      <Upload.Dragger
        accept=".xlsx,.csv,.txt"
        showUploadList={false}
        beforeUpload={(f) => {
          void pick(f);
          return false;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p>{file ? t('import.fileChosen', { name: file.name }) : t('import.drop')}</p>
        <p className="dr-muted">{t('import.formats')}</p>
      </Upload.Dragger>
      <JobProgress
        job="imports.preview"
        active={busy}
        describe={(p) => t('import.progress.check', { done: p.done, total: p.total })}
        waiting={t('import.progress.reading')}
      />
      <JobProgress
        job="imports.commit"
        active={commit.isPending}
        describe={(p) => t('import.progress.commit', { done: p.done, total: p.total })}
        waiting={t('import.progress.reading')}
      />
      {error ? <Alert type="error" showIcon role="alert" title={error} className="dr-import-block" /> : null}
      {preview ? (
        <>
          {preview.crs !== null ? (
            <label className="dr-import-map-row dr-import-crs">
              <span className="dr-import-map-label">{t('import.crs')}</span>
              <Select<CrsCode>
                size="small"
                value={crs}
                onChange={(c) => {
                  setCrs(c);
                  if (file) void load(file, mapping, c);
                }}
                options={CRS_CODES.map((c) => ({ value: c, label: t(`crs.${c}`) }))}
                className="dr-import-crs-select"
                aria-label={t('import.crs')}
                data-testid="import-crs"
              />
              <span className="dr-muted">{t('import.crsHint')}</span>
            </label>
          ) : null}
          <h3 className="dr-import-h">{t('import.mapping', { row: preview.headerRow })}</h3>
          <div className="dr-import-mapping">
            {preview.fields.map((f) => (
              <label key={f.key} className="dr-import-map-row">
                <span className="dr-import-map-label">
                  {f.labels[locale]}
                  {f.required ? <span className="dr-import-req">*</span> : null}
                </span>
                <Select<number | null>
                  size="small"
                  value={mapping[f.key] ?? null}
                  onChange={(v) => changeMapping(f.key, v)}
                  options={[
                    { value: null, label: t('import.unmapped') },
                    ...preview.columns.map((c, i) => ({ value: i, label: `${i + 1}. ${c}` })),
                  ]}
                  className="dr-import-map-select"
                  aria-label={f.labels[locale]}
                />
              </label>
            ))}
          </div>
          <Alert
            className="dr-import-block"
            type={preview.errors.length ? 'error' : 'success'}
            showIcon
            title={
              preview.errors.length
                ? t('import.summaryErrors', { total: preview.total, errors: preview.errors.length })
                : t('import.summaryOk', {
                    total: preview.total,
                    created: preview.rows.filter((r) => r.action === 'create').length,
                    updated: preview.rows.filter((r) => r.action === 'update').length,
                  })
            }
          />
          {preview.errors.length ? (
            <Table
              size="small"
              className="dr-import-block"
              rowKey={(e) => `${e.row}-${e.field ?? ''}-${e.key}`}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              dataSource={preview.errors}
              data-testid="import-errors"
              columns={[
                { title: t('import.row'), dataIndex: 'row', width: 80 },
                {
                  title: t('import.field'),
                  width: 160,
                  render: (_v, e) => (e.field ? fieldLabel(e.field) : '—'),
                },
                {
                  title: t('import.problem'),
                  render: (_v, e) => t(e.key, { ...e.params, defaultValue: e.message }),
                },
              ]}
            />
          ) : null}
          <h3 className="dr-import-h">
            {t('import.preview', { n: preview.rows.length, total: preview.total })}
          </h3>
          <Table
            size="small"
            rowKey="row"
            scroll={{ x: true }}
            pagination={{ pageSize: 6, hideOnSinglePage: true }}
            dataSource={preview.rows}
            rowClassName={(r) => (r.ok ? '' : 'dr-import-bad')}
            columns={[
              { title: t('import.row'), dataIndex: 'row', width: 64, fixed: 'left' },
              {
                title: t('import.action'),
                width: 80,
                render: (_v, r) => (
                  <Tag bordered={false} color={r.action === 'create' ? 'blue' : 'gold'}>
                    {t(`import.${r.action}`)}
                  </Tag>
                ),
              },
              ...preview.fields
                .filter((f) => mapping[f.key] !== null && mapping[f.key] !== undefined)
                .map((f) => ({
                  title: f.labels[locale],
                  key: f.key,
                  ellipsis: true,
                  render: (_v: unknown, r: Preview['rows'][number]) => r.values[f.key] ?? '',
                })),
            ]}
          />
        </>
      ) : null}
    </Modal>
  );
}
