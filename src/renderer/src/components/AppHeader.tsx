import { App, Button, Layout } from 'antd';
import { AlertFilled, LogoutOutlined, SwapOutlined, UserOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { signOut, whoamiKey } from '../api/auth';
import { errorText } from '../api/errors';
import { Clock } from './Clock';
import { ConnectionIndicator } from './ConnectionIndicator';
import { LanguageSwitch } from './LanguageSwitch';
import { HeaderReminders } from '../pages/reminders/HeaderReminders';

interface Props {
  info: SystemInfo;
  operator: Operator;
  onSwitch: () => void;
}

/** Always on screen: whose bureau, what time it is there, who is at the desk, and whether updates arrive. */
export function AppHeader({ info, operator, onSwitch }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();

  const doSignOut = () => {
    signOut()
      .catch((err: unknown) => void message.warning(errorText(t, err)))
      .finally(() => queryClient.setQueryData(whoamiKey(null), { kind: 'anonymous', operator: null }));
  };

  return (
    <Layout.Header className="dr-header">
      <div className="dr-header-brand">
        <span className="dr-header-emblem" aria-hidden>
          <AlertFilled />
        </span>
        <div className="dr-header-titles">
          <div className="dr-header-bureau" data-testid="bureau-name">
            {info.bureauName}
          </div>
          <div className="dr-header-product">
            {t('app.productName')}
            {info.dataMode === 'demo' ? <span className="dr-demo-badge">{t('app.demoBadge')}</span> : null}
          </div>
        </div>
      </div>
      <Clock timeZone={info.timeZone} className="dr-header-clock" />
      <div className="dr-header-right">
        <ConnectionIndicator />
        <HeaderReminders />
        <div className="dr-header-operator" data-testid="current-operator">
          <UserOutlined aria-hidden />
          <span className="dr-header-operator-label">{t('header.atDesk')}</span>
          <span className="dr-header-operator-name">{operator.name}</span>
          <span className="dr-header-operator-role">{t(`role.${operator.role}`)}</span>
        </div>
        <Button size="small" ghost icon={<SwapOutlined />} onClick={onSwitch}>
          {t('header.switch')}
        </Button>
        <Button
          size="small"
          type="text"
          className="dr-header-icon-btn"
          icon={<LogoutOutlined />}
          onClick={doSignOut}
        >
          {t('header.signOut')}
        </Button>
        <LanguageSwitch />
      </div>
    </Layout.Header>
  );
}
