import { useEffect, useRef, useState } from 'react';
import { Alert, Button, Card, Empty, Progress, Skeleton, Table, Tag } from 'antd';
import { CheckCircleOutlined, PlayCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { EquipmentView, Template } from '../../../../common/contract/equipment';
import { useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormatDateTime } from '../../time/useRoomTime';
import { CheckForm, type RecordResult } from './CheckForm';
import { DueTag } from './DueTag';
import { intervalLabel } from './format';
import { hrefOf } from '../../router/hash';

interface Item {
  equipment: EquipmentView;
  template: Template;
}
interface Done {
  item: Item;
  result: RecordResult | null;
}

/**
 * The shift's check round (本班检查): what is due or overdue now, then each item in
 * turn, keyboard only. The list is taken when the round starts, so items do not move
 * under the officer's hands as checks come in.
 */
export function RoundTab() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const due = useApiQuery('equipment.due', {});
  const openFaults = useApiQuery('faults.list', { open: true });
  const faultById = new Map((openFaults.data ?? []).map((f) => [f.id, f]));
  const [round, setRound] = useState<{ id: string; items: Item[] } | null>(null);
  const [done, setDone] = useState<Done[]>([]);
  const [finished, setFinished] = useState(false);
  const startRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!round && due.data?.items.length) startRef.current?.focus();
  }, [round, due.data]);

  useEffect(() => {
    if (!round || finished) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !document.querySelector('.ant-modal-wrap')) {
        e.preventDefault();
        setFinished(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [round, finished]);

  if (due.isPending) return <Skeleton active />;
  if (due.isError) return <ErrorAlert error={due.error} />;

  const start = () => {
    setRound({ id: newClientKey().replace(/^k_/, 'rd_').slice(0, 40), items: due.data.items });
    setDone([]);
    setFinished(false);
  };

  if (!round) {
    const items = due.data.items;
    return (
      <Card
        title={t('equipment.round.title')}
        extra={
          <span className="dr-muted">
            {t('equipment.round.shift', { from: fmt(due.data.shift.start), to: fmt(due.data.shift.end) })}
          </span>
        }
      >
        {items.length === 0 ? (
          <Empty description={t('equipment.round.nothing')} />
        ) : (
          <>
            <p className="dr-eq-lead">
              {t('equipment.round.lead', {
                n: items.length,
                overdue: items.filter((i) => i.equipment.due.state === 'overdue').length,
              })}
            </p>
            <Table<Item>
              size="small"
              rowKey={(i) => i.equipment.id}
              pagination={false}
              dataSource={items}
              rowClassName={(i) => (i.equipment.due.state === 'overdue' ? 'dr-eq-row-overdue' : '')}
              columns={[
                {
                  title: t('equipment.col.name'),
                  render: (_v, i) => <span className="dr-strong">{i.equipment.name}</span>,
                },
                {
                  title: t('equipment.col.kind'),
                  width: 150,
                  render: (_v, i) => t(`equipmentKind.${i.equipment.kind}`),
                },
                {
                  title: t('equipment.col.interval'),
                  width: 130,
                  render: (_v, i) => intervalLabel(t, i.equipment.interval),
                },
                {
                  title: t('equipment.col.lastCheck'),
                  width: 170,
                  render: (_v, i) => fmt(i.equipment.lastCheckAt) || t('equipment.never'),
                },
                {
                  title: t('equipment.col.due'),
                  width: 130,
                  render: (_v, i) => <DueTag due={i.equipment.due} />,
                },
              ]}
            />
            <div className="dr-eq-round-start">
              <Button
                ref={startRef}
                type="primary"
                size="large"
                icon={<PlayCircleOutlined />}
                onClick={start}
                data-testid="round-start"
              >
                {t('equipment.round.start')}
              </Button>
              <span className="dr-muted">{t('equipment.round.startHint')}</span>
            </div>
          </>
        )}
      </Card>
    );
  }

  const index = done.length;
  const current = round.items[index];
  if (finished || !current) {
    const failed = done.filter((d) => d.result && !d.result.check.passed);
    return (
      <Card title={t('equipment.round.summary')} data-testid="round-summary">
        <Alert
          type={failed.length ? 'warning' : 'success'}
          showIcon
          title={t('equipment.round.summaryLine', {
            checked: done.filter((d) => d.result).length,
            failed: failed.length,
            skipped: done.filter((d) => !d.result).length + (round.items.length - done.length),
          })}
        />
        <Table<Done>
          className="dr-eq-summary-table"
          size="small"
          rowKey={(d) => d.item.equipment.id}
          pagination={false}
          dataSource={done}
          columns={[
            { title: t('equipment.col.name'), render: (_v, d) => d.item.equipment.name },
            {
              title: t('equipment.col.result'),
              width: 120,
              render: (_v, d) =>
                d.result ? (
                  <Tag color={d.result.check.passed ? 'green' : 'red'} bordered={false}>
                    {t(d.result.check.passed ? 'checkResult.pass' : 'checkResult.fail')}
                  </Tag>
                ) : (
                  <Tag bordered={false}>{t('equipment.skipped')}</Tag>
                ),
            },
            {
              title: t('equipment.col.fault'),
              render: (_v, d) =>
                d.result?.faultOpened ? (
                  <a href={hrefOf('equipment', ['faults'])} data-testid="round-fault">
                    {t('equipment.round.faultOpened', {
                      number: faultById.get(d.result.faultOpened)?.number ?? '',
                      deadline: fmt(faultById.get(d.result.faultOpened)?.deadlineAt),
                    })}
                  </a>
                ) : d.result?.faultClosed ? (
                  t('equipment.round.faultClosed')
                ) : null,
            },
          ]}
        />
        <div className="dr-eq-round-start">
          <Button type="primary" icon={<CheckCircleOutlined />} onClick={() => setRound(null)} autoFocus>
            {t('equipment.round.back')}
          </Button>
        </div>
      </Card>
    );
  }

  const e = current.equipment;
  return (
    <Card
      data-testid="round-item"
      title={
        <span className="dr-eq-round-title">
          <span data-testid="round-item-name">{e.name}</span>
          <Tag bordered={false}>{t(`equipmentKind.${e.kind}`)}</Tag>
          <DueTag due={e.due} />
        </span>
      }
      extra={
        <span className="dr-eq-round-progress">
          {t('equipment.round.progress', { i: index + 1, n: round.items.length })}
          <Progress
            percent={Math.round((index / round.items.length) * 100)}
            size="small"
            showInfo={false}
            className="dr-eq-progress"
          />
        </span>
      }
    >
      <div className="dr-eq-round-meta dr-muted">
        {[e.model, e.serial, e.location, [e.custodianA, e.custodianB].filter(Boolean).join(' / ')]
          .filter(Boolean)
          .join(' · ')}
        {e.openFault ? (
          <Tag color="red" bordered={false} className="dr-eq-inline-tag">
            {t('equipment.hasOpenFault', { number: e.openFault.number })}
          </Tag>
        ) : null}
      </div>
      <CheckForm
        key={e.id}
        equipment={e}
        template={current.template}
        roundId={round.id}
        onDone={(r) => setDone((d) => [...d, { item: current, result: r }])}
        onSkip={() => setDone((d) => [...d, { item: current, result: null }])}
        submitLabel={t('equipment.saveNext')}
      />
      <div className="dr-eq-round-foot dr-muted">{t('equipment.round.escHint')}</div>
    </Card>
  );
}
