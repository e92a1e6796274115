import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { hrefOf, navigate } from '../../router/hash';
import { wallCampaign } from '../../wall/RotatingPanel';
import { CampaignBoard } from './CampaignBoard';
import './drills.css';

/** The desk's view of the drill campaign: its board with the countdown, nothing when there is none. */
export function DrillsCard() {
  const { t } = useTranslation();
  const campaigns = useApiQuery('drills.campaigns', {});
  const campaign = wallCampaign(campaigns.data?.campaigns);
  if (!campaign) return null;
  return (
    <div className="dr-dashboard-row" data-testid="card-drills">
      <CampaignBoard
        campaign={campaign}
        extra={
          <Button size="small" onClick={() => navigate(hrefOf('drills'))}>
            {t('drills.dashboard.more')}
          </Button>
        }
      />
    </div>
  );
}
