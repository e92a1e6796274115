import { Button, Card, Col, Empty, Row, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../common/domain/incidents';
import { useApiQuery } from '../../api/hooks';
import { Countdown } from '../../components/Countdown';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ResponseTag } from '../../components/ResponseTag';
import { GradeTag } from '../../components/GradeTag';
import { toShortText } from '../../components/localTime';
import { navigate, hrefOf } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { useOpenIncidents, useOverdueIds } from './hooks';
import { KIND_COLORS, entrySummary } from './entryText';
import './logs.css';

export { IntakeButton } from '../../components/IntakeButton';

const SHOWN = 8;

/** The desk's duty-log part: open incidents by urgency (live countdowns) and the latest entries. */
export function DutyDeskRow() {
  return (
    <Row gutter={[16, 16]} className="dr-desk-row">
      <Col xs={24} xl={12}>
        <OpenIncidentsCard />
      </Col>
      <Col xs={24} xl={12}>
        <LatestEntriesCard />
      </Col>
    </Row>
  );
}

function OpenIncidentsCard() {
  const { t } = useTranslation();
  const open = useOpenIncidents();
  const items = open.data?.items ?? [];
  const overdue = useOverdueIds(items);
  return (
    <Card
      title={t('logs.desk.open', { n: open.data?.total ?? 0 })}
      className="dr-stat-card"
      data-testid="desk-open"
      extra={
        <Button type="link" onClick={() => navigate(hrefOf('logs', ['incidents']))}>
          {t('logs.desk.all')}
        </Button>
      }
    >
      <ErrorAlert error={open.error} />
      {open.isPending ? (
        <Skeleton active />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.board.none')} />
      ) : (
        <ul className="dr-desk-list">
          {items.slice(0, SHOWN).map((inc) => (
            <li
              key={inc.id}
              className={`dr-desk-item${overdue.has(inc.id) ? ' dr-desk-item-over' : ''}`}
              data-testid="desk-open-item"
            >
              <a href={hrefOf('logs', ['incident', inc.id])} className="dr-inc-link">
                <GradeTag grade={inc.grade} short />
                <span className="dr-mono">{inc.number}</span>
                <span className="dr-inc-title">{inc.title}</span>
                <ResponseTag response={inc.response} />
              </a>
              {inc.nextDue ? <Countdown dueAt={inc.nextDue.dueAt} kind={inc.nextDue.kind} /> : null}
            </li>
          ))}
        </ul>
      )}
      {items.length > SHOWN ? (
        <div className="dr-muted">{t('logs.desk.more', { n: items.length - SHOWN })}</div>
      ) : null}
    </Card>
  );
}

function LatestEntriesCard() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const latest = useApiQuery('logs.list', { filter: {}, limit: SHOWN });
  return (
    <Card
      title={t('logs.desk.latest')}
      className="dr-stat-card"
      data-testid="desk-latest"
      extra={
        <Button type="link" onClick={() => navigate(hrefOf('logs'))}>
          {t('logs.desk.log')}
        </Button>
      }
    >
      <ErrorAlert error={latest.error} />
      {latest.isPending ? (
        <Skeleton active />
      ) : (latest.data?.items.length ?? 0) === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('logs.list.empty')} />
      ) : (
        <ul className="dr-desk-list">
          {latest.data!.items.map((e) => (
            <li key={e.id} className="dr-desk-item" data-testid="desk-latest-item">
              <span className="dr-tabular dr-muted">{toShortText(e.occurredAt, tz)}</span>
              <Tag color={KIND_COLORS[e.kind] ?? 'default'}>{t(`kind.${e.kind}`)}</Tag>
              {e.incidentId ? (
                <a href={hrefOf('logs', ['incident', e.incidentId])} className="dr-desk-summary">
                  {e.incidentGrade ? <GradeTag grade={e.incidentGrade as Grade} short /> : null}
                  {e.incidentTitle}
                  {' · '}
                  {entrySummary(e, t)}
                </a>
              ) : (
                <span className="dr-desk-summary">{entrySummary(e, t)}</span>
              )}
              <span className="dr-muted">{e.authorName}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
