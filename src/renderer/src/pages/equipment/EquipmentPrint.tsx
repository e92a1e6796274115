import { useEffect } from 'react';
import { Alert, Button, Skeleton } from 'antd';
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { zonedToInstant } from '../../../../common/time/zone';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { navigate } from '../../router/hash';
import { useFormatDateTime, useRoomTimeZone } from '../../time/useRoomTime';
import { resultsLine } from './format';
import './equipment-print.css';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local calendar days → [start of `from`, start of the day after `to`) in the room's zone. */
function period(from: string, to: string, tz: string): { from: string; to: string } | null {
  const a = DAY.exec(from);
  const b = DAY.exec(to);
  if (!a || !b) return null;
  return {
    from: zonedToInstant(tz, Number(a[1]), Number(a[2]), Number(a[3])).toISOString(),
    to: zonedToInstant(tz, Number(b[1]), Number(b[2]), Number(b[3]) + 1).toISOString(),
  };
}

/**
 * `#/print/equipment?from=YYYY-MM-DD&to=YYYY-MM-DD`: the equipment check record sheet
 * (通讯设备检查记录表) for a period, A4, with the faults of the period and signatures.
 */
export function EquipmentPrint({ from, to, auto }: { from: string; to: string; auto: boolean }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const fmt = useFormatDateTime();
  const settings = useApiQuery('settings.get', {});
  const range = period(from, to, tz);
  const checks = useApiQuery('checks.history', range ? { ...range, limit: 5000 } : {}, {
    enabled: range !== null,
  });
  const faults = useApiQuery('faults.list', { limit: 1000 });
  const ready = Boolean(settings.data && checks.data && faults.data);

  useEffect(() => {
    if (!ready) return;
    document.body.dataset.printReady = '1';
    if (auto) window.print();
    return () => {
      delete document.body.dataset.printReady;
    };
  }, [ready, auto]);

  if (!range) return <Alert type="error" showIcon title={t('eq.print.badPeriod')} />;
  const items = [...(checks.data?.items ?? [])].reverse();
  const inPeriod = (faults.data ?? []).filter(
    (f) =>
      (f.openedAt >= range.from && f.openedAt < range.to) ||
      (f.closedAt !== null && f.closedAt >= range.from && f.closedAt < range.to) ||
      (f.status !== 'closed' && f.openedAt < range.to),
  );

  return (
    <div className="dr-eqp-root">
      <div className="dr-eqp-toolbar">
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/equipment/history')}>
          {t('common.back')}
        </Button>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} disabled={!ready}>
          {t('eq.print.print')}
        </Button>
        <span className="dr-muted">{t('eq.print.hint')}</span>
      </div>
      <ErrorAlert error={checks.error ?? settings.error ?? faults.error} />
      {!ready ? (
        <Skeleton active className="dr-eqp-sheet" />
      ) : (
        <article className="dr-eqp-sheet" data-testid="equipment-sheet">
          <header className="dr-eqp-head">
            <div className="dr-eqp-bureau">{settings.data!.bureauName}</div>
            <h1 className="dr-eqp-title">{t('eq.print.title')}</h1>
            <div className="dr-eqp-meta">
              <span>{t('eq.print.period', { from, to })}</span>
              <span>
                {t('eq.print.counts', {
                  n: items.length,
                  failed: items.filter((c) => !c.passed).length,
                })}
              </span>
            </div>
          </header>
          <table className="dr-eqp-table">
            <colgroup>
              <col className="dr-eqp-c-no" />
              <col className="dr-eqp-c-time" />
              <col className="dr-eqp-c-name" />
              <col />
              <col className="dr-eqp-c-verdict" />
              <col className="dr-eqp-c-who" />
            </colgroup>
            <thead>
              <tr>
                <th>{t('eq.print.no')}</th>
                <th>{t('eq.col.checkedAt')}</th>
                <th>{t('eq.col.name')}</th>
                <th>{t('eq.print.items')}</th>
                <th>{t('eq.col.result')}</th>
                <th>{t('eq.col.checker')}</th>
              </tr>
            </thead>
            <tbody>
              {items.length === 0 ? (
                <tr>
                  <td colSpan={6} className="dr-eqp-none">
                    {t('eq.print.none')}
                  </td>
                </tr>
              ) : (
                items.map((c, i) => (
                  <tr key={c.id} className={c.passed ? '' : 'dr-eqp-fail'}>
                    <td className="dr-eqp-num">{i + 1}</td>
                    <td className="dr-eqp-num">{fmt(c.checkedAt)}</td>
                    <td>{c.equipmentName}</td>
                    <td>
                      {resultsLine(t, c)}
                      {c.notes ? (
                        <div className="dr-eqp-note">{t('eq.print.note', { text: c.notes })}</div>
                      ) : null}
                    </td>
                    <td>{t(c.passed ? 'checkResult.pass' : 'checkResult.fail')}</td>
                    <td>{c.checkerName}</td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <h2 className="dr-eqp-h2">{t('eq.print.faults')}</h2>
          <table className="dr-eqp-table">
            <colgroup>
              <col className="dr-eqp-c-fno" />
              <col className="dr-eqp-c-name" />
              <col />
              <col className="dr-eqp-c-time" />
              <col className="dr-eqp-c-time" />
              <col className="dr-eqp-c-state" />
            </colgroup>
            <thead>
              <tr>
                <th>{t('eq.col.number')}</th>
                <th>{t('eq.col.name')}</th>
                <th>{t('eq.faultDescription')}</th>
                <th>{t('eq.col.openedAt')}</th>
                <th>{t('eq.col.deadline')}</th>
                <th>{t('eq.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {inPeriod.length === 0 ? (
                <tr>
                  <td colSpan={6} className="dr-eqp-none">
                    {t('eq.print.noFaults')}
                  </td>
                </tr>
              ) : (
                inPeriod.map((f) => (
                  <tr key={f.id}>
                    <td className="dr-eqp-num">{f.number}</td>
                    <td>{f.equipmentName}</td>
                    <td>{f.description}</td>
                    <td className="dr-eqp-num">{fmt(f.openedAt)}</td>
                    <td className="dr-eqp-num">{fmt(f.deadlineAt)}</td>
                    <td>
                      {t(`faultStatus.${f.status}`)}
                      {f.closedAt ? <div className="dr-eqp-num">{fmt(f.closedAt)}</div> : null}
                      {f.overdue ? <div>{t('eq.overdue')}</div> : null}
                    </td>
                  </tr>
                ))
              )}
            </tbody>
          </table>
          <footer className="dr-eqp-sign">
            {(['officer', 'chief', 'leader'] as const).map((k) => (
              <div key={k} className="dr-eqp-sign-cell">
                <span>{t(`eq.print.sign.${k}`)}</span>
                <span className="dr-eqp-sign-line" />
              </div>
            ))}
            <div className="dr-eqp-sign-cell">
              <span>{t('eq.print.date')}</span>
              <span className="dr-eqp-sign-line" />
            </div>
          </footer>
        </article>
      )}
    </div>
  );
}
