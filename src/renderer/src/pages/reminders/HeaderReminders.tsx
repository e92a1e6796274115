import { Badge, Button } from 'antd';
import { BellOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { hrefOf } from '../../router/hash';
import './reminders.css';

/** The header's count of open reminders, red when any is overdue; a link to the list. */
export function HeaderReminders() {
  const { t } = useTranslation();
  const list = useApiQuery('reminders.list', {});
  const open = list.data?.open ?? 0;
  const overdue = list.data?.overdue ?? 0;
  return (
    <Badge count={open} color={overdue > 0 ? '#cf1322' : '#d46b08'} size="small" offset={[-4, 2]}>
      <Button
        size="small"
        type="text"
        className="dr-header-icon-btn dr-header-reminders"
        icon={<BellOutlined />}
        href={hrefOf('reminders')}
        aria-label={t('reminders.header.label', { n: open, overdue })}
        data-testid="header-reminders"
        data-open={open}
      >
        {t('nav.reminders')}
      </Button>
    </Badge>
  );
}
