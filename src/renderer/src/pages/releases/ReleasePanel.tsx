import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { IncidentSummary } from '../../../../common/contract/incidents';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf } from '../../router/hash';
import { DraftDialog } from './DraftDialog';
import { ClockLine } from './ReleaseClocks';
import { ReleaseStateTag } from './ReleaseTags';
import './releases.css';

/** On an incident's page: its release clocks counting down, its releases, and a new draft. */
export function ReleasePanel({ incident }: { incident: IncidentSummary }) {
  const { t } = useTranslation();
  const clocks = useApiQuery('releases.clocks', { incidentId: incident.id });
  const list = useApiQuery('releases.list', { incidentId: incident.id });
  const [creating, setCreating] = useState(false);
  const releases = list.data?.releases ?? [];
  const cl = clocks.data?.clocks ?? [];
  return (
    <Card
      size="small"
      title={t('releases.panel', { n: releases.length })}
      className="dr-detail-card"
      data-testid="release-panel"
      extra={
        <Button
          size="small"
          icon={<PlusOutlined />}
          onClick={() => setCreating(true)}
          data-testid="release-add"
        >
          {t('releases.new')}
        </Button>
      }
    >
      <ErrorAlert error={clocks.error ?? list.error} />
      {cl.length ? (
        <div className="dr-rel-clocks">
          {cl.map((c) => (
            <ClockLine key={c.kind} c={c} />
          ))}
        </div>
      ) : null}
      {releases.length === 0 ? (
        <p className="dr-muted">{t('releases.none')}</p>
      ) : (
        <ul className="dr-rel-list">
          {releases.map((r) => (
            <li key={r.id} data-testid="incident-release">
              <a href={hrefOf('releases', [r.id])}>
                {t(`releaseKind.${r.kind}`)} · {r.versions.at(-1)!.title}
              </a>{' '}
              <ReleaseStateTag state={r.state} />
            </li>
          ))}
        </ul>
      )}
      {creating ? <DraftDialog mode="new" incident={incident} onClose={() => setCreating(false)} /> : null}
    </Card>
  );
}
