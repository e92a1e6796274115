import { useMemo, useState } from 'react';
import { Card, Col, Row, Segmented, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

const monthKey = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
const pct = (done: number, owed: number) => (owed ? Math.round((done / owed) * 1000) / 10 : null);

/** Check compliance per month and per kind, faults opened and closed, mean time to repair. */
export function StatsTab() {
  const { t } = useTranslation();
  const [months, setMonths] = useState<3 | 6 | 12>(3);
  const range = useMemo(() => {
    const now = new Date();
    return {
      fromMonth: monthKey(new Date(now.getFullYear(), now.getMonth() - months + 1, 1)),
      toMonth: monthKey(now),
    };
  }, [months]);
  const stats = useApiQuery('equipment.stats', range);
  if (stats.isPending) return <Skeleton active />;
  if (stats.isError) return <ErrorAlert error={stats.error} />;
  const s = stats.data;
  const byMonth = s.months.map((m) => ({
    month: m.month,
    compliance: pct(m.done, m.owed),
    opened: m.faultsOpened,
    closed: m.faultsClosed,
    failed: m.failed,
    mttr: m.mttrHours,
  }));
  const byKind = s.byKind.map((k) => ({
    kind: t(`equipmentKind.${k.kind}`),
    compliance: pct(k.done, k.owed),
    failed: k.failed,
  }));
  const owed = s.months.reduce((a, m) => a + m.owed, 0);
  const done = s.months.reduce((a, m) => a + m.done, 0);
  const opened = s.months.reduce((a, m) => a + m.faultsOpened, 0);
  const closed = s.months.reduce((a, m) => a + m.faultsClosed, 0);
  const pctLabel = (v: unknown) => (typeof v === 'number' ? `${v}%` : '—');

  return (
    <div className="dr-eq-stats" data-testid="equipment-stats">
      <div className="dr-eq-stats-bar">
        <Segmented<3 | 6 | 12>
          value={months}
          onChange={setMonths}
          options={[3, 6, 12].map((n) => ({
            value: n as 3 | 6 | 12,
            label: t('equipment.stats.months', { n }),
          }))}
        />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t('equipment.stats.compliance')}
              value={pct(done, owed) ?? '—'}
              suffix={owed ? '%' : ''}
            />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic title={t('equipment.stats.checks')} value={done} suffix={`/ ${owed}`} />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t('equipment.stats.faults')}
              value={opened}
              suffix={t('equipment.stats.closedSuffix', { n: closed })}
            />
          </Card>
        </Col>
        <Col xs={12} xl={6}>
          <Card size="small">
            <Statistic
              title={t('equipment.stats.mttr')}
              value={s.mttrHours ?? '—'}
              suffix={s.mttrHours === null ? '' : t('equipment.stats.hours')}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equipment.stats.byMonth')}>
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={byMonth} margin={{ top: 24, right: 16, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="month" />
                <YAxis domain={[0, 100]} unit="%" />
                <Tooltip formatter={pctLabel} />
                <Bar
                  dataKey="compliance"
                  name={t('equipment.stats.compliance')}
                  fill="#1f4a85"
                  isAnimationActive={false}
                  label={{ position: 'top', formatter: pctLabel }}
                />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equipment.stats.byKind')}>
            <ResponsiveContainer width="100%" height={260}>
              <BarChart data={byKind} layout="vertical" margin={{ top: 8, right: 40, left: 24, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" horizontal={false} />
                <XAxis type="number" domain={[0, 100]} unit="%" />
                <YAxis type="category" dataKey="kind" width={110} />
                <Tooltip formatter={pctLabel} />
                <Bar
                  dataKey="compliance"
                  name={t('equipment.stats.compliance')}
                  fill="#2e7d5b"
                  isAnimationActive={false}
                  label={{ position: 'right', formatter: pctLabel }}
                />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equipment.stats.faultsByMonth')}>
            <ResponsiveContainer width="100%" height={240}>
              <BarChart data={byMonth} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="month" />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="failed"
                  name={t('equipment.stats.failed')}
                  fill="#d97706"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="opened"
                  name={t('equipment.stats.opened')}
                  fill="#c0392b"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="closed"
                  name={t('equipment.stats.closed')}
                  fill="#2e7d5b"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('equipment.stats.mttrByMonth')}>
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={byMonth} margin={{ top: 8, right: 16, left: 0, bottom: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="month" />
                <YAxis />
                <Tooltip />
                <Line
                  dataKey="mttr"
                  name={t('equipment.stats.mttr')}
                  stroke="#1f4a85"
                  connectNulls
                  isAnimationActive={false}
                />
              </LineChart>
            </ResponsiveContainer>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
