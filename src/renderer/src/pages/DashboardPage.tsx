import { Card, Col, Row, Skeleton } from 'antd';
import {
  CloudDownloadOutlined,
  DesktopOutlined,
  SafetyCertificateOutlined,
  SettingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import { useConnectionStatus } from '../api/events';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../common/contract/operators';
import type { SystemInfo } from '../../../common/contract/system';
import { useApiQuery } from '../api/hooks';
import { ErrorAlert } from '../components/ErrorAlert';
import { PageHeader } from '../components/PageHeader';
import { RoleTag } from '../components/RoleTag';
import { IntakeButton } from '../components/IntakeButton';
import { DutyDeskRow } from './logs/DutyDesk';
import { formatClock, formatDateWithWeekday, minutesUntil, useNow } from '../time/format';
import { ROLE_ORDER } from './SignInPage';
import { EquipmentCard } from './equipment/EquipmentCard';
import { OnDutyCard } from './roster/OnDutyCard';
import { RemindersCard } from './reminders/RemindersCard';
import { SetupChecklist } from './setup/SetupChecklist';
import { DrillsCard } from './drills/DrillsCard';
import { ReleaseClocksCard } from './releases/ReleaseClocks';
import { WarningsCard } from './warnings/WarningsCard';
import { RunningDrillsStrip } from './drills/RunningDrillsStrip';
import { SupplyOrdersCard } from './supplies/SupplyOrdersCard';
import { KeyFiguresCard } from './statistics/KeyFiguresCard';
import { hrefOf } from '../router/hash';

/**
 * The shift chief's desk. It shows only what exists today; the parts that later
 * capabilities add are marked as coming, with no invented figures. The duty log
 * brings the 接报 button (F2) and the open incidents with their countdowns.
 */
export function DashboardPage({ info, operator }: { info: SystemInfo; operator: Operator }) {
  const { t } = useTranslation();
  const settings = useApiQuery('settings.get', {});
  const operators = useApiQuery('operators.list', {});
  const tz = settings.data?.timeZone ?? info.timeZone;
  const shift = settings.data?.shiftChangeTime;

  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.dashboard')}
        subtitle={t('dashboard.subtitle', { county: info.countyName })}
        extra={<IntakeButton size="large" />}
      />
      <RunningDrillsStrip />
      <SetupChecklist admin={operator.role === 'admin'} />
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('dashboard.atDesk')} className="dr-stat-card" data-testid="card-at-desk">
            <div className="dr-stat-main">{operator.name}</div>
            <RoleTag role={operator.role} />
            <div className="dr-stat-foot">
              {operator.phone ? t('dashboard.phone', { phone: operator.phone }) : t('dashboard.noPhone')}
            </div>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <TodayCard tz={tz} shift={shift} />
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('dashboard.county')} className="dr-stat-card" data-testid="card-county">
            <div className="dr-stat-main dr-stat-main-sm">{info.countyName}</div>
            <div className="dr-stat-line">{info.bureauName}</div>
            <div className="dr-stat-foot">
              {t(info.dataMode === 'demo' ? 'dashboard.dataDemo' : 'dashboard.dataReal')}
              {' · '}
              {t(`tz.${tz}`, { defaultValue: tz })}
            </div>
          </Card>
        </Col>
        <Col xs={24} md={12} xl={6}>
          <Card title={t('dashboard.operators')} className="dr-stat-card" data-testid="card-operators">
            {operators.isPending ? (
              <Skeleton active paragraph={{ rows: 2 }} />
            ) : operators.isError ? (
              <ErrorAlert error={operators.error} />
            ) : (
              <>
                <div className="dr-stat-main">
                  {t('dashboard.operatorCount', { n: operators.data.length })}
                </div>
                <div className="dr-role-counts">
                  {ROLE_ORDER.map((role) => (
                    <span key={role} className="dr-role-count">
                      {t(`role.${role}`)}
                      <strong className="dr-tabular">
                        {operators.data.filter((o) => o.role === role).length}
                      </strong>
                    </span>
                  ))}
                </div>
              </>
            )}
          </Card>
        </Col>
      </Row>
      <DutyDeskRow />
      <WarningsCard />
      <ReleaseClocksCard />
      <Row gutter={[16, 16]} className="dr-dashboard-row">
        <Col xs={24} xl={12}>
          <OnDutyCard />
        </Col>
        <Col xs={24} xl={12}>
          <EquipmentCard />
        </Col>
      </Row>
      <KeyFiguresCard />
      <DrillsCard />
      <SupplyOrdersCard />
      <Row gutter={[16, 16]} className="dr-dashboard-row">
        <Col xs={24}>
          <RemindersCard tz={tz} />
        </Col>
      </Row>
      <Row gutter={[16, 16]} className="dr-dashboard-row">
        <Col xs={24} xl={12}>
          <ShortcutsCard admin={operator.role === 'admin'} />
        </Col>
        <Col xs={24} xl={12}>
          <SystemCard info={info} />
        </Col>
      </Row>
      <ErrorAlert error={settings.error} />
    </div>
  );
}

/**
 * Today's date, the time and the shift change: the only part of the desk that changes
 * every second, so only it re-renders every second (the whole desk did, with its tables).
 */
function TodayCard({ tz, shift }: { tz: string; shift: string | undefined }) {
  const { t, i18n } = useTranslation();
  const now = useNow(1000);
  const untilShift = shift ? minutesUntil(shift, now, tz) : null;
  return (
    <Card title={t('dashboard.today')} className="dr-stat-card" data-testid="card-today">
      <div className="dr-stat-main dr-stat-main-sm">{formatDateWithWeekday(now, i18n.language, tz)}</div>
      <div className="dr-stat-line">
        {t('dashboard.nowTime')}
        <strong className="dr-tabular">{formatClock(now, i18n.language, tz, false)}</strong>
      </div>
      <div className="dr-stat-line">
        {t('dashboard.shiftChange')}
        <strong className="dr-tabular" data-testid="shift-change-time">
          {shift ?? '—'}
        </strong>
      </div>
      {untilShift !== null ? (
        <div className="dr-stat-foot">
          {t('dashboard.untilShift', { hours: Math.floor(untilShift / 60), minutes: untilShift % 60 })}
        </div>
      ) : null}
    </Card>
  );
}

function Shortcut({
  href,
  icon,
  label,
  hint,
}: {
  href: string;
  icon: ReactNode;
  label: string;
  hint: string;
}) {
  return (
    <a className="dr-shortcut" href={href}>
      <span className="dr-shortcut-icon" aria-hidden>
        {icon}
      </span>
      <span className="dr-shortcut-text">
        <span className="dr-shortcut-label">{label}</span>
        <span className="dr-shortcut-hint">{hint}</span>
      </span>
    </a>
  );
}

/** Links to what can be done today; admins get the upkeep tasks. */
function ShortcutsCard({ admin }: { admin: boolean }) {
  const { t } = useTranslation();
  return (
    <Card title={t('dashboard.shortcuts')} className="dr-stat-card">
      <div className="dr-shortcuts">
        {admin ? (
          <>
            <Shortcut
              href={hrefOf('settings', ['operators'])}
              icon={<TeamOutlined />}
              label={t('settings.tab.operators')}
              hint={t('dashboard.shortcut.operators')}
            />
            <Shortcut
              href={hrefOf('settings', ['wall'])}
              icon={<DesktopOutlined />}
              label={t('settings.tab.wall')}
              hint={t('dashboard.shortcut.wall')}
            />
            <Shortcut
              href={hrefOf('settings', ['backups'])}
              icon={<CloudDownloadOutlined />}
              label={t('settings.tab.backups')}
              hint={t('dashboard.shortcut.backups')}
            />
            <Shortcut
              href={hrefOf('settings', ['audit'])}
              icon={<SafetyCertificateOutlined />}
              label={t('settings.tab.audit')}
              hint={t('dashboard.shortcut.audit')}
            />
          </>
        ) : (
          <>
            <Shortcut
              href={hrefOf('settings', ['general'])}
              icon={<SettingOutlined />}
              label={t('settings.tab.general')}
              hint={t('dashboard.shortcut.general')}
            />
            <Shortcut
              href={hrefOf('settings', ['operators'])}
              icon={<TeamOutlined />}
              label={t('settings.tab.operators')}
              hint={t('dashboard.shortcut.operatorsView')}
            />
          </>
        )}
      </div>
    </Card>
  );
}

/** What is running: versions, live-update state, LAN mode. */
function SystemCard({ info }: { info: SystemInfo }) {
  const { t } = useTranslation();
  const status = useConnectionStatus();
  const rows: [string, ReactNode][] = [
    [t('dashboard.system.version'), info.appVersion],
    [t('dashboard.system.schema'), info.schemaVersion],
    [t('dashboard.system.live'), t(`connection.${status}`)],
    [t('dashboard.system.access'), t(info.lan ? 'dashboard.system.lan' : 'dashboard.system.local')],
  ];
  return (
    <Card title={t('dashboard.system')} className="dr-stat-card">
      <dl className="dr-kv">
        {rows.map(([k, v]) => (
          <div key={k} className="dr-kv-row">
            <dt>{k}</dt>
            <dd className="dr-tabular">{v}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
