import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { BasemapConfig, BasemapInfo } from '../../../../common/contract/map';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { applyServerErrors } from '../../forms/rules';
import './basemap.css';

type Kind = BasemapConfig['kind'];

interface Values {
  kind: Kind;
  url?: string;
  overlayUrl?: string;
  subdomains?: string;
  key?: string;
  tileSize?: 256 | 512;
  maxZoom?: number;
  attribution?: string;
  path?: string;
}

// Tianditu's Web-Mercator vector map and its labels (tk = the key the user applies for).
const TIANDITU = {
  url: 'https://t{s}.tianditu.gov.cn/vec_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=vec&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
  overlayUrl:
    'https://t{s}.tianditu.gov.cn/cva_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=cva&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk={key}',
  subdomains: '0,1,2,3,4,5,6,7',
  tileSize: 256 as const,
  maxZoom: 18,
};

function valuesOf(c: BasemapConfig): Values {
  if (c.kind === 'online')
    return {
      kind: 'online',
      url: c.url,
      overlayUrl: c.overlayUrl ?? '',
      subdomains: c.subdomains,
      key: c.key,
      tileSize: c.tileSize,
      maxZoom: c.maxZoom,
      attribution: c.attribution,
    };
  if (c.kind === 'file') return { kind: 'file', path: c.path, tileSize: 256, maxZoom: 18 };
  return { kind: 'builtin', tileSize: 256, maxZoom: 18, subdomains: '' };
}

function configOf(v: Values): BasemapConfig {
  if (v.kind === 'online')
    return {
      kind: 'online',
      url: (v.url ?? '').trim(),
      overlayUrl: v.overlayUrl?.trim() ? v.overlayUrl.trim() : null,
      subdomains: (v.subdomains ?? '').replace(/\s/g, ''),
      key: (v.key ?? '').trim(),
      tileSize: v.tileSize ?? 256,
      maxZoom: v.maxZoom ?? 18,
      attribution: (v.attribution ?? '').trim(),
    };
  if (v.kind === 'file') return { kind: 'file', path: (v.path ?? '').trim() };
  return { kind: 'builtin' };
}

function FileInfo({ info }: { info: BasemapInfo }) {
  const { t } = useTranslation();
  const f = info.file;
  if (!f) return null;
  return (
    <Descriptions
      size="small"
      column={2}
      bordered
      className="dr-basemap-info"
      data-testid="basemap-file-info"
    >
      <Descriptions.Item label={t('basemap.file.format')}>
        {f.format === 'mbtiles' ? 'MBTiles' : 'PMTiles'}
      </Descriptions.Item>
      <Descriptions.Item label={t('basemap.file.type')}>{t(`basemap.file.${f.type}`)}</Descriptions.Item>
      <Descriptions.Item label={t('basemap.file.zooms')}>{`${f.minZoom} – ${f.maxZoom}`}</Descriptions.Item>
      <Descriptions.Item
        label={t('basemap.file.size')}
      >{`${(f.sizeBytes / 1024 / 1024).toFixed(1)} MB`}</Descriptions.Item>
      {f.name ? <Descriptions.Item label={t('basemap.file.name')}>{f.name}</Descriptions.Item> : null}
      {f.bounds ? (
        <Descriptions.Item label={t('basemap.file.bounds')}>
          {f.bounds.map((x) => x.toFixed(3)).join(', ')}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/**
 * 地图底图 (settings): the county's own basemap, an online tile service (Tianditu or an
 * intranet node) or an offline MBTiles/PMTiles file on this computer. Online origins are
 * let into the page's security policy, and only those: a page reload applies them.
 */
export function BasemapSettings({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const current = useApiQuery('map.basemap', {});
  const [saved, setSaved] = useState<BasemapInfo | null>(null);
  const kind = Form.useWatch('kind', form);
  const save = useApiMutation('map.setBasemap', {
    onSuccess: (info) => {
      setSaved(info);
      void message.success(t('basemap.saved'));
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  useEffect(() => {
    if (current.data && !form.isFieldsTouched()) form.setFieldsValue(valuesOf(current.data.config));
  }, [current.data, form]);

  const info = saved ?? current.data ?? null;
  return (
    <Card title={t('basemap.title')} data-testid="basemap-settings">
      <ErrorAlert error={current.error} />
      {info?.problem ? (
        <Alert type="warning" showIcon title={info.problem.message} className="dr-form-alert" />
      ) : null}
      {saved ? (
        <Alert
          type="info"
          showIcon
          className="dr-form-alert"
          title={t('basemap.reloadHint')}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => window.location.reload()}>
              {t('basemap.reload')}
            </Button>
          }
        />
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        disabled={!admin}
        initialValues={{ kind: 'builtin', tileSize: 256, maxZoom: 18 }}
        onFinish={(v) => save.mutate({ basemap: configOf(v) })}
        className="dr-basemap-form"
      >
        <Form.Item name="kind" label={t('basemap.kind')}>
          <Radio.Group
            optionType="button"
            options={(['builtin', 'online', 'file'] as const).map((k) => ({
              value: k,
              label: t(`basemap.kind.${k}`),
            }))}
          />
        </Form.Item>
        <p className="dr-muted">{t(`basemap.kindHint.${kind ?? 'builtin'}`)}</p>
        {kind === 'online' ? (
          <>
            <Button size="small" className="dr-form-alert" onClick={() => form.setFieldsValue(TIANDITU)}>
              {t('basemap.tianditu')}
            </Button>
            <Form.Item
              name="url"
              label={t('basemap.url')}
              extra={t('basemap.urlHint')}
              rules={[{ required: true, message: t('errors.field.required') }]}
            >
              <Input maxLength={1000} />
            </Form.Item>
            <Form.Item name="overlayUrl" label={t('basemap.overlayUrl')}>
              <Input maxLength={1000} />
            </Form.Item>
            <Space wrap align="start">
              <Form.Item name="key" label={t('basemap.key')}>
                <Input.Password maxLength={128} className="dr-basemap-key" autoComplete="off" />
              </Form.Item>
              <Form.Item name="subdomains" label={t('basemap.subdomains')}>
                <Input maxLength={60} />
              </Form.Item>
              <Form.Item name="tileSize" label={t('basemap.tileSize')}>
                <Select
                  options={[256, 512].map((n) => ({ value: n, label: String(n) }))}
                  className="dr-basemap-small"
                />
              </Form.Item>
              <Form.Item name="maxZoom" label={t('basemap.maxZoom')}>
                <InputNumber min={1} max={22} precision={0} />
              </Form.Item>
              <Form.Item name="attribution" label={t('basemap.attribution')}>
                <Input maxLength={200} />
              </Form.Item>
            </Space>
          </>
        ) : null}
        {kind === 'file' ? (
          <Form.Item
            name="path"
            label={t('basemap.path')}
            extra={t('basemap.pathHint')}
            rules={[{ required: true, message: t('errors.field.required') }]}
          >
            <Input maxLength={1000} placeholder={t('basemap.pathPlaceholder')} data-testid="basemap-path" />
          </Form.Item>
        ) : null}
        {info?.config.kind === 'file' && kind === 'file' ? <FileInfo info={info} /> : null}
        {admin ? (
          <Button type="primary" htmlType="submit" loading={save.isPending} className="dr-basemap-save">
            {t('common.save')}
          </Button>
        ) : (
          <Alert type="info" showIcon title={t('settings.adminOnly')} />
        )}
      </Form>
    </Card>
  );
}
