import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { hrefOf } from '../../router/hash';
import { Section, SheetTable } from './SheetParts';
import { responseCells } from './sheetText';

type Sheet = HandoverView['sheet'];
type Row = NonNullable<Sheet['responses']>[number];

/** 正在实施的应急响应: what the incoming shift takes over first. Absent on sheets from before. */
export function ResponseSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  if (!sheet.responses) return null;
  return (
    <Section title={t('handover.section.responses', { n: sheet.responses.length })} testId="ho-responses">
      <SheetTable<Row>
        rowKey="incidentId"
        rows={sheet.responses}
        empty={t('handover.none.responses')}
        rowClassName={() => 'dr-ho-response'}
        columns={[
          {
            title: t('handover.col.incident'),
            key: 'i',
            render: (_, r) => (
              <a href={hrefOf('logs', ['incident', r.incidentId])}>
                <span className="dr-tabular">{r.number}</span> {r.title}
              </a>
            ),
          },
          {
            title: t('handover.col.response'),
            key: 'l',
            width: 130,
            render: (_, r) => <strong>{responseCells(t, r, sheet.timeZone).level}</strong>,
          },
          { title: t('handover.col.plan'), dataIndex: 'planName', width: 260 },
          {
            title: t('handover.col.responseSince'),
            key: 's',
            width: 220,
            className: 'dr-tabular',
            render: (_, r) => responseCells(t, r, sheet.timeZone).since,
          },
          {
            title: t('handover.col.decidedBy'),
            key: 'd',
            width: 220,
            render: (_, r) => responseCells(t, r, sheet.timeZone).decided,
          },
        ]}
      />
    </Section>
  );
}
