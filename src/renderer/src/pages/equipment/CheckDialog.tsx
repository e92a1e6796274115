import { App, Modal, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EquipmentView } from '../../../../common/contract/equipment';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CheckForm } from './CheckForm';

/** A single check (or a fault's re-check) of one item, against its kind's current template. */
export function CheckDialog({
  equipment,
  recheck,
  onClose,
}: {
  equipment: EquipmentView;
  recheck?: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const templates = useApiQuery('checkTemplates.list', {});
  const template = templates.data?.find((x) => x.kind === equipment.kind);
  return (
    <Modal
      open
      width={760}
      footer={null}
      title={t(recheck ? 'equipment.recheckTitle' : 'equipment.checkTitle', { name: equipment.name })}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={templates.error} />
      {template ? (
        <CheckForm
          equipment={equipment}
          template={template}
          onDone={(r) => {
            if (r.faultClosed) void message.success(t('equipment.faultClosedToast'));
            else if (r.faultOpened) void message.warning(t('equipment.faultOpenedToast'));
            else if (r.check.passed) void message.success(t('equipment.checkPassedToast'));
            else void message.warning(t('equipment.checkFailedToast'));
            onClose();
          }}
        />
      ) : (
        <Skeleton active />
      )}
    </Modal>
  );
}
