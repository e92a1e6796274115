import { App, Checkbox, Form, InputNumber, Modal, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Person } from '../../../../common/contract/roster';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { peopleOptions } from './ShiftDialog';

interface Values {
  fromDay: number;
  toDay: number;
  leaders: string[];
  chiefs: string[];
  officers: string[];
  officersPerShift: number;
  overwrite: boolean;
}

const daysIn = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y!, m!, 0)).getUTCDate();
};

/**
 * 按规律排班: each list rotates one step per shift, in the order chosen, from the first
 * shift of the range. Staffed shifts are kept unless overwrite is ticked.
 */
export function FillDialog({
  month,
  people,
  onClose,
}: {
  month: string;
  people: Person[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const last = daysIn(month);
  const fill = useApiMutation('roster.fill', {
    onSuccess: (r) => {
      void message.success(t('roster.filledN', { filled: r.filled, skipped: r.skipped }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  const day = (n: number) => `${month}-${String(n).padStart(2, '0')}`;
  const byRole = (role: Person['role']) => people.filter((p) => p.active && p.role === role).map((p) => p.id);
  return (
    <Modal
      open
      width={640}
      title={t('roster.fillTitle', { month })}
      okText={t('roster.fill')}
      cancelText={t('common.cancel')}
      confirmLoading={fill.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="dr-muted">{t('roster.fillHelp')}</p>
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          fromDay: 1,
          toDay: last,
          leaders: byRole('leader'),
          chiefs: byRole('shift_chief'),
          officers: byRole('duty_officer'),
          officersPerShift: 2,
          overwrite: false,
        }}
        onFinish={(v) =>
          fill.mutate({
            month,
            fromDate: day(Math.min(v.fromDay, v.toDay)),
            toDate: day(Math.max(v.fromDay, v.toDay)),
            leaders: v.leaders ?? [],
            chiefs: v.chiefs ?? [],
            officers: v.officers ?? [],
            officersPerShift: v.officersPerShift ?? 0,
            overwrite: Boolean(v.overwrite),
          })
        }
      >
        <Space align="start">
          <Form.Item name="fromDay" label={t('roster.fromDay')}>
            <InputNumber min={1} max={last} />
          </Form.Item>
          <Form.Item name="toDay" label={t('roster.toDay')}>
            <InputNumber min={1} max={last} />
          </Form.Item>
          <Form.Item name="officersPerShift" label={t('roster.officersPerShift')}>
            <InputNumber min={0} max={8} />
          </Form.Item>
        </Space>
        <Form.Item name="leaders" label={t('roster.rotation', { position: t('position.leader') })}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={peopleOptions(t, people, 'leader')}
          />
        </Form.Item>
        <Form.Item name="chiefs" label={t('roster.rotation', { position: t('position.chief') })}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={peopleOptions(t, people, 'shift_chief')}
          />
        </Form.Item>
        <Form.Item name="officers" label={t('roster.rotation', { position: t('position.officer') })}>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={peopleOptions(t, people, 'duty_officer')}
          />
        </Form.Item>
        <Form.Item name="overwrite" valuePropName="checked">
          <Checkbox>{t('roster.overwrite')}</Checkbox>
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
