import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { toLocalText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { formatDateTime } from '../../time/format';
import { useRoomTimeZone } from '../../time/useRoomTime';
import type { PagedBlock } from '../../print/paged/pack';
import { PrintDocument, sheetHead, signatureBlock } from '../../print/paged/PrintDocument';
import './supplies.css';

/**
 * `#/print/supplyOrder/<id>`: the 调拨指令 on A4 — who asks, what, from where, to whom and
 * where, both contacts, who approved and how (an oral approval says when its written order
 * is due), and the signatures of the approver, the room and the receiver.
 */
export function SupplyOrderPrint({ id, auto }: { id: string; auto: boolean }) {
  const tz = useRoomTimeZone();
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const settings = useApiQuery('settings.get', {});
  const order = useApiQuery('supplyOrders.get', { id });
  const [printedAt] = useState(() => new Date().toISOString());

  const blocks = useMemo((): PagedBlock[] | null => {
    const o = order.data;
    if (!o || !settings.data) return null;
    const fmt = (iso: string | null) => formatDateTime(iso, lang, tz);
    const field = (label: string, value: string) => (
      <tr key={label}>
        <th>{label}</th>
        <td>{value}</td>
      </tr>
    );
    return [
      sheetHead({
        bureau: settings.data.bureauName,
        title: t(o.drill ? 'supplyOrders.print.titleDrill' : 'supplyOrders.print.title'),
        meta: [
          t('supplyOrders.print.number', { number: o.number }),
          o.documentNo
            ? t('supplyOrders.print.documentNo', { no: o.documentNo })
            : t('supplyOrders.print.noDocument'),
        ],
      }),
      {
        kind: 'node',
        key: 'fields',
        node: (
          <table className="dr-pg-table dr-pg-fields">
            <tbody>
              {field(t('supplyOrders.field.incident'), `${o.incidentNumber} ${o.incidentTitle}`)}
              {field(
                t('supplyOrders.field.requesting'),
                [o.requestingUnit, o.requestingContact, o.requestingPhone].filter(Boolean).join('  '),
              )}
              {field(
                t('supplyOrders.field.source'),
                [o.sourceName, o.sourcePhone].filter(Boolean).join('  '),
              )}
              {field(
                t('supplyOrders.field.receiving'),
                [o.receivingUnit, o.receivingContact, o.receivingPhone].filter(Boolean).join('  '),
              )}
              {field(t('supplyOrders.field.place'), o.receivingPlace)}
              {field(
                t('supplyOrders.field.approval'),
                t(o.approval === 'oral' ? 'supplyOrders.print.oral' : 'supplyOrders.print.written', {
                  approver: o.approver,
                  at: fmt(o.approvedAt),
                }),
              )}
              {o.approval === 'oral'
                ? field(
                    t('supplyOrders.field.writtenDue'),
                    o.writtenAt
                      ? t('supplyOrders.print.writtenFiled', { at: fmt(o.writtenAt) })
                      : t('supplyOrders.print.writtenDue', { at: fmt(o.writtenDueAt) }),
                  )
                : null}
            </tbody>
          </table>
        ),
      },
      {
        kind: 'table',
        key: 'lines',
        title: t('supplyOrders.print.items'),
        continuedTitle: t('sheet.continued', { title: t('supplyOrders.print.items') }),
        columns: [
          { title: t('supplyOrders.print.no'), width: '8%', className: 'dr-pg-num' },
          { title: t('supplies.col.item') },
          { title: t('supplies.item.spec'), width: '26%' },
          { title: t('supplies.item.unit'), width: '10%' },
          { title: t('supplyOrders.col.quantity'), width: '14%', className: 'dr-pg-num' },
        ],
        rows: o.lines.map((l, i) => ({ key: l.itemId, cells: [i + 1, l.item, l.spec, l.unit, l.quantity] })),
      },
      signatureBlock('sign', [
        { role: t('supplyOrders.print.sign.approver') },
        { role: t('supplyOrders.print.sign.room') },
        { role: t('supplyOrders.print.sign.receiver') },
        { role: t('supplyOrders.print.sign.date') },
      ]),
    ];
  }, [order.data, settings.data, t, lang, tz]);

  return (
    <PrintDocument
      testId="supply-order-print"
      sheetTestId="supply-order-sheet"
      blocks={blocks}
      error={order.error ?? settings.error}
      back={() => navigate(hrefOf('supplies', ['orders']))}
      auto={auto}
      footLeft={order.data ? t('supplyOrders.print.foot', { number: order.data.number }) : ''}
      footRight={t('sheet.printedAt', { at: toLocalText(printedAt, tz) })}
    />
  );
}
