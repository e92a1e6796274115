import { useState } from 'react';
import { Button, Card, Checkbox, Segmented, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarningView } from '../../../../common/contract/warnings';
import { isLive } from '../../../../common/domain/warnings';
import { useApiQuery } from '../../api/hooks';
import { DrillMarker } from '../../components/DrillMarker';
import { useSharedNow } from '../../components/useSharedNow';
import { hrefOf } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import { CapImportButton } from './CapButtons';
import { ReceiveDialog } from './ReceiveDialog';
import { useRulesSummary } from './RulesPanel';
import { ackCounts, stateOf } from './useWarningClock';
import { LevelTag, StateTag, WarningResponseTag } from './WarningTags';

/** The warnings in force (or all of them), each with its state and 回执 count on this screen's clock. */
export function WarningsList() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const now = useSharedNow();
  const [scope, setScope] = useState<'live' | 'all'>('live');
  const [drills, setDrills] = useState(false);
  const [dialog, setDialog] = useState<'receive' | null>(null);
  const list = useApiQuery('warnings.list', { scope, includeDrills: drills });
  const rules = list.data?.rules;
  const summary = useRulesSummary(rules);
  return (
    <Card
      title={
        <div className="dr-warn-toolbar">
          <Segmented<'live' | 'all'>
            value={scope}
            onChange={setScope}
            options={[
              { value: 'live', label: t('warnings.scopeLive') },
              { value: 'all', label: t('warnings.scopeAll') },
            ]}
          />
          <Checkbox checked={drills} onChange={(e) => setDrills(e.target.checked)}>
            {t('warnings.includeDrills')}
          </Checkbox>
        </div>
      }
      extra={
        <div className="dr-warn-toolbar">
          {/* The rules live in 设置 → 预警叫应 (administrators change them there). */}
          <Button href={hrefOf('settings', ['warnings'])} data-testid="warning-rules-link">
            {t('warnings.rules')}
          </Button>
          <CapImportButton />
          <Button type="primary" onClick={() => setDialog('receive')} data-testid="warning-receive">
            {t('warnings.receive')}
          </Button>
        </div>
      }
    >
      {summary ? <p className="dr-warn-rules">{summary}</p> : null}
      <Table<WarningView>
        rowKey="id"
        loading={list.isPending}
        dataSource={list.data?.warnings ?? []}
        pagination={false}
        data-testid="warnings-table"
        locale={{ emptyText: t('warnings.empty') }}
        columns={[
          { title: t('warnings.col.level'), width: 120, render: (_v, w) => <LevelTag level={w.level} /> },
          {
            title: t('warnings.col.warning'),
            render: (_v, w) => (
              <div>
                <a href={hrefOf('warnings', [w.id])} className="dr-warn-headline">
                  {w.headline}
                </a>
                <DrillMarker number={w.drillId ? t('warnings.drill') : null} />
                <div className="dr-warn-sub">
                  {t(`warningHazard.${w.hazard}`)} · {w.issuer}
                </div>
              </div>
            ),
          },
          {
            title: t('warnings.col.towns'),
            width: 220,
            render: (_v, w) => w.towns.map((x) => x.name).join(t('list.comma')),
          },
          {
            title: t('warnings.col.received'),
            width: 150,
            className: 'dr-tabular',
            render: (_v, w) => fmt(w.receivedAt),
          },
          {
            title: t('warnings.col.state'),
            width: 110,
            render: (_v, w) => (rules ? <StateTag state={stateOf(w, rules, now)} /> : null),
          },
          {
            title: t('warnings.col.response'),
            width: 140,
            render: (_v, w) =>
              rules ? <WarningResponseTag w={w} over={!isLive(stateOf(w, rules, now))} /> : null,
          },
          {
            title: t('warnings.col.acks'),
            width: 130,
            render: (_v, w) => {
              if (!rules || w.recipients.length === 0) return '—';
              const c = ackCounts(w, rules, now);
              return (
                <span data-testid="warning-acks">
                  <span className="dr-tabular">{t('warnings.acks', c)}</span>
                  {c.late > 0 ? (
                    <span className="dr-warn-late"> {t('warnings.late', { n: c.late })}</span>
                  ) : null}
                </span>
              );
            },
          },
        ]}
      />
      {dialog === 'receive' ? <ReceiveDialog onClose={() => setDialog(null)} /> : null}
    </Card>
  );
}
