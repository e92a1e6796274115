import { Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf, navigate } from '../../router/hash';
import { keyFigureTiles } from '../../wall/KeyFiguresPage';

/**
 * The desk's card of this month's key figures (stats.keyFigures), as the wall shows them:
 * 初报 on time, 查岗 answered, checks kept, drills done of planned; 统计 has the rest.
 */
export function KeyFiguresCard() {
  const { t } = useTranslation();
  const q = useApiQuery('stats.keyFigures', {});
  if (q.error) return <ErrorAlert error={q.error} />;
  const f = q.data;
  return (
    <Card
      className="dr-dashboard-row"
      title={t('statistics.key.title', { month: f?.month ?? '' })}
      loading={!f}
      data-testid="card-key-figures"
      extra={
        <Button size="small" onClick={() => navigate(hrefOf('statistics'))}>
          {t('statistics.key.more')}
        </Button>
      }
    >
      {f ? (
        <Row gutter={[16, 16]}>
          {keyFigureTiles(f).map((x) => (
            <Col key={x.key} xs={12} xl={6} data-testid={`key-figure-${x.key}`} data-low={x.low}>
              <Statistic
                title={t(`statistics.key.${x.key}`)}
                value={x.value}
                valueStyle={x.low ? { color: '#cf1322' } : undefined}
              />
              <div className="dr-stat-foot">
                {x.key === 'drills'
                  ? (f.drills.campaign ?? t('statistics.key.noCampaign'))
                  : t('statistics.key.of', { n: x.n, of: x.of })}
              </div>
            </Col>
          ))}
        </Row>
      ) : null}
    </Card>
  );
}
