import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { navigate, useHashRoute, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { ContactsTab } from './ContactsTab';
import { HandoverTab } from './HandoverTab';
import { HistoryTab } from './HistoryTab';
import { MonthTab } from './MonthTab';
import { PatternsTab } from './PatternsTab';
import { VerifyTab } from './VerifyTab';
import { namesText, periodText, shiftName } from './format';
import './roster.css';

const TABS = ['month', 'handover', 'history', 'verify', 'contacts', 'shifts'] as const;
type Tab = (typeof TABS)[number];

/** 排班与交接班: `#/roster/<tab>[/<month or shift key>]`. */
export function RosterArea({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const tab = route.parts[1];
  const arg = route.parts[2];
  const active: Tab = (TABS as readonly string[]).includes(tab ?? '') ? (tab as Tab) : 'month';
  const tz = useRoomTimeZone();
  const duty = useApiQuery('roster.onDuty', {});
  const now = duty.data?.now;
  const body = (k: Tab) => {
    switch (k) {
      case 'month':
        return <MonthTab month={arg} />;
      case 'handover':
        return <HandoverTab shiftKey={arg} operator={operator} />;
      case 'history':
        return <HistoryTab />;
      case 'verify':
        return <VerifyTab />;
      case 'contacts':
        return <ContactsTab />;
      case 'shifts':
        return <PatternsTab admin={operator.role === 'admin'} />;
    }
  };
  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.roster')}
        subtitle={
          now
            ? t('roster.subtitle', {
                shift: shiftName(t, now),
                period: periodText(t, now, tz),
                leader: now.leader?.name ?? t('roster.nobody'),
                chief: now.chief?.name ?? t('roster.nobody'),
                officers:
                  namesText(
                    t,
                    now.officers.map((o) => o.name),
                  ) || t('roster.nobody'),
              })
            : undefined
        }
      />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(hrefOf('roster', [k]))}
        destroyOnHidden
        items={TABS.map((k) => ({ key: k, label: t(`roster.tab.${k}`), children: body(k) }))}
      />
    </div>
  );
}
