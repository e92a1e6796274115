import { useEffect } from 'react';
import { Alert, App, Button, Card, Form, InputNumber, List, Space, Switch, Tag } from 'antd';
import { DesktopOutlined, ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DisplayView } from '../../../../common/contract/desktop';
import { WALL_ROTATE_SECONDS, wallRotateSeconds } from '../../../../common/contract/settings';
import { isDesktop } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  applyServerErrors,
  requiredNumberRule,
  useRevalidateOnLanguageChange,
  zodRule,
} from '../../forms/rules';

interface WallForm {
  wallAlarmSound: boolean;
  wallRotateSeconds: number;
}

/**
 * The wall's settings (admin): alarm sound (off by default) and the rotating panel's
 * interval, stored as settings; in the desktop app also the screen the wall fills.
 */
export function WallSettingsPanel() {
  const { t } = useTranslation();
  return (
    <Card title={t('wall.settings.title')} data-testid="wall-settings">
      <WallOptions />
      {isDesktop() ? <WallDisplays /> : <p className="dr-muted">{t('wall.settings.browserOnly')}</p>}
    </Card>
  );
}

function WallOptions() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<WallForm>();
  useRevalidateOnLanguageChange(form);
  const settings = useApiQuery('settings.get', {});
  const update = useApiMutation('settings.update', {
    onSuccess: (saved) => {
      void message.success(t('wall.settings.saved'));
      form.resetFields();
      form.setFieldsValue({
        wallAlarmSound: saved.wallAlarmSound,
        wallRotateSeconds: saved.wallRotateSeconds,
      });
    },
    onError: (err) => {
      if (!applyServerErrors(form, err, t)) void message.error(errorText(t, err));
    },
  });
  const current = settings.data;
  useEffect(() => {
    if (current && !form.isFieldsTouched())
      form.setFieldsValue({
        wallAlarmSound: current.wallAlarmSound,
        wallRotateSeconds: current.wallRotateSeconds,
      });
  }, [current, form]);

  if (settings.isError) return <ErrorAlert error={settings.error} />;
  return (
    <Form<WallForm>
      form={form}
      name="wall-settings"
      layout="horizontal"
      colon={false}
      labelCol={{ flex: '160px' }}
      wrapperCol={{ flex: '1' }}
      initialValues={{ wallAlarmSound: false, wallRotateSeconds: 20 }}
      onFinish={(v) =>
        update.mutate({ wallAlarmSound: v.wallAlarmSound, wallRotateSeconds: v.wallRotateSeconds })
      }
      className="dr-settings-form"
    >
      <Form.Item
        name="wallAlarmSound"
        label={t('wall.settings.sound')}
        valuePropName="checked"
        extra={t('wall.settings.soundHint')}
      >
        <Switch />
      </Form.Item>
      <Form.Item
        name="wallRotateSeconds"
        label={t('wall.settings.rotate')}
        extra={t('wall.settings.rotateHint', WALL_ROTATE_SECONDS)}
        rules={[requiredNumberRule(t), zodRule(wallRotateSeconds, t)]}
      >
        <InputNumber min={WALL_ROTATE_SECONDS.min} max={WALL_ROTATE_SECONDS.max} precision={0} />
      </Form.Item>
      <Form.Item label=" ">
        <Button type="primary" htmlType="submit" loading={update.isPending} disabled={!current}>
          {t('common.save')}
        </Button>
      </Form.Item>
    </Form>
  );
}

/** Desktop only: the screens attached now, and where the wall is or will come back. */
function WallDisplays() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const list = useApiQuery('desktop.displays', {});
  const onError = (err: unknown) => void message.error(errorText(t, err));
  const open = useApiMutation('desktop.openWall', { onError });
  const close = useApiMutation('desktop.closeWall', { onError });
  const wall = list.data?.wall;

  const openOn = (d: DisplayView) => {
    if (!d.primary) return open.mutate({ displayId: d.id });
    // The desk's own screen: a kiosk wall there covers the app; say so first.
    modal.confirm({
      title: t('wall.settings.primaryWarn'),
      okText: t('wall.settings.primaryOk'),
      cancelText: t('common.cancel'),
      onOk: () => open.mutateAsync({ displayId: d.id }).then(() => undefined),
    });
  };

  return (
    <div className="dr-wall-displays">
      <h4>{t('wall.settings.displays')}</h4>
      <p className="dr-muted">{t('wall.settings.displaysHint')}</p>
      <ErrorAlert error={list.error} />
      {wall ? (
        <Space className="dr-wall-display-state">
          <Tag color={wall.open ? 'green' : undefined} bordered={false} data-testid="wall-window-state">
            {t(wall.open ? 'wall.settings.stateOpen' : 'wall.settings.stateClosed')}
          </Tag>
          {wall.displayMissing ? (
            <Alert type="warning" showIcon title={t('wall.settings.stateMissing')} />
          ) : null}
          {wall.open ? (
            <Button onClick={() => close.mutate({})} loading={close.isPending}>
              {t('wall.settings.close')}
            </Button>
          ) : null}
          <Button
            icon={<ReloadOutlined />}
            onClick={() => void list.refetch()}
            aria-label={t('common.retry')}
          />
        </Space>
      ) : null}
      <List<DisplayView>
        loading={list.isPending}
        dataSource={list.data?.displays ?? []}
        renderItem={(d, i) => {
          const here = wall?.open === true && wall.displayId === d.id;
          return (
            <List.Item
              actions={[
                here ? (
                  <Tag color="green" bordered={false} key="here">
                    {t('wall.settings.showing')}
                  </Tag>
                ) : (
                  <Button
                    key="open"
                    icon={<DesktopOutlined />}
                    onClick={() => openOn(d)}
                    loading={open.isPending}
                  >
                    {t(wall?.open ? 'wall.settings.move' : 'wall.settings.open')}
                  </Button>
                ),
              ]}
            >
              <List.Item.Meta
                title={d.label || t('wall.settings.displayName', { n: i + 1 })}
                description={
                  <>
                    {t('wall.settings.resolution', {
                      width: d.width,
                      height: d.height,
                      scale: Math.round(d.scaleFactor * 100),
                    })}
                    {d.primary ? ` · ${t('wall.settings.primary')}` : ''}
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </div>
  );
}
