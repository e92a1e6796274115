import { useCallback, useEffect, useRef, useState, type FocusEvent } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tag,
  type RefSelectProps,
  type SelectProps,
} from 'antd';
import { DeleteOutlined, EnvironmentOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IntakeData } from '../../../../common/contract/incidents';
import { name, phone, text } from '../../../../common/contract/shared';
import { ruleFor } from '../../../../common/deadlines';
import {
  CATEGORIES,
  CHANNELS,
  GRADES,
  SUBTYPES,
  categoryOf,
  type Category,
  type Grade,
} from '../../../../common/domain/incidents';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { DateTimeInput, dateTimeRule } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { GradeTag } from '../../components/GradeTag';
import { INTAKE_FOCUS_EVENT, INTAKE_HOTKEY_LABEL } from '../../components/intakeHotkey';
import { parseLocalText, resolveLocalText, toLocalText } from '../../components/localTime';
import { requiredRule, zodRule } from '../../forms/rules';
import { navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { DuplicatesPanel } from './DuplicatesPanel';
import { MapPickButton } from '../../components/MapPickButton';
import { useDebounced } from './hooks';
import {
  clearDraft,
  loadDraft,
  newDraft,
  saveDraft,
  type IntakeDraft,
  type IntakeFormValues,
} from './intakeDraft';

function defaults(draft: IntakeDraft, tz: string): IntakeFormValues {
  return {
    channel: 'phone',
    receivedAt: toLocalText(draft.openedAt, tz),
    callerUnit: '',
    callerName: '',
    callerPost: '',
    callerPhone: '',
    grade: 'unrated',
    title: '',
    occurredAt: '',
    address: '',
    lon: null,
    lat: null,
    description: '',
    cause: '',
    dead: 0,
    injured: 0,
    missing: 0,
    trapped: 0,
    losses: '',
    measures: '',
    trend: '',
    notified: [],
  };
}

const trimmed = (v: string | undefined) => (v ?? '').trim();

/** The form's values as the contract's IntakeData. Times already validated. */
function toIntake(v: IntakeFormValues, draft: IntakeDraft, tz: string): IntakeData {
  const point: [number, number] | null =
    typeof v.lon === 'number' && typeof v.lat === 'number' ? [v.lon, v.lat] : null;
  return {
    channel: v.channel as IntakeData['channel'],
    receivedAt: resolveLocalText(v.receivedAt, tz, draft.openedAt)!,
    caller: {
      unit: trimmed(v.callerUnit),
      name: trimmed(v.callerName),
      post: trimmed(v.callerPost),
      phone: trimmed(v.callerPhone),
    },
    title: trimmed(v.title),
    description: trimmed(v.description),
    cause: trimmed(v.cause),
    occurredAt: trimmed(v.occurredAt) ? parseLocalText(v.occurredAt, tz) : null,
    place: { townCode: v.townCode ?? null, address: trimmed(v.address), point },
    casualties: {
      dead: v.dead ?? 0,
      injured: v.injured ?? 0,
      missing: v.missing ?? 0,
      trapped: v.trapped ?? 0,
    },
    losses: trimmed(v.losses),
    measures: trimmed(v.measures),
    trend: trimmed(v.trend),
    notified: (v.notified ?? [])
      .filter((n) => trimmed(n?.who))
      .map((n) => ({ who: trimmed(n.who), at: parseLocalText(n.at, tz) ?? new Date().toISOString() })),
    category: v.category as Category,
    subtype: v.subtype!,
    grade: v.grade as Grade,
  };
}

/**
 * 接报登记: the intake of a call, fax or notice, typed while on the phone. Keyboard
 * first (Enter moves on, Ctrl+Enter saves), kept as a draft while typed, offering
 * likely duplicates to attach to instead of opening a second incident.
 */
export function IntakePage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<IntakeFormValues>();
  const [restored] = useState(() => loadDraft());
  const [draft, setDraft] = useState<IntakeDraft>(() => restored ?? newDraft());
  const [showRestored, setShowRestored] = useState(restored !== null);
  const firstField = useRef<RefSelectProps>(null);
  const towns = useApiQuery('geo.towns', {}, { staleTime: 10 * 60_000 });
  const rules = useApiQuery('deadlines.getRules', {});
  const create = useApiMutation('incidents.create');

  // Read once: later changes of the draft come from this very form.
  const [initial] = useState(() => ({ ...defaults(draft, tz), ...draft.values }));

  // The draft follows every keystroke (debounced a little); a save clears it.
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latestDraft = useRef(draft);
  latestDraft.current = draft;
  const persist = useCallback(() => {
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      const values = form.getFieldsValue(true) as IntakeFormValues;
      saveDraft({ ...latestDraft.current, values, savedAt: new Date().toISOString() });
    }, 200);
  }, [form]);
  useEffect(
    () => () => {
      if (pending.current) {
        clearTimeout(pending.current);
        const values = form.getFieldsValue(true) as IntakeFormValues;
        saveDraft({ ...latestDraft.current, values, savedAt: new Date().toISOString() });
      }
    },
    [form],
  );

  useEffect(() => {
    const focus = () => firstField.current?.focus();
    focus();
    window.addEventListener(INTAKE_FOCUS_EVENT, focus);
    return () => window.removeEventListener(INTAKE_FOCUS_EVENT, focus);
  }, []);

  const setAttach = (attachTo: IntakeDraft['attachTo']) => {
    const next = { ...draft, attachTo };
    setDraft(next);
    saveDraft({
      ...next,
      values: form.getFieldsValue(true) as IntakeFormValues,
      savedAt: new Date().toISOString(),
    });
  };

  const discard = () => {
    clearDraft();
    const fresh = newDraft();
    setDraft(fresh);
    setShowRestored(false);
    create.reset();
    form.resetFields();
    form.setFieldsValue(defaults(fresh, tz));
    firstField.current?.focus();
  };

  const submit = useCallback(async () => {
    if (create.isPending) return;
    let values: IntakeFormValues;
    try {
      values = await form.validateFields();
    } catch (err) {
      const first = (err as { errorFields?: { name: (string | number)[] }[] }).errorFields?.[0];
      if (first) {
        form.scrollToField(first.name, { block: 'center' });
        form.focusField(first.name);
      }
      return;
    }
    const all = { ...(form.getFieldsValue(true) as IntakeFormValues), ...values };
    const intake = toIntake(all, draft, tz);
    create.mutate(
      { clientKey: draft.clientKey, ...(draft.attachTo ? { attachTo: draft.attachTo.id } : {}), intake },
      {
        onSuccess: (res) => {
          if (pending.current) clearTimeout(pending.current);
          pending.current = null;
          clearDraft();
          void message.success(
            t(res.attached ? 'dutylog.intake.attached' : 'dutylog.intake.saved', {
              number: res.incident.number,
            }),
          );
          navigate(`/logs/incident/${res.incident.id}`);
        },
      },
    );
  }, [create, draft, form, message, t, tz]);

  const enterNav = useEnterNavigation(() => void submit());

  const category = Form.useWatch('category', form) as Category | undefined;
  const subtype = Form.useWatch('subtype', form);
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

  const townOptions = (towns.data ?? []).map((town) => ({ value: town.code, label: town.name }));
  const subtypeOptions: SelectProps['options'] = category
    ? SUBTYPES[category].map((s) => ({ value: s, label: t(`subtype.${s}`) }))
    : CATEGORIES.map((c) => ({
        label: t(`category.${c}`),
        title: t(`category.${c}`),
        options: SUBTYPES[c].map((s) => ({ value: s, label: t(`subtype.${s}`) })),
      }));

  const suggestTitle = (e: FocusEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const v = form.getFieldsValue(true) as IntakeFormValues;
    if (trimmed(v.title)) return;
    const town = towns.data?.find((x) => x.code === v.townCode)?.name ?? '';
    const address = trimmed(v.address);
    const place = town && address.startsWith(town) ? address : `${town}${address}`;
    const what = v.subtype ? t(`subtype.${v.subtype}`) : '';
    const suggestion = `${place}${what}`.slice(0, 100);
    if (!place || !what) return;
    form.setFieldValue('title', suggestion);
    persist();
    // Selected, so typing replaces the suggestion and Enter keeps it.
    requestAnimationFrame(() => input.select());
  };

  const fillTownSeat = () => {
    const town = towns.data?.find((x) => x.code === form.getFieldValue('townCode'));
    if (!town) return;
    form.setFieldsValue({ lon: town.seat[0], lat: town.seat[1] });
    persist();
  };

  const deadlineHint = (() => {
    if (!rules.data || !receivedIso) return null;
    const r = category
      ? ruleFor(rules.data.rules, grade, category)
      : ruleFor(
          { ...rules.data.rules, rules: rules.data.rules.rules.filter((x) => x.category === null) },
          grade,
          'natural',
        );
    const at = (min: number) =>
      toLocalText(new Date(new Date(receivedIso).getTime() + min * 60_000).toISOString(), tz);
    return {
      phone: r.phoneMinutes,
      phoneAt: at(r.phoneMinutes),
      written: r.writtenMinutes,
      writtenAt: at(r.writtenMinutes),
    };
  })();

  const timeRule = dateTimeRule(tz, t('dutylog.time.invalid'), { notFuture: t('dutylog.time.future') });
  const selectSearch = { optionFilterProp: 'label' } as const;

  return (
    <div className="dr-page dr-intake-page">
      <PageHeader
        title={t('dutylog.intake.title')}
        subtitle={t('dutylog.intake.subtitle', { key: INTAKE_HOTKEY_LABEL })}
        extra={
          <Button onClick={() => navigate('/logs')} tabIndex={-1}>
            {t('dutylog.intake.toLog')}
          </Button>
        }
      />
      {showRestored && restored ? (
        <Alert
          className="dr-intake-notice"
          type="warning"
          showIcon
          data-testid="draft-restored"
          title={t('dutylog.intake.restored', { at: toLocalText(restored.savedAt ?? restored.openedAt, tz) })}
          action={
            <Button size="small" danger onClick={discard}>
              {t('dutylog.intake.discard')}
            </Button>
          }
          closable={{ onClose: () => setShowRestored(false) }}
        />
      ) : null}
      {draft.attachTo ? (
        <Alert
          className="dr-intake-notice"
          type="info"
          showIcon
          data-testid="attach-banner"
          title={t('dutylog.intake.attachBanner', {
            number: draft.attachTo.number,
            title: draft.attachTo.title,
          })}
          action={
            <Button size="small" onClick={() => setAttach(null)}>
              {t('dutylog.intake.attachCancel')}
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
              <Card size="small" title={t('dutylog.intake.section.call')} className="dr-intake-section">
                <Row gutter={12}>
                  <Col span={6}>
                    <Form.Item name="channel" label={t('dutylog.field.channel')} rules={[requiredRule(t)]}>
                      <Select
                        ref={firstField}
                        showSearch={selectSearch}
                        options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name="receivedAt"
                      label={t('dutylog.field.receivedAt')}
                      rules={[requiredRule(t), timeRule]}
                    >
                      <DateTimeInput timeZone={tz} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name="callerUnit"
                      label={t('dutylog.field.callerUnit')}
                      rules={[zodRule(text(100), t)]}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name="callerName"
                      label={t('dutylog.field.callerName')}
                      rules={[zodRule(text(40), t)]}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name="callerPost"
                      label={t('dutylog.field.callerPost')}
                      rules={[zodRule(text(40), t)]}
                    >
                      <Input maxLength={40} />
                    </Form.Item>
                  </Col>
                  <Col span={12}>
                    <Form.Item
                      name="callerPhone"
                      label={t('dutylog.field.callerPhone')}
                      rules={[zodRule(phone, t)]}
                    >
                      <Input maxLength={40} inputMode="tel" />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>

              <Card size="small" title={t('dutylog.intake.section.event')} className="dr-intake-section">
                <Row gutter={12}>
                  <Col span={6}>
                    <Form.Item name="category" label={t('dutylog.field.category')} rules={[requiredRule(t)]}>
                      <Select
                        showSearch={selectSearch}
                        placeholder={t('dutylog.intake.pick')}
                        options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name="subtype" label={t('dutylog.field.subtype')} rules={[requiredRule(t)]}>
                      <Select
                        showSearch={selectSearch}
                        placeholder={t('dutylog.intake.pickOrType')}
                        options={subtypeOptions}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name="grade" label={t('dutylog.field.grade')} rules={[requiredRule(t)]}>
                      <Select
                        showSearch={selectSearch}
                        options={GRADES.map((g) => ({ value: g, label: t(`grade.${g}`) }))}
                        labelRender={({ value }) => <GradeTag grade={value as Grade} />}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item
                      name="occurredAt"
                      label={t('dutylog.field.occurredAt')}
                      dependencies={['receivedAt']}
                      rules={[
                        timeRule,
                        ({ getFieldValue }) => ({
                          validator: async (_: unknown, value: string) => {
                            const occ = value?.trim() ? parseLocalText(value, tz) : null;
                            const rec = resolveLocalText(
                              getFieldValue('receivedAt') as string,
                              tz,
                              draft.openedAt,
                            );
                            if (occ && rec && occ > rec) throw new Error(t('errors.occurred_after_received'));
                          },
                        }),
                      ]}
                    >
                      <DateTimeInput timeZone={tz} placeholder={t('dutylog.intake.occurredPlaceholder')} />
                    </Form.Item>
                  </Col>
                  <Col span={6}>
                    <Form.Item name="townCode" label={t('dutylog.field.town')}>
                      <Select
                        showSearch={selectSearch}
                        allowClear
                        placeholder={t('dutylog.intake.pickOrType')}
                        options={townOptions}
                        loading={towns.isPending}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={10}>
                    <Form.Item
                      name="address"
                      label={t('dutylog.field.address')}
                      rules={[zodRule(text(200), t)]}
                    >
                      <Input maxLength={200} />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name="lon"
                      label={t('dutylog.field.lon')}
                      extra={
                        <MapPickButton
                          value={typeof lon === 'number' && typeof lat === 'number' ? [lon, lat] : null}
                          onPick={(p) => form.setFieldsValue({ lon: p[0], lat: p[1] })}
                        />
                      }
                    >
                      <InputNumber
                        className="dr-full-width"
                        min={-180}
                        max={180}
                        step={0.00001}
                        precision={6}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={4}>
                    <Form.Item
                      name="lat"
                      label={t('dutylog.field.lat')}
                      dependencies={['lon']}
                      rules={[
                        ({ getFieldValue }) => ({
                          validator: async (_: unknown, value: unknown) => {
                            const hasLon = typeof getFieldValue('lon') === 'number';
                            if (hasLon !== (typeof value === 'number'))
                              throw new Error(t('dutylog.intake.pointBoth'));
                          },
                        }),
                      ]}
                      extra={
                        townCode ? (
                          <Button
                            type="link"
                            size="small"
                            className="dr-link-btn"
                            icon={<EnvironmentOutlined />}
                            onClick={fillTownSeat}
                          >
                            {t('dutylog.intake.townSeat')}
                          </Button>
                        ) : null
                      }
                    >
                      <InputNumber
                        className="dr-full-width"
                        min={-90}
                        max={90}
                        step={0.00001}
                        precision={6}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item
                      name="title"
                      label={t('dutylog.field.title')}
                      rules={[requiredRule(t), zodRule(name(100), t)]}
                      extra={t('dutylog.intake.titleHint')}
                    >
                      <Input maxLength={100} onFocus={suggestTitle} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item
                      name="description"
                      label={t('dutylog.field.description')}
                      rules={[zodRule(text(4000), t)]}
                    >
                      <Input.TextArea rows={3} maxLength={4000} />
                    </Form.Item>
                  </Col>
                  <Col span={24}>
                    <Form.Item name="cause" label={t('dutylog.field.cause')} rules={[zodRule(text(1000), t)]}>
                      <Input maxLength={1000} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>

              <Card size="small" title={t('dutylog.intake.section.casualties')} className="dr-intake-section">
                <Row gutter={12}>
                  {(['dead', 'injured', 'missing', 'trapped'] as const).map((k) => (
                    <Col span={6} key={k}>
                      <Form.Item name={k} label={t(`dutylog.casualties.${k}`)}>
                        <InputNumber className="dr-full-width" min={0} max={100000} precision={0} />
                      </Form.Item>
                    </Col>
                  ))}
                  <Col span={24}>
                    <Form.Item
                      name="losses"
                      label={t('dutylog.field.losses')}
                      rules={[zodRule(text(500), t)]}
                    >
                      <Input maxLength={500} />
                    </Form.Item>
                  </Col>
                </Row>
              </Card>

              <Card size="small" title={t('dutylog.intake.section.response')} className="dr-intake-section">
                <Form.Item
                  name="measures"
                  label={t('dutylog.field.measures')}
                  rules={[zodRule(text(2000), t)]}
                >
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
                <Form.Item name="trend" label={t('dutylog.field.trend')} rules={[zodRule(text(1000), t)]}>
                  <Input maxLength={1000} />
                </Form.Item>
                <div className="dr-form-label">{t('dutylog.field.notified')}</div>
                <Form.List name="notified">
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f) => (
                        <Row gutter={8} key={f.key} className="dr-notified-row">
                          <Col span={14}>
                            <Form.Item
                              name={[f.name, 'who']}
                              rules={[requiredRule(t), zodRule(name(60), t)]}
                              aria-label={t('dutylog.notified.who')}
                            >
                              <Input maxLength={60} placeholder={t('dutylog.notified.who')} />
                            </Form.Item>
                          </Col>
                          <Col span={8}>
                            <Form.Item name={[f.name, 'at']} rules={[requiredRule(t), timeRule]}>
                              <DateTimeInput timeZone={tz} aria-label={t('dutylog.notified.at')} />
                            </Form.Item>
                          </Col>
                          <Col span={2}>
                            <Button
                              icon={<DeleteOutlined />}
                              aria-label={t('dutylog.notified.remove')}
                              onClick={() => {
                                remove(f.name);
                                persist();
                              }}
                            />
                          </Col>
                        </Row>
                      ))}
                      <Button
                        icon={<PlusOutlined />}
                        onClick={() => {
                          add({ who: '', at: toLocalText(new Date().toISOString(), tz) });
                          persist();
                          // Straight into the new row, so the keyboard never has to come back for it.
                          setTimeout(() => form.focusField(['notified', fields.length, 'who']), 0);
                        }}
                      >
                        {t('dutylog.notified.add')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </Card>

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
                  {draft.attachTo ? t('dutylog.intake.saveAttach') : t('dutylog.intake.save')}
                </Button>
                <span className="dr-muted">{t('dutylog.intake.keys')}</span>
                <span className="dr-grow" />
                <Button danger onClick={discard} tabIndex={-1}>
                  {t('dutylog.intake.clear')}
                </Button>
              </div>
            </Form>
          </div>
        </Col>
        <Col xs={24} xl={7} className="dr-intake-side">
          <Card size="small" title={t('dutylog.intake.deadlineTitle')} className="dr-intake-side-card">
            {deadlineHint ? (
              <div data-testid="deadline-preview">
                <div className="dr-intake-grade">
                  <GradeTag grade={grade} />
                  {category ? <Tag>{t(`category.${category}`)}</Tag> : null}
                </div>
                <p>{t('dutylog.intake.deadlinePhone', deadlineHint)}</p>
                <p>{t('dutylog.intake.deadlineWritten', deadlineHint)}</p>
              </div>
            ) : (
              <p className="dr-muted">{t('dutylog.intake.deadlineNone')}</p>
            )}
          </Card>
          <DuplicatesPanel
            input={dupInput}
            attachedId={draft.attachTo?.id ?? null}
            onAttach={(inc) => setAttach({ id: inc.id, number: inc.number, title: inc.title })}
          />
          <Card size="small" title={t('dutylog.intake.keysTitle')} className="dr-intake-side-card">
            <ul className="dr-keys">
              <li>
                <kbd>Enter</kbd> {t('dutylog.intake.keyEnter')}
              </li>
              <li>
                <kbd>Tab</kbd> / <kbd>Shift+Tab</kbd> {t('dutylog.intake.keyTab')}
              </li>
              <li>
                <kbd>Ctrl+Enter</kbd> {t('dutylog.intake.keySave')}
              </li>
              <li>
                <kbd>{INTAKE_HOTKEY_LABEL}</kbd> {t('dutylog.intake.keyNew')}
              </li>
            </ul>
            <p className="dr-muted">{t('dutylog.intake.draftHint')}</p>
          </Card>
        </Col>
      </Row>
    </div>
  );
}
