import { useState } from 'react';
import { App, Input, InputNumber, Modal, Select, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';

interface Counted {
  counted: number | null;
  reason: string;
}

/**
 * A count of one depot: every lot it holds with the ledger's figure; the keeper types
 * what is on the shelf and, where it differs, why. Saving records the count and its
 * 盘点调整 movements.
 */
export function CountDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [depotId, setDepotId] = useState<string | undefined>();
  const [note, setNote] = useState('');
  const [lines, setLines] = useState<Record<string, Counted>>({});
  const depots = useApiQuery('depots.list', {});
  const stock = useApiQuery('supplies.stock', { depotId: depotId ?? '' }, { enabled: Boolean(depotId) });
  const rows = (stock.data ?? []).flatMap((s) =>
    s.lots.map((l) => ({
      key: l.id,
      item: s.item,
      unit: s.unit,
      lotNo: l.lotNo,
      expiresOn: l.expiresOn,
      expected: l.quantity,
    })),
  );
  const save = useApiMutation('supplies.count', {
    onSuccess: () => {
      void message.success(t('supplies.counts.saved'));
      onClose();
    },
    onError: (err) => void message.error(errorText(t, err)),
  });
  const set = (lotId: string, patch: Partial<Counted>) =>
    setLines((prev) => ({ ...prev, [lotId]: { counted: null, reason: '', ...prev[lotId], ...patch } }));
  const submit = () => {
    const typed = Object.entries(lines).filter(([, v]) => v.counted !== null);
    if (!depotId || typed.length === 0) {
      void message.error(t('supplies.counts.nothing'));
      return;
    }
    save.mutate({
      depotId,
      note: note.trim(),
      lines: typed.map(([lotId, v]) => ({ lotId, counted: v.counted!, reason: v.reason.trim() })),
    });
  };
  return (
    <Modal
      open
      width={900}
      title={t('supplies.counts.new')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={submit}
      onCancel={onClose}
    >
      <div style={{ display: 'flex', gap: 8, marginBottom: 12 }}>
        <Select<string>
          value={depotId}
          onChange={(v) => {
            setDepotId(v);
            setLines({});
          }}
          placeholder={t('supplies.counts.pickDepot')}
          aria-label={t('supplies.col.depot')}
          style={{ minWidth: 240 }}
          options={(depots.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
        />
        <Input
          value={note}
          onChange={(e) => setNote(e.target.value)}
          maxLength={300}
          placeholder={t('supplies.counts.note')}
          aria-label={t('supplies.counts.note')}
        />
      </div>
      <Table
        size="small"
        pagination={false}
        dataSource={rows}
        scroll={{ y: 420 }}
        columns={[
          { title: t('supplies.col.item'), dataIndex: 'item' },
          {
            title: t('supplies.col.lot'),
            render: (_v, r) =>
              [
                r.lotNo || t('supplies.lot.unnumbered'),
                r.expiresOn ? t('supplies.lot.until', { d: r.expiresOn }) : '',
              ]
                .filter(Boolean)
                .join(' '),
          },
          {
            title: t('supplies.counts.expected'),
            align: 'right',
            render: (_v, r) => `${r.expected} ${r.unit}`,
          },
          {
            title: t('supplies.counts.counted'),
            render: (_v, r) => (
              <InputNumber
                min={0}
                max={1e9}
                value={lines[r.key]?.counted ?? null}
                aria-label={t('supplies.counts.countedFor', { item: r.item })}
                onChange={(v) => set(r.key, { counted: v })}
              />
            ),
          },
          {
            title: t('supplies.col.reason'),
            render: (_v, r) => (
              <Input
                maxLength={200}
                value={lines[r.key]?.reason ?? ''}
                aria-label={t('supplies.counts.reasonFor', { item: r.item })}
                onChange={(e) => set(r.key, { reason: e.target.value })}
              />
            ),
          },
        ]}
      />
    </Modal>
  );
}
