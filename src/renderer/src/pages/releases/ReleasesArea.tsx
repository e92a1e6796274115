import { useState } from 'react';
import { Button, Card, Checkbox, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import type { ReleaseView } from '../../../../common/contract/releases';
import { useApiQuery } from '../../api/hooks';
import { DrillMarker } from '../../components/DrillMarker';
import { PageHeader } from '../../components/PageHeader';
import { toLocalText } from '../../components/localTime';
import { hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { DraftDialog } from './DraftDialog';
import { ReleaseClocksCard } from './ReleaseClocks';
import { ReleaseDetail } from './ReleaseDetail';
import { ReleaseStateTag } from './ReleaseTags';
import './releases.css';

/** 信息发布 (`#/releases`): every release with where it stands; `#/releases/<id>` one release. */
export function ReleasesArea({ sub, operator }: { sub: string | undefined; operator: Operator }) {
  const { t } = useTranslation();
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.releases')} subtitle={t('releases.subtitle')} />
      {sub ? <ReleaseDetail id={sub} operator={operator} /> : <ReleasesList />}
    </div>
  );
}

function ReleasesList() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const [drills, setDrills] = useState(false);
  const [creating, setCreating] = useState(false);
  const q = useApiQuery('releases.list', { includeDrills: drills });
  return (
    <>
      <ReleaseClocksCard />
      <Card
        title={
          <Checkbox checked={drills} onChange={(e) => setDrills(e.target.checked)}>
            {t('releases.includeDrills')}
          </Checkbox>
        }
        extra={
          <Button type="primary" onClick={() => setCreating(true)} data-testid="release-new">
            {t('releases.new')}
          </Button>
        }
      >
        <Table<ReleaseView>
          rowKey="id"
          loading={q.isPending}
          dataSource={q.data?.releases ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          data-testid="releases-table"
          locale={{ emptyText: t('releases.empty') }}
          columns={[
            {
              title: t('releases.col.kind'),
              width: 120,
              render: (_v, r) => <Tag color="blue">{t(`releaseKind.${r.kind}`)}</Tag>,
            },
            {
              title: t('releases.field.title'),
              render: (_v, r) => (
                <div>
                  <a href={hrefOf('releases', [r.id])}>{r.versions.at(-1)!.title}</a>
                  <DrillMarker number={r.drillId ? t('releases.drill') : null} />
                  <div className="dr-muted">
                    <a href={hrefOf('logs', ['incident', r.incidentId])}>
                      {r.incidentNumber} {r.incidentTitle}
                    </a>
                  </div>
                </div>
              ),
            },
            {
              title: t('releases.col.version'),
              width: 80,
              render: (_v, r) => t('releases.versionN', { n: r.versions.at(-1)!.n }),
            },
            {
              title: t('releases.col.state'),
              width: 140,
              render: (_v, r) => <ReleaseStateTag state={r.state} />,
            },
            {
              title: t('releases.field.releasedAt'),
              width: 150,
              className: 'dr-tabular',
              render: (_v, r) => (r.releasedAt ? toLocalText(r.releasedAt, tz) : '—'),
            },
          ]}
        />
      </Card>
      {creating ? <DraftDialog mode="new" onClose={() => setCreating(false)} /> : null}
    </>
  );
}
