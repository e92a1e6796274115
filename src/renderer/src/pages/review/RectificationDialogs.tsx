import { useState, type ReactNode } from 'react';
import { Alert, App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { EvaluationView, RectificationView } from '../../../../common/contract/review';
import { RECTIFICATION_CATEGORIES, type RectificationCategory } from '../../../../common/domain/review';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { PlanSelect } from './PlanSelect';

const required = (message: string) => [{ required: true, whitespace: true, message }];

/** A modal form that submits on Enter in one-line fields and on OK; one client key per opening. */
function FormModal<V extends object>({
  title,
  onOk,
  onClose,
  busy,
  children,
  form,
  initial,
}: {
  title: string;
  onOk: (v: V, clientKey: string) => void;
  onClose: () => void;
  busy: boolean;
  children: ReactNode;
  form: ReturnType<typeof Form.useForm<V>>[0];
  initial?: Partial<V>;
}) {
  const { t } = useTranslation();
  const [clientKey] = useState(newClientKey);
  return (
    <Modal
      open
      title={title}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={busy}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={640}
    >
      <Form<V> form={form} layout="vertical" initialValues={initial} onFinish={(v) => onOk(v, clientKey)}>
        {children}
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

interface OpenValues {
  finding: string;
  category: RectificationCategory;
  itemKey?: string;
  planId?: string;
  measures?: string;
  ownerUnit: string;
  dueDate: dayjs.Dayjs;
}

/** 登记整改: a finding of this drill becomes a 整改 item; a 预案 finding names the plan to revise. */
export function OpenRectificationDialog({ view, onClose }: { view: EvaluationView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenValues>();
  const category = Form.useWatch('category', form);
  const open = useApiMutation('rectifications.open', {
    onSuccess: (r) => {
      void message.success(t('review.rect.opened', { number: r.number }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<OpenValues>
      title={t('review.rect.openTitle')}
      form={form}
      busy={open.isPending}
      onClose={onClose}
      initial={{ category: 'mechanism' }}
      onOk={(v, clientKey) =>
        open.mutate({
          clientKey,
          drillId: view.drill.id,
          category: v.category,
          finding: v.finding.trim(),
          measures: v.measures?.trim() ?? '',
          ownerUnit: v.ownerUnit.trim(),
          dueDate: v.dueDate.format('YYYY-MM-DD'),
          ...(v.itemKey ? { itemKey: v.itemKey } : {}),
          ...(v.planId ? { planId: v.planId } : {}),
        })
      }
    >
      <Form.Item name="finding" label={t('review.rect.finding')} rules={required(t('errors.field.required'))}>
        <Input.TextArea autoFocus maxLength={500} rows={2} />
      </Form.Item>
      <Form.Item
        name="category"
        label={t('review.rect.category')}
        rules={required(t('errors.field.required'))}
      >
        <Select
          options={RECTIFICATION_CATEGORIES.map((c) => ({
            value: c,
            label: t(`rectificationCategory.${c}`),
          }))}
        />
      </Form.Item>
      {category === 'plan' ? (
        <Form.Item
          name="planId"
          label={t('review.rect.plan')}
          extra={t('review.rect.planHint')}
          rules={required(t('errors.field.required'))}
        >
          <PlanSelect planIds={view.drill.planIds} />
        </Form.Item>
      ) : null}
      <Form.Item name="itemKey" label={t('review.rect.item')}>
        <Select
          allowClear
          options={view.items.map((i) => ({
            value: i.key,
            label: `${t(`evaluationPhase.${i.phase}`)} · ${i.label}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="measures" label={t('review.rect.measures')}>
        <Input.TextArea maxLength={1000} rows={2} />
      </Form.Item>
      <Form.Item
        name="ownerUnit"
        label={t('review.rect.ownerUnit')}
        rules={required(t('errors.field.required'))}
      >
        <Input maxLength={60} />
      </Form.Item>
      <Form.Item
        name="dueDate"
        label={t('review.rect.dueDate')}
        rules={[{ required: true, message: t('errors.field.required') }]}
      >
        <DatePicker className="dr-full-width" format="YYYY-MM-DD" />
      </Form.Item>
    </FormModal>
  );
}

interface ProgressValues {
  progress?: string;
  dueDate?: dayjs.Dayjs;
  reason?: string;
}

/** 整改进展: what was done, or a new due date with its reason. */
export function ProgressDialog({ item, onClose }: { item: RectificationView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ProgressValues>();
  const update = useApiMutation('rectifications.update', {
    onSuccess: () => {
      void message.success(t('review.rect.saved'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<ProgressValues>
      title={t('review.rect.progressTitle', { number: item.number })}
      form={form}
      busy={update.isPending}
      onClose={onClose}
      initial={{ dueDate: dayjs(item.dueDate) }}
      onOk={(v, clientKey) =>
        update.mutate({
          id: item.id,
          clientKey,
          progress: v.progress?.trim() ?? '',
          ...(v.dueDate ? { dueDate: v.dueDate.format('YYYY-MM-DD') } : {}),
          reason: v.reason?.trim() ?? '',
        })
      }
    >
      <Form.Item name="progress" label={t('review.rect.progressText')}>
        <Input.TextArea autoFocus maxLength={1000} rows={2} />
      </Form.Item>
      <Form.Item name="dueDate" label={t('review.rect.newDue')}>
        <DatePicker className="dr-full-width" format="YYYY-MM-DD" />
      </Form.Item>
      <Form.Item name="reason" label={t('review.rect.reason')}>
        <Input maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}

interface CloseValues {
  evidence: string;
  verifiedBy: string;
}

/** 验证销号: closes only with the evidence of the fix and who verified it. */
export function CloseDialog({ item, onClose }: { item: RectificationView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<CloseValues>();
  const close = useApiMutation('rectifications.close', {
    onSuccess: () => {
      void message.success(t('review.rect.closed', { number: item.number }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <FormModal<CloseValues>
      title={t('review.rect.closeTitle', { number: item.number })}
      form={form}
      busy={close.isPending}
      onClose={onClose}
      onOk={(v, clientKey) =>
        close.mutate({ id: item.id, clientKey, evidence: v.evidence.trim(), verifiedBy: v.verifiedBy.trim() })
      }
    >
      <Alert type="info" showIcon title={t('review.rect.closeHint')} />
      <p>{item.finding}</p>
      <Form.Item
        name="evidence"
        label={t('review.rect.evidence')}
        rules={required(t('errors.field.required'))}
      >
        <Input.TextArea autoFocus maxLength={2000} rows={3} />
      </Form.Item>
      <Form.Item
        name="verifiedBy"
        label={t('review.rect.verifiedBy')}
        rules={required(t('errors.field.required'))}
      >
        <Input maxLength={30} />
      </Form.Item>
    </FormModal>
  );
}
