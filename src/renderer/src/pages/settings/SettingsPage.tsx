import type { ReactNode } from 'react';
import { Alert, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { navigate, hrefOf } from '../../router/hash';
import { PageHeader } from '../../components/PageHeader';
import { GeneralSettings } from './GeneralSettings';
import { OperatorsPanel } from './OperatorsPanel';
import { WallTokensPanel } from './WallTokensPanel';
import { BackupsPanel } from './BackupsPanel';
import { AuditPanel } from './AuditPanel';
import { DeadlineRulesPanel } from '../logs/DeadlineRulesPanel';
import { GradingSettingsPanel } from '../logs/GradingSettingsPanel';
import { BasemapSettings } from '../map/BasemapSettings';
import { ReleaseRulesPanel, ReleaseTemplatesPanel } from '../releases/ReleaseSettings';
import { WarningRulesPanel } from '../warnings/RulesPanel';
import { GeoImportPanel } from '../map/GeoImportPanel';

const TABS = [
  'general',
  'operators',
  'deadlines',
  'grading',
  'releases',
  'warnings',
  'map',
  'wall',
  'backups',
  'audit',
] as const;
type Tab = (typeof TABS)[number];
const isTab = (v: string | undefined): v is Tab => v !== undefined && (TABS as readonly string[]).includes(v);

/** Settings, one tab per concern; the tab is part of the address (`#/settings/wall`). */
export function SettingsPage({ tab, operator }: { tab: string | undefined; operator: Operator }) {
  const { t } = useTranslation();
  const active: Tab = isTab(tab) ? tab : 'general';
  const admin = operator.role === 'admin';
  const adminOnly = (node: ReactNode) =>
    admin ? node : <Alert type="info" showIcon title={t('settings.adminOnly')} />;

  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.settings')}
        subtitle={admin ? t('settings.subtitleAdmin') : t('settings.subtitleReadOnly')}
      />
      <Tabs
        className="dr-settings-tabs"
        activeKey={active}
        onChange={(key) => navigate(hrefOf('settings', [key]))}
        destroyOnHidden
        items={[
          { key: 'general', label: t('settings.tab.general'), children: <GeneralSettings admin={admin} /> },
          {
            key: 'operators',
            label: t('settings.tab.operators'),
            children: <OperatorsPanel admin={admin} self={operator} />,
          },
          {
            key: 'deadlines',
            label: t('settings.tab.deadlines'),
            children: <DeadlineRulesPanel admin={admin} />,
          },
          {
            key: 'grading',
            label: t('settings.tab.grading'),
            children: <GradingSettingsPanel admin={admin} />,
          },
          {
            key: 'releases',
            label: t('releases.settings.tab'),
            children: (
              <>
                <ReleaseRulesPanel admin={admin} />
                <ReleaseTemplatesPanel admin={admin} />
              </>
            ),
          },
          {
            key: 'warnings',
            label: t('warnings.settings.tab'),
            children: <WarningRulesPanel admin={admin} />,
          },
          {
            key: 'map',
            label: t('settings.tab.map'),
            children: (
              <>
                <GeoImportPanel admin={admin} />
                <BasemapSettings admin={admin} />
              </>
            ),
          },
          { key: 'wall', label: t('settings.tab.wall'), children: adminOnly(<WallTokensPanel />) },
          { key: 'backups', label: t('settings.tab.backups'), children: adminOnly(<BackupsPanel />) },
          { key: 'audit', label: t('settings.tab.audit'), children: adminOnly(<AuditPanel />) },
        ]}
      />
    </div>
  );
}
