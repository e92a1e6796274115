import { useEffect, useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Input, Skeleton, Space, Tag } from 'antd';
import { PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { EquipmentSection, ItemsSection } from './EquipmentSections';
import { RectificationSection } from './RectificationSection';
import { SupplyOrderSection } from './SupplyOrderSection';
import { ResponseSection } from './ResponseSection';
import { WarningSection } from './WarningSection';
import { clearLocalDraft, draftOf, loadLocalDraft, saveLocalDraft, type Draft } from './handoverDraft';
import { IncidentsSection, InstructionsSection, UnfinishedSection } from './IncidentSections';
import { CarriedSection, EntriesSection, SpotChecksSection } from './LogSections';
import { crewItems, Section } from './SheetParts';
import { AmendDialog, SignPanel } from './SignPanel';
import { periodText, shiftName } from './format';

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

  // The form starts from what was typed here and not yet saved, else from what the host
  // has; background refreshes do not overwrite typing.
  useEffect(() => {
    if (!v || dirty) return;
    const k = v.sheet.shift.key;
    const local = (v.record?.status ?? 'draft') === 'draft' ? loadLocalDraft(k) : null;
    if (!local) clearLocalDraft(k);
    setDraft(local ?? draftOf(v));
    if (local) setDirty(true);
  }, [v, dirty]);

  const save = useApiMutation('handover.save', {
    onSuccess: (r) => {
      clearLocalDraft(r.sheet.shift.key);
      setDirty(false);
      setDraft(draftOf(r));
      void message.success(t('handover.saved'));
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
    const next = f(draft);
    saveLocalDraft(sheet.shift.key, next);
    setDraft(next);
    setDirty(true);
  };
  const explain = (key: string) =>
    editable ? (
      <Input
        size="small"
        maxLength={500}
        value={draft.explanations[key] ?? ''}
        placeholder={t('handover.explainHint')}
        data-testid={`explain-${key}`}
        onChange={(e) =>
          update((d) => ({ ...d, explanations: { ...d.explanations, [key]: e.target.value } }))
        }
      />
    ) : (
      <span>{draft.explanations[key] ?? ''}</span>
    );
  const unexplained = v.blocking.filter((b) => !(draft.explanations[b.key] ?? '').trim());
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
          title={t('handover.prevUnsigned', { shift: prevKey })}
          action={
            <Button size="small" onClick={() => navigate(hrefOf('roster', ['handover', prevKey]))}>
              {t('handover.openPrev')}
            </Button>
          }
        />
      ) : null}
      <Card className="dr-ho-head" size="small">
        <div className="dr-ho-head-row">
          <div>
            <div className="dr-ho-title" data-testid="handover-title">
              {t('handover.titleOf', { shift: shiftName(t, sheet.shift) })}
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
              {v.ended ? '' : ` · ${t('handover.inProgress')}`}
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
                {t('handover.amend')}
              </Button>
            )}
            <Button
              icon={<PrinterOutlined />}
              onClick={() => navigate(hrefOf('print/handover', [sheet.shift.key]))}
            >
              {t('handover.print.print')}
            </Button>
          </Space>
        </div>
        <Descriptions size="small" column={2} className="dr-ho-people" items={crewItems(t, sheet)} />
      </Card>

      {sheet.earlyReason ? (
        <Alert
          className="dr-ho-alert"
          type="info"
          showIcon
          data-testid="handover-early"
          title={t('handover.earlySigned', { reason: sheet.earlyReason })}
        />
      ) : null}
      {v.sinceFreeze && v.sinceFreeze.total > 0 ? (
        <Alert
          className="dr-ho-alert"
          type="warning"
          showIcon
          data-testid="handover-since-freeze"
          title={t('handover.sinceFreeze', { n: v.sinceFreeze.total })}
          description={
            v.sinceFreeze.incidents.length > 0 ? (
              <ul className="dr-ho-blocking">
                {v.sinceFreeze.incidents.map((i) => (
                  <li key={i.id}>
                    <Tag color={i.grade === 'I' || i.grade === 'II' ? 'red' : 'orange'}>
                      {t(`gradeShort.${i.grade}`)}
                    </Tag>
                    <a href={hrefOf('logs', ['incident', i.id])}>
                      <span className="dr-tabular">{i.number}</span> {i.title}
                    </a>
                  </li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
      {status === 'signed' ? (
        <Alert
          className="dr-ho-alert"
          type="success"
          showIcon
          title={t('handover.lockedNote')}
          data-testid="handover-locked"
        />
      ) : unexplained.length > 0 ? (
        <Alert
          className="dr-ho-alert"
          type="warning"
          showIcon
          data-testid="handover-blocking"
          title={t('handover.blockingTitle', { n: unexplained.length })}
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

      <ResponseSection sheet={sheet} />

      <UnfinishedSection sheet={sheet} explain={explain} />

      <IncidentsSection sheet={sheet} />

      <InstructionsSection sheet={sheet} />

      <EquipmentSection sheet={sheet} explain={explain} />

      <RectificationSection sheet={sheet} />
      <SupplyOrderSection sheet={sheet} />

      <WarningSection sheet={sheet} />

      <ItemsSection sheet={sheet} record={v.record} />

      <SpotChecksSection sheet={sheet} />

      <CarriedSection sheet={sheet} />

      <EntriesSection sheet={sheet} />

      <Section title={t('handover.section.notes')} testId="ho-notes">
        {editable ? (
          <Input.TextArea
            value={draft.notes}
            maxLength={4000}
            rows={5}
            placeholder={t('handover.notesHint')}
            data-testid="handover-notes"
            onChange={(e) => update((d) => ({ ...d, notes: e.target.value }))}
          />
        ) : (
          <div className="dr-ho-notes" data-testid="handover-notes-text">
            {draft.notes || t('handover.none.notes')}
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
        <Section
          title={t('handover.section.amendments', { n: v.record.amendments.length })}
          testId="ho-amendments"
        >
          <ul className="dr-ho-amendments">
            {v.record.amendments.map((a) => (
              <li key={a.id} data-testid="handover-amendment">
                <span className="dr-tabular dr-muted">{at(a.at)}</span>{' '}
                {t('roster.labelValue', { label: a.authorName, value: a.text })}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {amending ? <AmendDialog shiftKey={sheet.shift.key} onClose={() => setAmending(false)} /> : null}
    </div>
  );
}
