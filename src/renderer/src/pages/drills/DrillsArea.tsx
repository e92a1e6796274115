import { useEffect, useState } from 'react';
import { Button, Empty, Skeleton, Space } from 'antd';
import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignView, DrillView } from '../../../../common/contract/drills';
import type { Operator } from '../../../../common/contract/operators';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { FOCUS_PARAM } from '../../components/recordFocus';
import { useHashRoute } from '../../router/hash';
import { CampaignBoard } from './CampaignBoard';
import { CampaignDialog } from './CampaignDialog';
import { DrillDialog } from './DrillDialog';
import { DrillPanel } from './DrillPanel';
import { DrillsTable } from './DrillsTable';
import './drills.css';

/** 应急准备 → 应急演练: the campaign boards, the drills, one drill's panel. */
export function DrillsArea({ operator }: { operator: Operator }) {
  const { t } = useTranslation();
  const campaigns = useApiQuery('drills.campaigns', {});
  const drills = useApiQuery('drills.list', {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ drill: DrillView | null } | null>(null);
  const [editingCampaign, setEditingCampaign] = useState<{ campaign: CampaignView | null } | null>(null);
  // `#/drills?focus=<id>` (统计's drills lead here): that drill's panel opens, its row marked;
  // a sealed drill only its row (its panel is its controllers').
  const focusId = useHashRoute().query.get(FOCUS_PARAM);
  const focusOpen =
    focusId !== null && (drills.data?.drills ?? []).some((d) => d.id === focusId && !d.sealed);
  useEffect(() => {
    if (focusOpen) setOpenId(focusId);
  }, [focusOpen, focusId]);
  if (campaigns.isPending || drills.isPending) return <Skeleton active />;
  const list = drills.data?.drills ?? [];
  const campaignList = campaigns.data?.campaigns ?? [];
  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.drills')}
        subtitle={t('drills.subtitle', {
          campaigns: campaignList.length,
          drills: list.length,
          running: list.filter((d) => d.state === 'started').length,
        })}
        extra={
          <Space>
            <Button icon={<PlusOutlined />} onClick={() => setEditingCampaign({ campaign: null })}>
              {t('drills.campaign.new')}
            </Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ drill: null })}>
              {t('drills.new')}
            </Button>
          </Space>
        }
      />
      <ErrorAlert error={campaigns.error ?? drills.error} />
      {campaignList.length ? (
        campaignList.map((c) => (
          <CampaignBoard
            key={c.id}
            campaign={c}
            extra={
              <Button
                size="small"
                icon={<EditOutlined />}
                onClick={() => setEditingCampaign({ campaign: c })}
              >
                {t('drills.campaign.edit')}
              </Button>
            }
          />
        ))
      ) : (
        <Empty description={t('drills.campaign.none')} />
      )}
      <h2 className="dr-section-title">{t('drills.list.title')}</h2>
      <DrillsTable
        drills={list}
        campaigns={campaignList}
        onOpen={(d) => setOpenId(d.id)}
        onEdit={(d) => setEditing({ drill: d })}
      />
      <DrillPanel id={openId} onClose={() => setOpenId(null)} />
      {editing ? (
        <DrillDialog
          open
          drill={editing.drill}
          campaigns={campaignList}
          operator={operator}
          onClose={() => setEditing(null)}
        />
      ) : null}
      {editingCampaign ? (
        <CampaignDialog campaign={editingCampaign.campaign} onClose={() => setEditingCampaign(null)} />
      ) : null}
    </div>
  );
}
