import type { FocusEvent, MouseEvent } from 'react';
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, type SelectProps } from 'antd';
import { EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Town } from '../../../../common/contract/geo';
import { name, text } from '../../../../common/contract/shared';
import { CATEGORIES, SUBTYPES, type Category, type Subtype } from '../../../../common/domain/incidents';
import { DateTimeInput } from '../../components/DateTimeInput';
import { focusNextField } from '../../components/enterNavigation';
import { parseLocalText, resolveLocalText } from '../../components/localTime';
import { MapPickButton } from '../../components/MapPickButton';
import { requiredRule, zodRule } from '../../forms/rules';
import type { IntakeFormValues } from './intakeDraft';
import { trimmed, type IntakeTimeRule } from './intakeValues';
import { keyboardSearch } from '../../forms/optionMatch';
import type { AccidentThresholds } from '../../../../common/domain/accidentGrade';
import { IntakeGradeField } from './IntakeGradeField';

/** 事件信息: what happened, of which type and grade, when and where (town, address, point). */
export function IntakeEventSection({
  tz,
  openedAt,
  timeRule,
  towns,
  townsLoading,
  persist,
  thresholds,
}: {
  thresholds: AccidentThresholds | undefined;
  tz: string;
  openedAt: string;
  timeRule: IntakeTimeRule;
  towns: readonly Town[] | undefined;
  townsLoading: boolean;
  persist: () => void;
}) {
  const { t } = useTranslation();
  const form = Form.useFormInstance<IntakeFormValues>();
  const category = Form.useWatch('category', form) as Category | undefined;
  const townCode = Form.useWatch('townCode', form);
  const lon = Form.useWatch('lon', form);
  const lat = Form.useWatch('lat', form);

  const townOptions = (towns ?? []).map((town) => ({ value: town.code, label: town.name }));
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
    const town = towns?.find((x) => x.code === v.townCode)?.name ?? '';
    const address = trimmed(v.address);
    const place = town && address.startsWith(town) ? address : `${town}${address}`;
    const what = v.subtype ? t(`subtype.${v.subtype as Subtype}`) : '';
    const suggestion = `${place}${what}`.slice(0, 100);
    if (!place || !what) return;
    form.setFieldValue('title', suggestion);
    persist();
    // Selected, so typing replaces the suggestion and Enter keeps it: at once (keys typed
    // straight away replace it), and again after React has rendered the value, unless the
    // user has typed by then (selecting then would throw their first characters away).
    input.value = suggestion;
    input.select();
    requestAnimationFrame(() => {
      if (input.value === suggestion) input.select();
    });
  };

  const hasPoint = typeof lon === 'number' && typeof lat === 'number';
  const fillTownSeat = (e: MouseEvent<HTMLElement>) => {
    const button = e.currentTarget;
    const town = towns?.find((x) => x.code === form.getFieldValue('townCode'));
    if (!town) return;
    form.setFieldsValue({ lon: town.seat[0], lat: town.seat[1] });
    persist();
    // Pressed from the keyboard (Enter reaches it after 纬度): typing goes on in the title.
    const container = button.closest('form');
    if (container && document.activeElement === button) focusNextField(container, button);
  };

  return (
    <Card size="small" title={t('logs.intake.section.event')} className="dr-intake-section">
      <Row gutter={12}>
        <Col span={6}>
          <Form.Item name="category" label={t('logs.field.category')} rules={[requiredRule(t)]}>
            <Select
              showSearch={keyboardSearch}
              placeholder={t('logs.intake.pick')}
              options={CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="subtype" label={t('logs.field.subtype')} rules={[requiredRule(t)]}>
            <Select
              showSearch={keyboardSearch}
              placeholder={t('logs.intake.pickOrType')}
              options={subtypeOptions}
            />
          </Form.Item>
        </Col>
        <IntakeGradeField thresholds={thresholds} persist={persist} />
        <Col span={6}>
          <Form.Item
            name="occurredAt"
            label={t('logs.field.occurredAt')}
            dependencies={['receivedAt']}
            rules={[
              timeRule,
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value: string) => {
                  const occ = value?.trim() ? parseLocalText(value, tz) : null;
                  const rec = resolveLocalText(getFieldValue('receivedAt') as string, tz, openedAt);
                  if (occ && rec && occ > rec) throw new Error(t('errors.occurred_after_received'));
                },
              }),
            ]}
          >
            <DateTimeInput timeZone={tz} placeholder={t('logs.intake.occurredPlaceholder')} />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="townCode" label={t('logs.field.town')}>
            <Select
              showSearch={keyboardSearch}
              allowClear
              placeholder={t('logs.intake.pickOrType')}
              options={townOptions}
              loading={townsLoading}
            />
          </Form.Item>
        </Col>
        <Col span={10}>
          <Form.Item name="address" label={t('logs.field.address')} rules={[zodRule(text(200), t)]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item
            name="lon"
            label={t('logs.field.lon')}
            extra={
              <MapPickButton
                value={hasPoint ? [lon, lat] : null}
                onPick={(p) => form.setFieldsValue({ lon: p[0], lat: p[1] })}
              />
            }
          >
            <InputNumber className="dr-full-width" min={-180} max={180} step={0.00001} precision={6} />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item
            name="lat"
            label={t('logs.field.lat')}
            dependencies={['lon']}
            rules={[
              ({ getFieldValue }) => ({
                validator: async (_: unknown, value: unknown) => {
                  const hasLon = typeof getFieldValue('lon') === 'number';
                  if (hasLon !== (typeof value === 'number')) throw new Error(t('logs.intake.pointBoth'));
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
                  // A stop for Enter only while there is no point yet; once set, Enter goes by.
                  {...(hasPoint ? {} : { 'data-enter-stop': true })}
                  data-testid="town-seat"
                >
                  {t('logs.intake.townSeat')}
                </Button>
              ) : null
            }
          >
            <InputNumber className="dr-full-width" min={-90} max={90} step={0.00001} precision={6} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item
            name="title"
            label={t('logs.field.title')}
            rules={[requiredRule(t), zodRule(name(100), t)]}
            extra={t('logs.intake.titleHint')}
          >
            <Input maxLength={100} onFocus={suggestTitle} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="description" label={t('logs.field.description')} rules={[zodRule(text(4000), t)]}>
            <Input.TextArea rows={3} maxLength={4000} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="cause" label={t('logs.field.cause')} rules={[zodRule(text(1000), t)]}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
      </Row>
    </Card>
  );
}
