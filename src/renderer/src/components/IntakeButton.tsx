import { Button } from 'antd';
import { FormOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { INTAKE_HOTKEY_LABEL, openIntake } from './intakeHotkey';

/** 接报 with its key (F2), wherever a new intake can start. */
export function IntakeButton({ size = 'middle' }: { size?: 'middle' | 'large' }) {
  const { t } = useTranslation();
  return (
    <Button
      type="primary"
      danger
      size={size}
      icon={<FormOutlined />}
      onClick={openIntake}
      className={size === 'large' ? 'dr-intake-btn-large' : undefined}
      data-testid="intake-button"
    >
      {t('logs.intakeButton')}
      <kbd className="dr-kbd-on-btn">{INTAKE_HOTKEY_LABEL}</kbd>
    </Button>
  );
}
