import { useState } from 'react';
import { Button } from 'antd';
import { TeamOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { DispatchDialog } from '../teams/DispatchDialog';

/**
 * 调派 from the drill panel: a team sent to one of the drill's incidents, as from the
 * incident page. The dispatch is drill traffic because the incident is (演练 on the
 * dispatch and on the busy team), so it never counts as a real turn-out.
 */
export function DrillDispatchButton({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const detail = useApiQuery('incidents.get', { id: incidentId }, { enabled: open });
  const out = useApiQuery('dispatches.list', { incidentId });
  const n = (out.data ?? []).filter((d) => d.state !== 'returned').length;
  return (
    <>
      <Button size="small" icon={<TeamOutlined />} onClick={() => setOpen(true)} data-testid="drill-dispatch">
        {n ? t('drills.panel.dispatchMore', { n }) : t('drills.panel.dispatch')}
      </Button>
      {open && detail.data ? (
        <DispatchDialog incident={detail.data.incident} onClose={() => setOpen(false)} />
      ) : null}
    </>
  );
}
