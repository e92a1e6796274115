import { useState } from 'react';
import { App, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentView } from '../../../../common/contract/equipment';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { requiredRule } from '../../forms/rules';
import { ExerciseSwitch } from '../drills/ExerciseSwitch';

/** Report a fault by hand (报故障); its deadline follows the kind's template unless set later. */
export function FaultOpenDialog({ equipment, onClose }: { equipment: EquipmentView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ description: string; reportedTo?: string }>();
  const [clientKey] = useState(newClientKey);
  const [drillId, setDrillId] = useState<string | null>(null);
  const open = useApiMutation('faults.open', {
    onSuccess: (f) => {
      void message.warning(t('equipment.faultOpenedNumber', { number: f.number }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('equipment.openFaultTitle', { name: equipment.name })}
      okText={t('equipment.openFault')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      confirmLoading={open.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ExerciseSwitch value={drillId} onChange={setDrillId} what="fault" />
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          open.mutate({
            clientKey,
            equipmentId: equipment.id,
            description: v.description.trim(),
            reportedTo: v.reportedTo?.trim() ?? '',
            drillId,
          })
        }
      >
        <Form.Item name="description" label={t('equipment.faultDescription')} rules={[requiredRule(t)]}>
          <Input.TextArea autoFocus maxLength={1000} rows={4} />
        </Form.Item>
        <Form.Item name="reportedTo" label={t('equipment.reportedTo')}>
          <Input maxLength={100} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
