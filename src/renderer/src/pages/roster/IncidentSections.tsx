import type { ReactNode } from 'react';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { toLocalText } from '../../components/localTime';
import { Section, SheetTable } from './SheetParts';
import { hrefOf } from '../../router/hash';

type Sheet = HandoverView['sheet'];

/** 未办结事项: open incidents, what each owes next; an overdue one is explained in `explain`. */
export function UnfinishedSection({ sheet, explain }: { sheet: Sheet; explain: (key: string) => ReactNode }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => toLocalText(iso, sheet.timeZone);
  return (
    <Section title={t('handover.section.unfinished', { n: sheet.unfinishedTotal })} testId="ho-unfinished">
      <SheetTable
        rowKey="key"
        rows={sheet.unfinished}
        empty={t('handover.none.unfinished')}
        rowClassName={(u) => (u.owed?.overdue ? 'dr-ho-late' : '')}
        columns={[
          {
            title: t('handover.col.incident'),
            key: 'i',
            render: (_, u) => (
              <a href={hrefOf('logs', ['incident', u.incidentId])}>
                <span className="dr-tabular">{u.number}</span> {u.title}
              </a>
            ),
          },
          {
            title: t('handover.col.grade'),
            key: 'g',
            width: 80,
            render: (_, u) => t(`gradeShort.${u.grade}`),
          },
          { title: t('handover.col.status'), key: 's', width: 90, render: (_, u) => t(`status.${u.status}`) },
          {
            title: t('handover.col.owed'),
            key: 'o',
            width: 240,
            render: (_, u) =>
              u.owed ? (
                <span className="dr-tabular">
                  {t(`deadline.${u.owed.kind}`)} · {at(u.owed.dueAt)}
                  {u.owed.overdue ? (
                    <Tag color="red" className="dr-ho-tag">
                      {t('handover.overdue')}
                    </Tag>
                  ) : null}
                </span>
              ) : (
                t('handover.owedNothing')
              ),
          },
          {
            title: t('handover.col.explanation'),
            key: 'e',
            width: 300,
            render: (_, u) => (u.owed?.overdue ? explain(u.key) : null),
          },
        ]}
      />
    </Section>
  );
}

/** 本班涉及事件: the incidents the shift's log touched. */
export function IncidentsSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => toLocalText(iso, sheet.timeZone);
  return (
    <Section title={t('handover.section.incidents', { n: sheet.incidents.length })} testId="ho-incidents">
      <SheetTable
        rowKey="id"
        rows={sheet.incidents}
        empty={t('handover.none.incidents')}
        columns={[
          { title: t('handover.col.number'), dataIndex: 'number', width: 110, className: 'dr-tabular' },
          {
            title: t('handover.col.incident'),
            key: 't',
            render: (_, i) => (
              <a href={hrefOf('logs', ['incident', i.id])}>
                {i.title}
                {i.newInShift ? (
                  <Tag color="blue" className="dr-ho-tag">
                    {t('handover.new')}
                  </Tag>
                ) : null}
              </a>
            ),
          },
          {
            title: t('handover.col.grade'),
            key: 'g',
            width: 80,
            render: (_, i) => t(`gradeShort.${i.grade}`),
          },
          { title: t('handover.col.status'), key: 's', width: 90, render: (_, i) => t(`status.${i.status}`) },
          { title: t('handover.col.received'), key: 'r', width: 160, render: (_, i) => at(i.receivedAt) },
          {
            title: t('handover.col.inShift'),
            key: 'n',
            width: 100,
            render: (_, i) => t('handover.entriesN', { n: i.entriesInShift }),
          },
        ]}
      />
    </Section>
  );
}

/** 领导批示及落实情况. */
export function InstructionsSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const at = (iso: string | null | undefined) => toLocalText(iso, sheet.timeZone);
  return (
    <Section
      title={t('handover.section.instructions', { n: sheet.instructions.length })}
      testId="ho-instructions"
    >
      <SheetTable
        rowKey="entryId"
        rows={sheet.instructions}
        empty={t('handover.none.instructions')}
        columns={[
          { title: t('handover.col.time'), key: 'a', width: 150, render: (_, i) => at(i.at) },
          { title: t('handover.col.leader'), dataIndex: 'leader', width: 100 },
          {
            title: t('handover.col.instruction'),
            key: 'c',
            render: (_, i) => (
              <>
                {i.content}{' '}
                <span className="dr-muted">{t('roster.parenOnly', { note: `${i.number} ${i.title}` })}</span>
              </>
            ),
          },
          {
            title: t('handover.col.progress'),
            key: 'p',
            width: 260,
            render: (_, i) => (
              <>
                <Tag color={i.status === 'done' ? 'green' : i.status === 'in_progress' ? 'orange' : 'red'}>
                  {t(`handover.instruction.${i.status}`)}
                </Tag>
                {i.result ?? ''}
              </>
            ),
          },
        ]}
      />
    </Section>
  );
}
