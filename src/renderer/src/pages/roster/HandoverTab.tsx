import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Input,
  Skeleton,
  Space,
  Table,
  Tag,
  type TableProps,
} from 'antd';
import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HandoverView } from '../../../../common/contract/handover';
import type { Operator } from '../../../../common/contract/operators';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { navigate } from '../../router/hash';
import { AmendDialog, SignPanel } from './SignPanel';
import { clip, namesText, periodText, shiftName } from './format';

type Sheet = HandoverView['sheet'];

interface Draft {
  notes: string;
  explanations: Record<string, string>;
  received: Record<string, boolean>;
}

function draftOf(v: HandoverView): Draft {
  const s = v.sheet;
  const explanations: Record<string, string> = {};
  for (const u of s.unfinished) if (u.explanation) explanations[u.key] = u.explanation;
  for (const i of s.items) if (i.explanation) explanations[i.key] = i.explanation;
  for (const f of s.equipment.faults) if (f.explanation) explanations[f.key] = f.explanation;
  return {
    notes: s.notes,
    explanations,
    received: Object.fromEntries(s.items.filter((i) => i.received).map((i) => [i.equipmentId, true])),
  };
}

/**
 * 交接班: the sheet of the current shift (or of `shiftKey`), assembled by the host; the
 * outgoing chief explains what must be explained, ticks what was handed over, writes
 * notes, and the three confirm. A signed sheet is read-only: additions are appended.
 */
export function HandoverTab({ shiftKey, operator }: { shiftKey: string | undefined; operator: Operator }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = useApiQuery('handover.draft', shiftKey ? { shiftKey } : {});
  const shifts = useApiQuery('shifts.get', {});
  const prevKey = shifts.data?.previous.key;
  const prevList = useApiQuery(
    'handover.list',
    prevKey ? { fromDate: prevKey.slice(0, 10), toDate: prevKey.slice(0, 10) } : {},
    { enabled: !shiftKey && Boolean(prevKey) },
  );
  const [draft, setDraft] = useState<Draft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [amending, setAmending] = useState(false);
  const v = q.data;
  const sheet = v?.sheet;
  const status = v?.record?.status ?? 'draft';
  const editable = status === 'draft';

  // The form starts from what the host has; background refreshes do not overwrite typing.
  useEffect(() => {
    if (v && !dirty) setDraft(draftOf(v));
  }, [v, dirty]);

  const save = useApiMutation('handover.save', {
    onSuccess: (r) => {
      setDirty(false);
      setDraft(draftOf(r));
      void message.success(t('ho.saved'));
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const payload = () => ({ shiftKey: sheet!.shift.key, ...draft! });

  if (q.isPending) return <Skeleton active />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  if (!v || !sheet || !draft) return <Skeleton active />;
  const tz = sheet.timeZone;
  const at = (iso: string | null | undefined) => toLocalText(iso, tz);
  const update = (f: (d: Draft) => Draft) => {
    setDraft((d) => (d ? f(d) : d));
    setDirty(true);
  };
  const explain = (key: string) =>
    editable ? (
      <Input
        size="small"
        maxLength={500}
        value={draft.explanations[key] ?? ''}
        placeholder={t('ho.explainHint')}
        data-testid={`explain-${key}`}
        onChange={(e) =>
          update((d) => ({ ...d, explanations: { ...d.explanations, [key]: e.target.value } }))
        }
      />
    ) : (
      <span>{draft.explanations[key] ?? ''}</span>
    );
  const unexplained = v.blocking.filter(
    (b) =>
      !(draft.explanations[b.key] ?? '').trim() &&
      !(b.kind === 'unticked_item' && draft.received[b.key.slice(5)]),
  );
  const prevUnsigned =
    !shiftKey &&
    prevKey &&
    prevList.data &&
    !prevList.data.items.some((h) => h.shiftKey === prevKey && h.status === 'signed');

  return (
    <div className="dr-ho" data-testid="handover" data-shift={sheet.shift.key} data-status={status}>
      {prevUnsigned ? (
        <Alert
          className="dr-ho-alert"
          type="info"
          showIcon
          title={t('ho.prevUnsigned', { shift: prevKey })}
          action={
            <Button size="small" onClick={() => navigate(`/roster/handover/${prevKey}`)}>
              {t('ho.openPrev')}
            </Button>
          }
        />
      ) : null}
      <Card className="dr-ho-head" size="small">
        <div className="dr-ho-head-row">
          <div>
            <div className="dr-ho-title" data-testid="handover-title">
              {t('ho.titleOf', { shift: shiftName(t, sheet.shift) })}
              <Tag
                className="dr-ho-status"
                color={status === 'signed' ? 'green' : status === 'signing' ? 'orange' : 'blue'}
                data-testid="handover-status"
              >
                {t(`handoverStatus.${status}`)}
              </Tag>
            </div>
            <div className="dr-muted">
              {periodText(t, sheet.shift, tz)} · {t(`shiftKind.${sheet.shift.kind}`)}
              {v.ended ? '' : ` · ${t('ho.inProgress')}`}
            </div>
          </div>
          <Space>
            {editable ? (
              <Button
                type={dirty ? 'primary' : 'default'}
                icon={<SaveOutlined />}
                loading={save.isPending}
                onClick={() => save.mutate(payload())}
                data-testid="handover-save"
              >
                {t('common.save')}
              </Button>
            ) : (
              <Button onClick={() => setAmending(true)} data-testid="handover-amend">
                {t('ho.amend')}
              </Button>
            )}
            <Button icon={<PrinterOutlined />} onClick={() => navigate(`/print/handover/${sheet.shift.key}`)}>
              {t('ho.print.print')}
            </Button>
          </Space>
        </div>
        <Descriptions size="small" column={2} className="dr-ho-people" items={crewItems(t, sheet)} />
      </Card>

      {status === 'signed' ? (
        <Alert
          className="dr-ho-alert"
          type="success"
          showIcon
          title={t('ho.lockedNote')}
          data-testid="handover-locked"
        />
      ) : unexplained.length > 0 ? (
        <Alert
          className="dr-ho-alert"
          type="warning"
          showIcon
          data-testid="handover-blocking"
          title={t('ho.blockingTitle', { n: unexplained.length })}
          description={
            <ul className="dr-ho-blocking">
              {unexplained.map((b) => (
                <li key={b.key}>
                  <Tag color="red">{t(`blocking.${b.kind}`)}</Tag>
                  {b.label}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}

      <Section title={t('ho.section.unfinished', { n: sheet.unfinishedTotal })} testId="ho-unfinished">
        <SheetTable
          rowKey="key"
          rows={sheet.unfinished}
          empty={t('ho.none.unfinished')}
          rowClassName={(u) => (u.owed?.overdue ? 'dr-ho-late' : '')}
          columns={[
            {
              title: t('ho.col.incident'),
              key: 'i',
              render: (_, u) => (
                <a href={`#/logs/incident/${u.incidentId}`}>
                  <span className="dr-tabular">{u.number}</span> {u.title}
                </a>
              ),
            },
            { title: t('ho.col.grade'), key: 'g', width: 80, render: (_, u) => t(`gradeShort.${u.grade}`) },
            { title: t('ho.col.status'), key: 's', width: 90, render: (_, u) => t(`status.${u.status}`) },
            {
              title: t('ho.col.owed'),
              key: 'o',
              width: 240,
              render: (_, u) =>
                u.owed ? (
                  <span className="dr-tabular">
                    {t(`deadline.${u.owed.kind}`)} · {at(u.owed.dueAt)}
                    {u.owed.overdue ? (
                      <Tag color="red" className="dr-ho-tag">
                        {t('ho.overdue')}
                      </Tag>
                    ) : null}
                  </span>
                ) : (
                  t('ho.owedNothing')
                ),
            },
            {
              title: t('ho.col.explanation'),
              key: 'e',
              width: 300,
              render: (_, u) => (u.owed?.overdue ? explain(u.key) : null),
            },
          ]}
        />
      </Section>

      <Section title={t('ho.section.incidents', { n: sheet.incidents.length })} testId="ho-incidents">
        <SheetTable
          rowKey="id"
          rows={sheet.incidents}
          empty={t('ho.none.incidents')}
          columns={[
            { title: t('ho.col.number'), dataIndex: 'number', width: 110, className: 'dr-tabular' },
            {
              title: t('ho.col.incident'),
              key: 't',
              render: (_, i) => (
                <a href={`#/logs/incident/${i.id}`}>
                  {i.title}
                  {i.newInShift ? (
                    <Tag color="blue" className="dr-ho-tag">
                      {t('ho.new')}
                    </Tag>
                  ) : null}
                </a>
              ),
            },
            { title: t('ho.col.grade'), key: 'g', width: 80, render: (_, i) => t(`gradeShort.${i.grade}`) },
            { title: t('ho.col.status'), key: 's', width: 90, render: (_, i) => t(`status.${i.status}`) },
            { title: t('ho.col.received'), key: 'r', width: 160, render: (_, i) => at(i.receivedAt) },
            {
              title: t('ho.col.inShift'),
              key: 'n',
              width: 100,
              render: (_, i) => t('ho.entriesN', { n: i.entriesInShift }),
            },
          ]}
        />
      </Section>

      <Section
        title={t('ho.section.instructions', { n: sheet.instructions.length })}
        testId="ho-instructions"
      >
        <SheetTable
          rowKey="entryId"
          rows={sheet.instructions}
          empty={t('ho.none.instructions')}
          columns={[
            { title: t('ho.col.time'), key: 'a', width: 150, render: (_, i) => at(i.at) },
            { title: t('ho.col.leader'), dataIndex: 'leader', width: 100 },
            {
              title: t('ho.col.instruction'),
              key: 'c',
              render: (_, i) => (
                <>
                  {i.content}{' '}
                  <span className="dr-muted">{t('ro.parenOnly', { note: `${i.number} ${i.title}` })}</span>
                </>
              ),
            },
            {
              title: t('ho.col.progress'),
              key: 'p',
              width: 260,
              render: (_, i) => (
                <>
                  <Tag color={i.status === 'done' ? 'green' : i.status === 'in_progress' ? 'orange' : 'red'}>
                    {t(`ho.instruction.${i.status}`)}
                  </Tag>
                  {i.result ?? ''}
                </>
              ),
            },
          ]}
        />
      </Section>

      <Section title={t('ho.section.equipment')} testId="ho-equipment">
        <p>
          {t('ho.equipmentSummary', {
            total: sheet.equipment.total,
            due: sheet.equipment.due,
            overdue: sheet.equipment.overdue.length,
            checks: sheet.equipment.checksTotal,
            faults: sheet.equipment.faults.length,
          })}
          {sheet.equipment.overdue.length
            ? t('ho.overdueList', {
                names: namesText(
                  t,
                  sheet.equipment.overdue.map((o) => o.name),
                ),
              })
            : ''}
        </p>
        <h4 className="dr-ho-sub">{t('ho.section.checks', { n: sheet.equipment.checksTotal })}</h4>
        <SheetTable
          rowKey="id"
          pagination={sheet.equipment.checks.length > 10 ? { pageSize: 10, size: 'small' } : false}
          rows={sheet.equipment.checks}
          empty={t('ho.none.checks')}
          columns={[
            { title: t('ho.col.time'), key: 'a', width: 150, render: (_, c) => at(c.checkedAt) },
            { title: t('ho.col.equipment'), dataIndex: 'equipmentName' },
            {
              title: t('ho.col.result'),
              key: 'r',
              width: 90,
              render: (_, c) =>
                c.passed ? (
                  <Tag color="green">{t('checkResult.pass')}</Tag>
                ) : (
                  <Tag color="red">{t('checkResult.fail')}</Tag>
                ),
            },
            { title: t('ho.col.checker'), dataIndex: 'checkerName', width: 100 },
          ]}
        />
        <h4 className="dr-ho-sub">{t('ho.section.faults', { n: sheet.equipment.faults.length })}</h4>
        <SheetTable
          rowKey="id"
          rows={sheet.equipment.faults}
          empty={t('ho.none.faults')}
          rowClassName={(f) => (f.overdue ? 'dr-ho-late' : '')}
          columns={[
            { title: t('ho.col.number'), dataIndex: 'number', width: 120, className: 'dr-tabular' },
            {
              title: t('ho.col.fault'),
              key: 'd',
              render: (_, f) => t('ro.labelValue', { label: f.equipmentName, value: f.description }),
            },
            {
              title: t('ho.col.deadline'),
              key: 'dl',
              width: 200,
              render: (_, f) => (
                <>
                  {at(f.deadlineAt)}
                  {f.overdue ? (
                    <Tag color="red" className="dr-ho-tag">
                      {t('ho.overdue')}
                    </Tag>
                  ) : null}
                </>
              ),
            },
            {
              title: t('ho.col.status'),
              key: 's',
              width: 110,
              render: (_, f) => t(`faultStatus.${f.status}`),
            },
            {
              title: t('ho.col.explanation'),
              key: 'e',
              width: 280,
              render: (_, f) => (f.overdue ? explain(f.key) : null),
            },
          ]}
        />
      </Section>

      <Section title={t('ho.section.items', { n: sheet.items.length })} testId="ho-items">
        <SheetTable
          rowKey="key"
          rows={sheet.items}
          empty={t('ho.none.items')}
          columns={[
            {
              title: t('ho.col.receivedItem'),
              key: 'r',
              width: 110,
              render: (_, i) => (
                <Checkbox
                  disabled={!editable}
                  checked={Boolean(draft.received[i.equipmentId])}
                  data-testid={`receive-${i.equipmentId}`}
                  onChange={(e) =>
                    update((d) => ({ ...d, received: { ...d.received, [i.equipmentId]: e.target.checked } }))
                  }
                >
                  {t('ho.receivedYes')}
                </Checkbox>
              ),
            },
            {
              title: t('ho.col.item'),
              key: 'n',
              render: (_, i) => (
                <>
                  {i.name} <span className="dr-muted">{i.serial}</span>
                </>
              ),
            },
            { title: t('ho.col.location'), dataIndex: 'location', width: 140 },
            {
              title: t('ho.col.status'),
              key: 's',
              width: 90,
              render: (_, i) => t(`equipmentStatus.${i.status}`),
            },
            {
              title: t('ho.col.explanation'),
              key: 'e',
              width: 300,
              render: (_, i) => (draft.received[i.equipmentId] ? null : explain(i.key)),
            },
          ]}
        />
      </Section>

      <Section title={t('ho.section.spotChecks', { n: sheet.spotChecks.length })} testId="ho-spot">
        <SheetTable
          rowKey="id"
          rows={sheet.spotChecks}
          empty={t('ho.none.spotChecks')}
          columns={[
            { title: t('ho.col.time'), key: 'a', width: 150, render: (_, s) => at(s.at) },
            { title: t('ho.col.caller'), key: 'c', render: (_, s) => `${s.callerUnit} ${s.callerName}` },
            { title: t('ho.col.answeredBy'), dataIndex: 'answeredBy', width: 100 },
            {
              title: t('ho.col.answerSeconds'),
              key: 'n',
              width: 100,
              render: (_, s) => t('ho.seconds', { n: s.answerSeconds }),
            },
            { title: t('ho.col.result'), dataIndex: 'result' },
          ]}
        />
      </Section>

      <EntriesSection sheet={sheet} />

      <Section title={t('ho.section.notes')} testId="ho-notes">
        {editable ? (
          <Input.TextArea
            value={draft.notes}
            maxLength={4000}
            rows={5}
            placeholder={t('ho.notesHint')}
            data-testid="handover-notes"
            onChange={(e) => update((d) => ({ ...d, notes: e.target.value }))}
          />
        ) : (
          <div className="dr-ho-notes" data-testid="handover-notes-text">
            {draft.notes || t('ho.none.notes')}
          </div>
        )}
      </Section>

      <SignPanel
        view={v}
        operator={operator}
        beforeOutgoing={async () => {
          if (dirty) await save.mutateAsync(payload());
        }}
      />

      {v.record && v.record.amendments.length > 0 ? (
        <Section title={t('ho.section.amendments', { n: v.record.amendments.length })} testId="ho-amendments">
          <ul className="dr-ho-amendments">
            {v.record.amendments.map((a) => (
              <li key={a.id} data-testid="handover-amendment">
                <span className="dr-tabular dr-muted">{at(a.at)}</span>{' '}
                {t('ro.labelValue', { label: a.authorName, value: a.text })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {amending ? <AmendDialog shiftKey={sheet.shift.key} onClose={() => setAmending(false)} /> : null}
    </div>
  );
}

/**
 * The sheet's tables: small, unpaged unless told otherwise, each with its own text for
 * "nothing to hand over".
 */
function SheetTable<T extends object>({
  rows,
  empty,
  ...rest
}: Omit<TableProps<T>, 'dataSource' | 'locale'> & { rows: readonly T[]; empty: string }) {
  return (
    <Table<T> size="small" pagination={false} {...rest} dataSource={rows} locale={{ emptyText: empty }} />
  );
}

function Section({ title, testId, children }: { title: ReactNode; testId: string; children: ReactNode }) {
  return (
    <Card className="dr-ho-section" size="small" title={title} data-testid={testId}>
      {children}
    </Card>
  );
}

function crewItems(t: (k: string, o?: Record<string, unknown>) => string, sheet: Sheet) {
  const person = (p: { name: string; phone: string } | null) =>
    p ? (p.phone ? t('ro.paren', { main: p.name, note: p.phone }) : p.name) : t('ro.nobody');
  const crew = (c: Sheet['outgoing']) =>
    t('ho.crewLine', {
      leader: person(c.leader),
      chief: person(c.chief),
      officers:
        namesText(
          t as never,
          c.officers.map((o) => o.name),
        ) || t('ro.nobody'),
    });
  return [
    {
      key: 'out',
      label: t('ho.side.outgoing'),
      children: <span data-testid="ho-outgoing">{crew(sheet.outgoing)}</span>,
    },
    {
      key: 'in',
      label: t('ho.side.incomingOf', { shift: shiftName(t as never, sheet.incoming.shift) }),
      children: <span data-testid="ho-incoming">{crew(sheet.incoming)}</span>,
    },
  ];
}

const ENTRY_PAGE = 15;

function EntriesSection({ sheet }: { sheet: Sheet }) {
  const { t } = useTranslation();
  const tz = sheet.timeZone;
  const rows = useMemo(() => sheet.entries.items.map((e, i) => ({ ...e, no: i + 1 })), [sheet]);
  const title =
    sheet.entries.total > sheet.entries.items.length
      ? t('ho.section.entriesTruncated', { n: sheet.entries.items.length, total: sheet.entries.total })
      : t('ho.section.entries', { n: sheet.entries.total });
  return (
    <Section title={title} testId="ho-entries">
      <SheetTable
        rowKey="id"
        pagination={
          rows.length > ENTRY_PAGE ? { pageSize: ENTRY_PAGE, size: 'small', showSizeChanger: false } : false
        }
        rows={rows}
        empty={t('ho.none.entries')}
        columns={[
          { title: t('ho.col.no'), dataIndex: 'no', width: 60, className: 'dr-tabular' },
          { title: t('ho.col.time'), key: 'a', width: 150, render: (_, e) => toLocalText(e.at, tz) },
          {
            title: t('ho.col.kind'),
            key: 'k',
            width: 130,
            render: (_, e) =>
              e.stage ? `${t(`kind.${e.kind}`)}·${t(`stage.${e.stage}`)}` : t(`kind.${e.kind}`),
          },
          {
            title: t('ho.col.content'),
            key: 'c',
            render: (_, e) => clip(e.summary, 300) + (e.corrected ? t('ho.corrected') : ''),
          },
          { title: t('ho.col.incident'), dataIndex: 'incidentNumber', width: 110, className: 'dr-tabular' },
          { title: t('ho.col.author'), dataIndex: 'authorName', width: 90 },
        ]}
      />
    </Section>
  );
}
