import { Button, Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { LOW_RATE } from '../../../../common/domain/statistics';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { hrefOf, navigate } from '../../router/hash';
import { keyFigureTiles } from '../../wall/KeyFiguresPage';
import { keyFigureHref } from './recordHref';

const LOW_COLOUR = '#cf1322';

/**
 * The desk's card of this month's key figures (stats.keyFigures), as the wall shows them:
 * 初报 on time, 查岗 answered, checks kept, drills done of planned. Each tile is a link to
 * the records behind it on 统计; a rate under LOW_RATE is red, and the card says so.
 */
export function KeyFiguresCard() {
  const { t } = useTranslation();
  const q = useApiQuery('stats.keyFigures', {});
  if (q.error) return <ErrorAlert error={q.error} />;
  const f = q.data;
  const low = t('statistics.key.low', { pct: Math.round(LOW_RATE * 100) });
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
        <>
          <Row gutter={[16, 16]}>
            {keyFigureTiles(f).map((x) => (
              <Col key={x.key} xs={12} xl={6} data-testid={`key-figure-${x.key}`} data-low={x.low}>
                <a
                  className="dr-key-tile"
                  href={keyFigureHref(f.month, x.key)}
                  data-testid={`key-figure-link-${x.key}`}
                  aria-label={t('statistics.key.open', {
                    name: t(`statistics.key.${x.key}`),
                    value: x.value,
                  })}
                  title={x.low ? low : undefined}
                >
                  <Statistic
                    title={t(`statistics.key.${x.key}`)}
                    value={x.value}
                    valueStyle={x.low ? { color: LOW_COLOUR } : undefined}
                  />
                  <div className="dr-stat-foot">
                    {x.key === 'drills'
                      ? (f.drills.campaign ?? t('statistics.key.noCampaign'))
                      : t('statistics.key.of', { n: x.n, of: x.of })}
                  </div>
                </a>
              </Col>
            ))}
          </Row>
          <div className="dr-stat-foot dr-key-legend" data-testid="key-figures-legend">
            <span className="dr-key-swatch" style={{ background: LOW_COLOUR }} aria-hidden />
            {low}
          </div>
        </>
      ) : null}
    </Card>
  );
}
