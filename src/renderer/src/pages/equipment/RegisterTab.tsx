import { useMemo, useState } from 'react';
import { Button, Card, Select, Space, Tag, Tooltip } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { FOCUS_PARAM, useRecordFocus } from '../../components/recordFocus';
import { useHashRoute } from '../../router/hash';
import type { EquipmentView } from '../../../../common/contract/equipment';
import { EQUIPMENT_KINDS, type EquipmentKind } from '../../../../common/domain/equipment';
import { useApiQuery } from '../../api/hooks';
import { apiClient } from '../../api/client';
import { ImportDialog } from '../../components/ImportDialog';
import { RegisterTable } from '../../components/RegisterTable';
import { RegisterToolbar } from '../../components/RegisterToolbar';
import { useFormatDateTime } from '../../time/useRoomTime';
import { CheckDialog } from './CheckDialog';
import { DueTag } from './DueTag';
import { EquipmentDialog } from './EquipmentDialog';
import { FaultOpenDialog } from './FaultOpenDialog';
import { intervalLabel } from './format';

type Dialog =
  | { kind: 'edit'; e?: EquipmentView }
  | { kind: 'check'; e: EquipmentView }
  | { kind: 'fault'; e: EquipmentView }
  | { kind: 'import' }
  | null;

const STATUS_COLORS = { in_use: 'green', fault: 'red', repair: 'orange', retired: 'default' } as const;

/** The register (设备台账): every item, its check state and open fault, overdue rows highlighted. */
export function RegisterTab() {
  const { t } = useTranslation();
  const fmt = useFormatDateTime();
  const [kind, setKind] = useState<EquipmentKind | undefined>();
  const [retired, setRetired] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  // An item named by the address (`?focus=<id>`: a 考核 problem, a missed check) is shown even
  // when it is retired (停用, greyed), so a link to it never leads nowhere.
  const focusId = useHashRoute().query.get(FOCUS_PARAM);
  const all = useApiQuery('equipment.list', {
    includeRetired: retired || focusId !== null,
    ...(kind ? { kind } : {}),
  });
  const list = useMemo(
    () => ({
      ...all,
      data: all.data?.filter((e) => retired || e.status !== 'retired' || e.id === focusId),
    }),
    [all, retired, focusId],
  );
  const focus = useRecordFocus(list.data?.map((e) => e.id));

  return (
    <Card
      title={t('equipment.register.title')}
      extra={
        <RegisterToolbar
          showInactive={retired}
          onShowInactive={setRetired}
          showInactiveLabel={t('equipment.showRetired')}
          importLabel={t('equipment.import')}
          onImport={() => setDialog({ kind: 'import' })}
          exportLabel={t('equipment.export')}
          onExport={() => apiClient().call('equipment.export', { includeRetired: true })}
          addLabel={t('equipment.add')}
          onAdd={() => setDialog({ kind: 'edit' })}
        >
          <Select<EquipmentKind | undefined>
            allowClear
            placeholder={t('equipment.allKinds')}
            value={kind}
            onChange={setKind}
            className="dr-eq-kind-filter"
            aria-label={t('equipment.col.kind')}
            options={EQUIPMENT_KINDS.map((k) => ({ value: k, label: t(`equipmentKind.${k}`) }))}
          />
        </RegisterToolbar>
      }
    >
      <RegisterTable<EquipmentView>
        query={list}
        pagination={false}
        data-testid="equipment-table"
        locale={{ emptyText: t('equipment.empty') }}
        rowClassName={(e) =>
          focus.rowClass(e.id) ||
          (e.due.state === 'overdue' || e.openFault?.overdue
            ? 'dr-eq-row-overdue'
            : e.status === 'retired'
              ? 'dr-row-inactive'
              : '')
        }
        columns={[
          {
            title: t('equipment.col.name'),
            render: (_v, e) => (
              <span>
                <span className="dr-strong">{e.name}</span>
                {e.handover ? (
                  <Tag bordered={false} color="geekblue" className="dr-eq-inline-tag">
                    {t('equipment.handoverTag')}
                  </Tag>
                ) : null}
                <div className="dr-muted dr-eq-sub">{[e.model, e.serial].filter(Boolean).join(' · ')}</div>
              </span>
            ),
          },
          { title: t('equipment.col.kind'), width: 130, render: (_v, e) => t(`equipmentKind.${e.kind}`) },
          { title: t('equipment.col.location'), width: 150, dataIndex: 'location' },
          {
            title: t('equipment.col.custodians'),
            width: 120,
            render: (_v, e) =>
              [e.custodianA, e.custodianB].filter(Boolean).join(' / ') || <span className="dr-muted">—</span>,
          },
          { title: t('equipment.col.interval'), width: 120, render: (_v, e) => intervalLabel(t, e.interval) },
          {
            title: t('equipment.col.status'),
            width: 90,
            render: (_v, e) => (
              <Tag color={STATUS_COLORS[e.status]} bordered={false}>
                {t(`equipmentStatus.${e.status}`)}
              </Tag>
            ),
          },
          {
            title: t('equipment.col.check'),
            width: 190,
            render: (_v, e) => (
              <span>
                <DueTag due={e.due} />
                <div className="dr-muted dr-eq-sub">
                  {e.lastCheckAt ? (
                    <>
                      {fmt(e.lastCheckAt)}
                      {e.lastCheckPassed === false ? (
                        <span className="dr-eq-fail">{t('equipment.failMarkShort')}</span>
                      ) : null}
                    </>
                  ) : (
                    t('equipment.never')
                  )}
                </div>
              </span>
            ),
          },
          {
            title: t('equipment.col.fault'),
            width: 130,
            render: (_v, e) =>
              e.openFault ? (
                <Tooltip title={t('equipment.deadlineAt', { at: fmt(e.openFault.deadlineAt) })}>
                  <Tag color={e.openFault.overdue ? 'red' : 'orange'} bordered={false}>
                    {e.openFault.overdue
                      ? t('equipment.faultOverdue', { number: e.openFault.number })
                      : e.openFault.number}
                  </Tag>
                </Tooltip>
              ) : null,
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 200,
            render: (_v, e) => (
              <Space size={0}>
                <Button
                  size="small"
                  type="link"
                  icon={<EditOutlined />}
                  onClick={() => setDialog({ kind: 'edit', e })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  disabled={e.status === 'retired'}
                  onClick={() => setDialog({ kind: 'check', e })}
                >
                  {t('equipment.check')}
                </Button>
                <Button
                  size="small"
                  type="link"
                  danger
                  disabled={Boolean(e.openFault) || e.status === 'retired'}
                  onClick={() => setDialog({ kind: 'fault', e })}
                >
                  {t('equipment.openFault')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'edit' ? (
        <EquipmentDialog equipment={dialog.e} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'check' ? <CheckDialog equipment={dialog.e} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'fault' ? (
        <FaultOpenDialog equipment={dialog.e} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'import' ? (
        <ImportDialog target="equipment" title={t('equipment.importTitle')} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}
