import { useState } from 'react';
import { App, Button, Form, Input } from 'antd';
import { DatabaseOutlined, FormOutlined, LockOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { name, pin } from '../../../common/contract/shared';
import { apiClient } from '../api/client';
import { adoptSession } from '../api/auth';
import { errorText } from '../api/errors';
import { useApiMutation } from '../api/hooks';
import { JobProgress } from '../components/JobProgress';
import { BrandMark } from '../components/BrandMark';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { applyServerErrors, requiredRule, zodRule, useRevalidateOnLanguageChange } from '../forms/rules';

interface BlankForm {
  countyName: string;
  bureauName: string;
  adminName: string;
  pin?: string;
}

/** First run: the data directory is empty. Demo county, or a blank start for a real county. */
export function FirstRunPage() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'choose' | 'blank'>('choose');
  return (
    <div className="dr-welcome">
      <header className="dr-welcome-top">
        <BrandMark subtitle={t('app.tagline')} />
        <LanguageSwitch />
      </header>
      <main className="dr-welcome-main">
        <h1 className="dr-welcome-title">{t('firstRun.title')}</h1>
        <p className="dr-welcome-lead">{t('firstRun.lead')}</p>
        {mode === 'choose' ? (
          <ChooseMode onBlank={() => setMode('blank')} />
        ) : (
          <BlankStart onBack={() => setMode('choose')} />
        )}
      </main>
      <footer className="dr-welcome-foot">{t('firstRun.footer')}</footer>
    </div>
  );
}

function ChooseMode({ onBlank }: { onBlank: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const setup = useApiMutation('system.setup', {
    onError: (err) => void message.error(errorText(t, err)),
  });
  return (
    <div className="dr-choice-grid">
      <section className="dr-choice" aria-labelledby="choice-demo">
        <div className="dr-choice-icon">
          <DatabaseOutlined />
        </div>
        <h2 id="choice-demo">{t('firstRun.demo.title')}</h2>
        <p>{t('firstRun.demo.body')}</p>
        <ul className="dr-choice-points">
          <li>{t('firstRun.demo.point1')}</li>
          <li>{t('firstRun.demo.point2')}</li>
          <li>
            <LockOutlined /> {t('firstRun.demo.admin')}
          </li>
        </ul>
        <Button
          type="primary"
          size="large"
          block
          autoFocus
          loading={setup.isPending}
          onClick={() => setup.mutate({ mode: 'demo' })}
        >
          {t('firstRun.demo.action')}
        </Button>
        <JobProgress
          job="system.setup"
          active={setup.isPending}
          describe={(p) => t('firstRun.demo.progress', { done: p.done, total: p.total })}
          waiting={t('firstRun.demo.starting')}
        />
      </section>
      <section className="dr-choice" aria-labelledby="choice-blank">
        <div className="dr-choice-icon">
          <FormOutlined />
        </div>
        <h2 id="choice-blank">{t('firstRun.blank.title')}</h2>
        <p>{t('firstRun.blank.body')}</p>
        <ul className="dr-choice-points">
          <li>{t('firstRun.blank.point1')}</li>
          <li>{t('firstRun.blank.point2')}</li>
          <li>{t('firstRun.blank.point3')}</li>
        </ul>
        <Button size="large" block onClick={onBlank} disabled={setup.isPending}>
          {t('firstRun.blank.action')}
        </Button>
      </section>
    </div>
  );
}

function BlankStart({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<BlankForm>();
  useRevalidateOnLanguageChange(form);
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (v: BlankForm) => {
    setBusy(true);
    setError(null);
    const pinValue = v.pin?.trim() ? v.pin.trim() : undefined;
    try {
      await apiClient().call('system.setup', {
        mode: 'blank',
        countyName: v.countyName.trim(),
        bureauName: v.bureauName.trim(),
        admin: { name: v.adminName.trim(), ...(pinValue ? { pin: pinValue } : {}) },
      });
      // The person who set the county up is its first administrator: sign them in.
      const operators = await apiClient().call('operators.list', {});
      const admin = operators.find((o) => o.role === 'admin' && o.name === v.adminName.trim());
      if (admin) {
        const res = await apiClient().call('auth.signIn', {
          operatorId: admin.id,
          ...(pinValue ? { pin: pinValue } : {}),
        });
        await adoptSession(queryClient, res);
      }
      await queryClient.invalidateQueries();
    } catch (err) {
      // Field problems go next to their fields (the admin's name arrives as `admin.name`).
      const mapped = applyServerErrors(form, remapAdminPath(err), t);
      if (!mapped) setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dr-blank-card" aria-labelledby="blank-title">
      <h2 id="blank-title">{t('firstRun.blank.formTitle')}</h2>
      <p className="dr-muted">{t('firstRun.blank.formLead')}</p>
      <Form<BlankForm>
        form={form}
        name="blank-start"
        layout="vertical"
        requiredMark="optional"
        onFinish={(v) => void submit(v)}
        disabled={busy}
      >
        <Form.Item
          name="countyName"
          label={t('field.countyName')}
          rules={[requiredRule(t), zodRule(name(40), t)]}
        >
          <Input autoFocus placeholder={t('firstRun.blank.countyPlaceholder')} maxLength={40} />
        </Form.Item>
        <Form.Item
          name="bureauName"
          label={t('field.bureauName')}
          rules={[requiredRule(t), zodRule(name(60), t)]}
        >
          <Input placeholder={t('firstRun.blank.bureauPlaceholder')} maxLength={60} />
        </Form.Item>
        <Form.Item
          name="adminName"
          label={t('field.adminName')}
          extra={t('firstRun.blank.adminHint')}
          rules={[requiredRule(t), zodRule(name(30), t)]}
        >
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item
          name="pin"
          label={t('field.pin')}
          extra={t('firstRun.blank.pinHint')}
          rules={[zodRule(pin, t)]}
        >
          <Input.Password inputMode="numeric" maxLength={8} autoComplete="new-password" />
        </Form.Item>
        <ErrorAlert error={error} />
        <div className="dr-form-actions">
          <Button onClick={onBack}>{t('common.back')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('firstRun.blank.submit')}
          </Button>
        </div>
      </Form>
    </section>
  );
}

/** The form names the admin's fields flat; the contract nests them under `admin`. */
function remapAdminPath(err: unknown): unknown {
  const details = (err as { details?: { issues?: { path: string }[] } } | null)?.details;
  for (const issue of details?.issues ?? []) {
    if (issue.path === 'admin.name') issue.path = 'adminName';
    if (issue.path === 'admin.pin') issue.path = 'pin';
  }
  return err;
}
