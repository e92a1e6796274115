import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Alert, App, Button, Col, Form, Row, type RefSelectProps } from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { categoryOf, type Category, type Grade, type Subtype } from '../../../../common/domain/incidents';
import { useQueryClient } from '@tanstack/react-query';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { queryKeyOf } from '../../api/keys';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { dateTimeRule } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { INTAKE_FOCUS_EVENT, INTAKE_HOTKEY_LABEL } from '../../components/intakeHotkey';
import { resolveLocalText, toLocalText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { DuplicatesPanel } from './DuplicatesPanel';
import { useDebounced } from './hooks';
import { IntakeCallSection } from './IntakeCallSection';
import { IntakeCasualtiesSection } from './IntakeCasualtiesSection';
import { IntakeEventSection } from './IntakeEventSection';
import { IntakeResponseSection } from './IntakeResponseSection';
import { IntakeDeadlineCard, IntakeKeysCard } from './IntakeSidePanel';
import type { IntakeFormValues } from './intakeDraft';
import { intakeDefaults, toIntake } from './intakeValues';
import { useIntakeDraft } from './useIntakeDraft';
import { requestNextActionFocus } from '../incidents/nextActionFocus';
import { ExerciseSwitch } from '../drills/ExerciseSwitch';
import { useSpendPage } from '../../components/spendPage';

// The form's sections render again only when their own props change, not with every
// render of the page (a watched field typed, the save pending, the save's message).
const CallSection = memo(IntakeCallSection);
const EventSection = memo(IntakeEventSection);
const CasualtiesSection = memo(IntakeCasualtiesSection);
const ResponseSection = memo(IntakeResponseSection);

/**
 * 接报登记: the intake of a call, fax or notice, typed while on the phone. Keyboard
 * first (Enter moves on, Ctrl+Enter saves), kept as a draft while typed, offering
 * likely duplicates to attach to instead of opening a second incident.
 */
export function IntakePage({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<IntakeFormValues>();
  const { restored, draft, initial, persist, setAttach, clear, restart } = useIntakeDraft(form, tz);
  const [showRestored, setShowRestored] = useState(restored !== null);
  const firstField = useRef<RefSelectProps>(null);
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  const create = useApiMutation('incidents.create');
  const queryClient = useQueryClient();
  const settings = useApiQuery('settings.get', {}, { staleTime: 60_000 });
  const thresholds = settings.data?.accidentThresholds;
  const [drillId, setDrillId] = useState<string | null>(null);

  // The shell builds the intake ahead, hidden, once the desk is idle (app/keptPages.ts):
  // shown untouched, the form is opened now, and 接报时间 is the moment it is shown, not
  // the moment it was built. A form typed in, restored or attached is left as it is.
  const openedNow = useRef(() => {});
  openedNow.current = () => {
    if (restored !== null || draft.attachTo !== null || drillId !== null || form.isFieldsTouched()) return;
    if (Date.now() - Date.parse(draft.openedAt) < 1000) return;
    const fresh = restart();
    form.setFieldsValue({ receivedAt: intakeDefaults(fresh, tz).receivedAt });
  };
  const spendPage = useSpendPage();

  // Runs each time the page is shown (a kept page's effects run again when it is).
  useEffect(() => {
    openedNow.current();
    const focus = () => firstField.current?.focus();
    focus();
    window.addEventListener(INTAKE_FOCUS_EVENT, focus);
    return () => window.removeEventListener(INTAKE_FOCUS_EVENT, focus);
  }, []);

  const discard = () => {
    const fresh = restart();
    setShowRestored(false);
    create.reset();
    form.resetFields();
    form.setFieldsValue(intakeDefaults(fresh, tz));
    firstField.current?.focus();
  };

  // A half-typed intake is a call that happened: wiping it takes a second, deliberate yes.
  const confirmDiscard = () => {
    void modal.confirm({
      title: t('logs.intake.clearConfirm'),
      content: t('logs.intake.clearConfirmText'),
      okText: t('logs.intake.clear'),
      okButtonProps: { danger: true },
      cancelText: t('logs.intake.clearCancel'),
      autoFocusButton: 'cancel',
      onOk: discard,
    });
  };

  const submit = useCallback(async () => {
    if (create.isPending) return;
    let values: IntakeFormValues;
    try {
      // Checked quietly first: a form that passes is saved without every field showing
      // "validating" and rendering twice on the way (ui.intake); one that fails is
      // checked again aloud, so its errors show as before.
      values = await form.validateFields({ validateOnly: true }).catch(() => form.validateFields());
    } catch (err) {
      const first = (err as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) {
        form.scrollToField(first.name, { block: 'center' });
        form.focusField(first.name);
      }
      return;
    }
    const all = { ...(form.getFieldsValue(true) as IntakeFormValues), ...values };
    const intake = toIntake(all, draft, tz, thresholds);
    create.mutate(
      {
        clientKey: draft.clientKey,
        ...(draft.attachTo ? { attachTo: draft.attachTo.id } : drillId ? { drillId } : {}),
        intake,
      },
      {
        onSuccess: (res) => {
          // The incident page's read is the save's answer: the page is shown from it at
          // once, with no second round trip (ui.intake); the change event refreshes it.
          queryClient.setQueryData(queryKeyOf('incidents.get', { id: res.incident.id }), res.detail);
          clear();
          // Built afresh once hidden: the next F2 finds an empty form, already built.
          spendPage();
          requestNextActionFocus(res.incident.id);
          navigate(hrefOf('logs', ['incident', res.incident.id]));
          // Said once the incident page is painted: the message's first showing builds its
          // styles, which would otherwise hold up the page (ui.intake).
          const said = t(res.attached ? 'logs.intake.attached' : 'logs.intake.saved', {
            number: res.incident.number,
          });
          requestAnimationFrame(() => setTimeout(() => void message.success(said), 0));
        },
      },
    );
  }, [clear, create, draft, drillId, form, message, queryClient, spendPage, t, thresholds, tz]);

  const enterNav = useEnterNavigation(() => void submit());

  const category = Form.useWatch('category', form) as Category | undefined;
  const subtype = Form.useWatch('subtype', form) as Subtype | undefined;
  const grade = (Form.useWatch('grade', form) as Grade | undefined) ?? 'unrated';
  const townCode = Form.useWatch('townCode', form);
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);
  const receivedText = Form.useWatch('receivedAt', form) as string | undefined;
  const receivedIso = receivedText ? resolveLocalText(receivedText, tz, draft.openedAt) : null;

  const dupInput = useDebounced(
    {
      ...(category ? { category } : {}),
      ...(subtype ? { subtype } : {}),
      townCode: townCode ?? null,
      point: typeof lon === 'number' && typeof lat === 'number' ? ([lon, lat] as [number, number]) : null,
      ...(receivedIso ? { at: receivedIso } : {}),
    },
    400,
  );

  const timeRule = useMemo(
    () => dateTimeRule(tz, t('logs.time.invalid'), { notFuture: t('logs.time.future') }),
    [t, tz],
  );

  return (
    <div className="dr-page dr-intake-page">
      <PageHeader
        title={t('logs.intake.title')}
        subtitle={t('logs.intake.subtitle', { key: INTAKE_HOTKEY_LABEL })}
        extra={
          <Button onClick={() => navigate(hrefOf('logs'))} tabIndex={-1}>
            {t('logs.intake.toLog')}
          </Button>
        }
      />
      {showRestored && restored ? (
        <Alert
          className="dr-intake-notice"
          type="warning"
          showIcon
          data-testid="draft-restored"
          title={t('logs.intake.restored', { at: toLocalText(restored.savedAt ?? restored.openedAt, tz) })}
          action={
            <Button size="small" danger onClick={confirmDiscard}>
              {t('logs.intake.discard')}
            </Button>
          }
          closable={{ onClose: () => setShowRestored(false) }}
        />
      ) : null}
      {draft.attachTo ? null : <ExerciseSwitch value={drillId} onChange={setDrillId} />}
      {draft.attachTo ? (
        <Alert
          className="dr-intake-notice"
          type="info"
          showIcon
          data-testid="attach-banner"
          title={t('logs.intake.attachBanner', {
            number: draft.attachTo.number,
            title: draft.attachTo.title,
          })}
          action={
            <Button size="small" onClick={() => setAttach(null)}>
              {t('logs.intake.attachCancel')}
            </Button>
          }
        />
      ) : null}
      <Row gutter={[16, 16]} align="top">
        <Col xs={24} xl={17}>
          <div ref={enterNav}>
            <Form<IntakeFormValues>
              form={form}
              name="intake"
              layout="vertical"
              colon={false}
              initialValues={initial}
              requiredMark
              onValuesChange={(changed: Partial<IntakeFormValues>) => {
                if ('subtype' in changed && changed.subtype) {
                  const c = categoryOf(changed.subtype);
                  if (c && c !== form.getFieldValue('category')) form.setFieldValue('category', c);
                }
                if ('category' in changed) {
                  const s = form.getFieldValue('subtype') as string | undefined;
                  if (s && categoryOf(s) !== changed.category) form.setFieldValue('subtype', undefined);
                }
                persist();
              }}
              className="dr-intake-form"
            >
              <CallSection firstField={firstField} tz={tz} timeRule={timeRule} />
              <EventSection
                tz={tz}
                openedAt={draft.openedAt}
                timeRule={timeRule}
                towns={towns.data}
                townsLoading={towns.isPending}
                persist={persist}
                thresholds={thresholds}
              />
              <CasualtiesSection />
              <ResponseSection tz={tz} timeRule={timeRule} persist={persist} operatorName={operator.name} />

              <ErrorAlert error={create.error} />
              <div className="dr-intake-actions">
                <Button
                  type="primary"
                  size="large"
                  icon={<SaveOutlined />}
                  loading={create.isPending}
                  disabled={create.isPending}
                  onClick={() => void submit()}
                  data-enter-stop
                  data-testid="intake-save"
                >
                  {draft.attachTo ? t('logs.intake.saveAttach') : t('logs.intake.save')}
                </Button>
                <span className="dr-muted">{t('logs.intake.keys')}</span>
                <span className="dr-grow" />
                <Button danger onClick={confirmDiscard} tabIndex={-1} data-testid="intake-clear">
                  {t('logs.intake.clear')}
                </Button>
              </div>
            </Form>
          </div>
        </Col>
        <Col xs={24} xl={7} className="dr-intake-side">
          <IntakeDeadlineCard grade={grade} category={category} receivedIso={receivedIso} tz={tz} />
          <DuplicatesPanel
            input={dupInput}
            attachedId={draft.attachTo?.id ?? null}
            onAttach={(inc) => setAttach({ id: inc.id, number: inc.number, title: inc.title })}
          />
          <IntakeKeysCard />
        </Col>
      </Row>
    </div>
  );
}
