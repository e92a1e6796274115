import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { hrefOf } from '../../router/hash';
import { Section, SheetTable } from './SheetParts';
import { responseRows, type ResponseRow } from './sheetText';

type Sheet = HandoverView['sheet'];

/**
 * 正在实施的应急响应: what the incoming shift takes over first — the incidents' responses
 * and the warnings' (预警响应). Absent on sheets from before.
 */
export function ResponseSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const rows = responseRows(t, sheet);
  if (!rows) return null;
  return (
    <Section title={t('handover.section.responses', { n: rows.length })} testId="ho-responses">
      <SheetTable<ResponseRow>
        rowKey="key"
        rows={rows}
        empty={t('handover.none.responses')}
        rowClassName={(r) =>
          r.on.kind === 'warning' ? 'dr-ho-response dr-ho-response-warning' : 'dr-ho-response'
        }
        columns={[
          {
            title: t('handover.col.responseOn'),
            key: 'i',
            render: (_, r) =>
              r.on.kind === 'incident' ? (
                <a href={hrefOf('logs', ['incident', r.on.id])}>{r.on.text}</a>
              ) : (
                <a href={hrefOf('warnings', [r.on.id])}>{r.on.text}</a>
              ),
          },
          {
            title: t('handover.col.response'),
            key: 'l',
            width: 130,
            render: (_, r) => <strong>{r.level}</strong>,
          },
          { title: t('handover.col.plan'), dataIndex: 'planName', width: 260 },
          {
            title: t('handover.col.responseSince'),
            key: 's',
            width: 220,
            className: 'dr-tabular',
            render: (_, r) => r.since,
          },
          {
            title: t('handover.col.decidedBy'),
            key: 'd',
            width: 220,
            render: (_, r) => r.decided,
          },
        ]}
      />
    </Section>
  );
}
