import type { ReactNode } from 'react';
import { Card, Table, type TableProps } from 'antd';
import type { TFunction } from 'i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import { namesText, shiftName } from './format';

type Sheet = HandoverView['sheet'];

/**
 * The sheet's tables: small, unpaged unless told otherwise, each with its own text for
 * "nothing to hand over".
 */
export function SheetTable<T extends object>({
  rows,
  empty,
  ...rest
}: Omit<TableProps<T>, 'dataSource' | 'locale'> & { rows: readonly T[]; empty: string }) {
  return (
    <Table<T> size="small" pagination={false} {...rest} dataSource={rows} locale={{ emptyText: empty }} />
  );
}

export function Section({
  title,
  testId,
  children,
}: {
  title: ReactNode;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Card className="dr-ho-section" size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

export function crewItems(t: TFunction, sheet: Sheet) {
  const person = (p: { name: string; phone: string } | null) =>
    p ? (p.phone ? t('roster.paren', { main: p.name, note: p.phone }) : p.name) : t('roster.nobody');
  const crew = (c: Sheet['outgoing']) =>
    t('handover.crewLine', {
      leader: person(c.leader),
      chief: person(c.chief),
      officers:
        namesText(
          t as never,
          c.officers.map((o) => o.name),
        ) || t('roster.nobody'),
    });
  return [
    {
      key: 'out',
      label: t('handover.side.outgoing'),
      children: <span data-testid="ho-outgoing">{crew(sheet.outgoing)}</span>,
    },
    {
      key: 'in',
      label: t('handover.side.incomingOf', { shift: shiftName(t as never, sheet.incoming.shift) }),
      children: <span data-testid="ho-incoming">{crew(sheet.incoming)}</span>,
    },
  ];
}
