import { Alert, Empty, Skeleton, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../../../../common/domain/incidents';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { GradeTag } from '../../components/GradeTag';
import { Highlighted } from '../../components/Highlighted';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { KIND_COLORS } from './entryText';
import { hrefOf } from '../../router/hash';

/** Full-text search of the log: two-character words (滑坡) and longer phrases alike. */
export function SearchView({ q }: { q: string }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const query = q.trim();
  const enough = [...query].length >= 2;
  const res = useApiQuery('logs.search', { q: query, limit: 100 }, { enabled: enough });

  if (!query) return <Alert type="info" showIcon title={t('logs.search.hint')} />;
  if (!enough) return <Alert type="warning" showIcon title={t('errors.field.search_short')} />;
  if (res.isPending) return <Skeleton active />;
  if (res.isError) return <ErrorAlert error={res.error} />;
  const { hits, more } = res.data;
  return (
    <div className="dr-search" data-testid="search-results">
      <p className="dr-muted">
        {more
          ? t('logs.search.countMore', { n: hits.length, q: query })
          : t('logs.search.count', { n: hits.length, q: query })}
      </p>
      {hits.length === 0 ? (
        <Empty description={t('logs.search.none', { q: query })} />
      ) : (
        <ul className="dr-search-list">
          {hits.map(({ entry, snippet, highlights }) => (
            <li key={entry.id} className="dr-search-hit" data-testid="search-hit">
              <div className="dr-search-head">
                <Tag color={KIND_COLORS[entry.kind] ?? 'default'}>{t(`kind.${entry.kind}`)}</Tag>
                <span className="dr-tabular dr-muted">{toLocalText(entry.occurredAt, tz)}</span>
                {entry.incidentId ? (
                  <a href={hrefOf('logs', ['incident', entry.incidentId])} className="dr-inc-link">
                    {entry.incidentGrade ? <GradeTag grade={entry.incidentGrade as Grade} short /> : null}
                    <span className="dr-mono">{entry.incidentNumber}</span>
                    <span className="dr-inc-title">{entry.incidentTitle}</span>
                  </a>
                ) : (
                  <span className="dr-muted">{t('logs.list.noIncident')}</span>
                )}
                <span className="dr-muted">{entry.authorName}</span>
              </div>
              <div className="dr-search-snippet">
                <Highlighted text={snippet} ranges={highlights} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
