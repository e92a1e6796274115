import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { Button, Empty, Form, Input, Spin } from 'antd';
import { ArrowLeftOutlined, LockOutlined, SearchOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import type { Role } from '../../../common/domain/roles';
import { adoptSession } from '../api/auth';
import { useApiMutation, useApiQuery } from '../api/hooks';
import { BrandMark } from '../components/BrandMark';
import { Clock } from '../components/Clock';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleTag } from '../components/RoleTag';
import { ConnectionIndicator } from '../components/ConnectionIndicator';

/** Order of the groups on the sign-in screen: whoever is accountable for the shift first. */
export const ROLE_ORDER: readonly Role[] = ['leader', 'shift_chief', 'duty_officer', 'admin'];

interface Props {
  info: SystemInfo;
  /** Set when switching: the operator who is at the desk now. */
  current: Operator | null;
  onCancel?: () => void;
  onSignedIn: () => void;
}

export function SignInPage({ info, current, onCancel, onSignedIn }: Props) {
  const { t } = useTranslation();
  const operators = useApiQuery('operators.list', {});
  const [selected, setSelected] = useState<Operator | null>(null);

  return (
    <div className="dr-signin">
      <aside className="dr-signin-side">
        <BrandMark subtitle={t('app.tagline')} />
        <div className="dr-signin-place">
          <div className="dr-signin-bureau">{info.bureauName}</div>
          <div className="dr-signin-county">{info.countyName}</div>
        </div>
        <Clock timeZone={info.timeZone} className="dr-signin-clock" />
        <div className="dr-signin-side-foot">
          <ConnectionIndicator />
          <LanguageSwitch />
        </div>
      </aside>
      <main className="dr-signin-main">
        <div className="dr-signin-panel">
          <header className="dr-signin-head">
            <h1>{current ? t('signIn.switchTitle') : t('signIn.title')}</h1>
            {current ? (
              <p className="dr-muted">{t('signIn.currentlyAtDesk', { name: current.name })}</p>
            ) : (
              <p className="dr-muted">{t('signIn.lead')}</p>
            )}
          </header>
          {operators.isPending ? (
            <Spin />
          ) : operators.isError ? (
            <ErrorAlert error={operators.error} />
          ) : selected ? (
            <ConfirmSignIn operator={selected} onBack={() => setSelected(null)} onSignedIn={onSignedIn} />
          ) : (
            <OperatorPicker operators={operators.data} onPick={setSelected} />
          )}
          {onCancel && current ? (
            <Button className="dr-signin-cancel" type="link" icon={<ArrowLeftOutlined />} onClick={onCancel}>
              {t('signIn.cancelSwitch', { name: current.name })}
            </Button>
          ) : null}
        </div>
      </main>
    </div>
  );
}

function OperatorPicker({ operators, onPick }: { operators: Operator[]; onPick: (op: Operator) => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const listRef = useRef<HTMLDivElement>(null);
  const shown = useMemo(() => {
    const q = filter.trim();
    // By name: before anyone signs in the list carries no phone numbers.
    return operators.filter((o) => o.active && (q === '' || o.name.includes(q)));
  }, [operators, filter]);

  const onFilterKey = (e: KeyboardEvent<HTMLInputElement>) => {
    // Type part of a name, press Enter: the first match is picked (one keystroke on the phone).
    if (e.key === 'Enter' && shown[0]) {
      e.preventDefault();
      onPick(shown[0]);
    }
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      listRef.current?.querySelector<HTMLButtonElement>('button')?.focus();
    }
  };

  return (
    <div>
      <Input
        autoFocus
        allowClear
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('signIn.filterPlaceholder')}
        aria-label={t('signIn.filterPlaceholder')}
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        onKeyDown={onFilterKey}
      />
      <div className="dr-operator-groups" ref={listRef}>
        {shown.length === 0 ? <Empty description={t('signIn.noMatch')} /> : null}
        {ROLE_ORDER.map((role) => {
          // Pinyin order, as on a printed duty list.
          const group = shown
            .filter((o) => o.role === role)
            .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
          if (group.length === 0) return null;
          return (
            <section key={role} className="dr-operator-group" aria-label={t(`role.${role}`)}>
              <h2 className="dr-operator-group-title">{t(`role.${role}`)}</h2>
              <div className="dr-operator-grid">
                {group.map((op) => (
                  <button key={op.id} type="button" className="dr-operator-tile" onClick={() => onPick(op)}>
                    <span className="dr-operator-name">{op.name}</span>
                    {op.hasPin ? (
                      <LockOutlined className="dr-operator-lock" aria-label={t('signIn.needsPin')} />
                    ) : null}
                  </button>
                ))}
              </div>
            </section>
          );
        })}
      </div>
    </div>
  );
}

function ConfirmSignIn({
  operator,
  onBack,
  onSignedIn,
}: {
  operator: Operator;
  onBack: () => void;
  onSignedIn: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ pin?: string }>();
  const signIn = useApiMutation('auth.signIn', {
    onSuccess: async (res) => {
      await adoptSession(queryClient, res);
      onSignedIn();
    },
    onError: () => form.setFieldValue('pin', ''),
  });

  return (
    <Form
      form={form}
      name="sign-in"
      layout="vertical"
      className="dr-signin-confirm"
      onFinish={(v) => signIn.mutate({ operatorId: operator.id, ...(v.pin ? { pin: v.pin } : {}) })}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onBack();
      }}
    >
      <div className="dr-signin-who">
        <span className="dr-signin-avatar" aria-hidden>
          <UserOutlined />
        </span>
        <div>
          <div className="dr-signin-who-name" data-testid="signin-name">
            {operator.name}
          </div>
          <RoleTag role={operator.role} />
        </div>
      </div>
      {operator.hasPin ? (
        <Form.Item
          name="pin"
          label={t('field.pin')}
          rules={[{ required: true, message: t('errors.pin_required') }]}
        >
          <Input.Password autoFocus size="large" inputMode="numeric" maxLength={8} autoComplete="off" />
        </Form.Item>
      ) : (
        <p className="dr-muted">{t('signIn.noPin')}</p>
      )}
      <ErrorAlert error={signIn.error} />
      <div className="dr-form-actions">
        <Button onClick={onBack} icon={<ArrowLeftOutlined />}>
          {t('signIn.chooseOther')}
        </Button>
        <Button
          type="primary"
          size="large"
          htmlType="submit"
          loading={signIn.isPending}
          autoFocus={!operator.hasPin}
        >
          {t('signIn.submit')}
        </Button>
      </div>
    </Form>
  );
}
