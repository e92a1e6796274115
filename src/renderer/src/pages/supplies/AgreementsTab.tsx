import { useState } from 'react';
import { Button, Card, Input, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgreementView } from '../../../../common/contract/supply-orders';
import { useApiQuery } from '../../api/hooks';
import { reserveLine } from './reserveLine';
import { AgreementDialog } from './AgreementDialog';

/**
 * 协议储备: enterprises under contract, with what they hold or make per item, hours to
 * deliver and the contract's dates; above them every item county-wide, physical stock
 * beside what agreements add ("实物 120 + 协议 500, 24 h").
 */
export function AgreementsTab({ initialQ }: { initialQ: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initialQ);
  const [editing, setEditing] = useState<{ a?: AgreementView } | null>(null);
  const agreements = useApiQuery('supplyAgreements.list', {});
  const reserves = useApiQuery('supplies.reserves', q.trim() ? { q: q.trim().slice(0, 60) } : {});
  const words = q.trim().toLowerCase();
  const shown = (agreements.data ?? []).filter(
    (a) => !words || `${a.enterprise} ${a.lines.map((l) => l.item).join(' ')}`.toLowerCase().includes(words),
  );
  return (
    <>
      <Card
        title={t('supplyAgreements.reserves')}
        extra={
          <Input.Search
            allowClear
            value={q}
            onChange={(e) => setQ(e.target.value)}
            placeholder={t('supplyAgreements.search')}
            aria-label={t('supplyAgreements.search')}
            className="dr-res-search"
          />
        }
      >
        <Table
          size="small"
          rowKey="itemId"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          dataSource={reserves.data ?? []}
          data-testid="supply-reserves"
          columns={[
            { title: t('supplies.col.item'), render: (_v, r) => [r.item, r.spec].filter(Boolean).join(' ') },
            {
              title: t('supplyAgreements.reserve'),
              render: (_v, r) => (
                <span className="dr-tabular" data-testid="reserve-line">
                  {reserveLine(t, r)}
                </span>
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={t('supplyAgreements.title')}
        style={{ marginTop: 16 }}
        extra={
          <Button type="primary" onClick={() => setEditing({})}>
            {t('supplyAgreements.add')}
          </Button>
        }
      >
        <Table<AgreementView>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={shown}
          data-testid="supply-agreements"
          columns={[
            {
              title: t('supplyAgreements.enterprise'),
              render: (_v, a) => (
                <span>
                  {a.enterprise} <Tag bordered={false}>{t(`agreementKind.${a.kind}`)}</Tag>
                </span>
              ),
            },
            { title: t('supplyAgreements.contact'), render: (_v, a) => `${a.contact} ${a.phone24}` },
            {
              title: t('supplyAgreements.items'),
              render: (_v, a) =>
                a.lines
                  .map((l) =>
                    [
                      l.item,
                      l.quantity !== null ? `${l.quantity}${l.unit}` : null,
                      l.capacityPerDay !== null
                        ? t('supplyAgreements.perDay', { n: l.capacityPerDay, unit: l.unit })
                        : null,
                    ]
                      .filter(Boolean)
                      .join(' '),
                  )
                  .join(t('supplies.listSep')),
            },
            {
              title: t('supplyAgreements.hoursToDeliver'),
              render: (_v, a) => t('supplyAgreements.hoursShort', { h: a.hoursToDeliver }),
            },
            {
              title: t('supplyAgreements.contract'),
              render: (_v, a) => (
                <span className={a.expired ? 'dr-sup-out' : ''}>
                  {a.contractStart} — {a.contractEnd}
                </span>
              ),
            },
            {
              title: t('supplies.col.actions'),
              render: (_v, a) => (
                <Button size="small" onClick={() => setEditing({ a })}>
                  {t('common.edit')}
                </Button>
              ),
            },
          ]}
        />
      </Card>
      {editing ? <AgreementDialog agreement={editing.a} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
