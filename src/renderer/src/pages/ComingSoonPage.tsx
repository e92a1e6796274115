import { Card, Tag } from 'antd';
import { ClockCircleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { ReactNode } from 'react';
import { PageHeader } from '../components/PageHeader';
import { dataKey } from '../i18n/keys';

/**
 * An honest placeholder: says the area is not there yet and what it will hold, and
 * shows no made-up data.
 */
export function ComingSoonPage({ route, icon }: { route: string; icon: ReactNode }) {
  const { t } = useTranslation();
  const points = t(dataKey(`coming.${route}.points`)).split('\n');
  return (
    <div className="dr-page">
      <PageHeader title={t(dataKey(`nav.${route}`))} />
      <Card className="dr-coming" data-testid="coming-soon">
        <div className="dr-coming-icon" aria-hidden>
          {icon}
        </div>
        <div className="dr-coming-body">
          <Tag icon={<ClockCircleOutlined />} bordered={false} className="dr-soon-tag">
            {t('coming.tag')}
          </Tag>
          <h2 className="dr-coming-title">{t('coming.title')}</h2>
          <p className="dr-muted">{t(dataKey(`coming.${route}.summary`))}</p>
          <h3 className="dr-coming-subtitle">{t('coming.willHold')}</h3>
          <ul className="dr-coming-list">
            {points.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      </Card>
    </div>
  );
}
