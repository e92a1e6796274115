import { Card, List, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { useSharedNow } from '../../components/useSharedNow';
import { hrefOf } from '../../router/hash';
import { useFormatDateTime } from '../../time/useRoomTime';
import {
  ackCounts,
  openEscalations,
  recipientName,
  responseMark,
  stateOf,
  statusOf,
} from './useWarningClock';
import { LevelTag, StateTag, WarningResponseTag } from './WarningTags';
import './warnings.css';

/**
 * The desk's view of the warnings in force: each with its state and 回执 x/y, and the
 * recipients whose 回执 is overdue named in red, to be escalated — or, once escalated (自动升级),
 * whom it climbed to, until that town answers; a warning under a 预警响应 carries its level
 * (Ⅳ级响应中), and 待终止 once lifted while the response still runs. Nothing when none is listed.
 */
export function WarningsCard() {
  const { t } = useTranslation();
  const now = useSharedNow();
  const fmt = useFormatDateTime();
  const q = useApiQuery('warnings.list', { scope: 'live' });
  if (!q.data || q.data.warnings.length === 0) return null;
  const { rules, warnings } = q.data;
  return (
    <Card title={t('warnings.desk.title')} className="dr-dashboard-row" data-testid="card-warnings">
      <List
        size="small"
        dataSource={warnings}
        renderItem={(w) => {
          const c = ackCounts(w, rules, now);
          const silent = w.recipients.filter((r) => statusOf(r, rules, now).escalate);
          const response = responseMark(w, rules, now);
          return (
            <List.Item data-testid="desk-warning">
              <div className="dr-warn-desk-item">
                <Space wrap>
                  <LevelTag level={w.level} />
                  <a href={hrefOf('warnings', [w.id])}>{w.headline}</a>
                  <StateTag state={stateOf(w, rules, now)} />
                  {response ? <WarningResponseTag w={w} over={response.toEnd} /> : null}
                  {w.recipients.length ? (
                    <span className="dr-tabular">
                      {t('warnings.col.ack')} {t('warnings.acks', c)}
                    </span>
                  ) : null}
                </Space>
                {silent.map((r) => (
                  <div key={r.id} className="dr-warn-late" data-testid="desk-warning-late">
                    {t('warnings.desk.lateLine', {
                      name: recipientName(r),
                      what: t('warnings.escalateNow'),
                    })}
                  </div>
                ))}
                {openEscalations(w).map(({ from, to }) => (
                  <div key={to.id} className="dr-warn-late" data-testid="desk-warning-escalated">
                    {t(to.auto ? 'warnings.autoEscalatedLine' : 'warnings.escalatedLine', {
                      from: recipientName(from),
                      to: recipientName(to),
                      at: fmt(to.sentAt),
                    })}
                  </div>
                ))}
              </div>
            </List.Item>
          );
        }}
      />
    </Card>
  );
}
