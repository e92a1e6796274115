import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { PageHeader } from '../../components/PageHeader';
import { hrefOf, navigate, useHashRoute } from '../../router/hash';
import { EvaluationPage } from './EvaluationPage';
import { EvaluationsTab } from './EvaluationsTab';
import { RectificationsTab } from './RectificationsTab';
import { SummaryTab } from './SummaryTab';
import { TemplatesTab } from './TemplatesTab';
import './review.css';

const TABS = ['evaluations', 'rectifications', 'summary', 'templates'] as const;
type Tab = (typeof TABS)[number];

function body(k: Tab, admin: boolean) {
  switch (k) {
    case 'evaluations':
      return <EvaluationsTab />;
    case 'rectifications':
      return <RectificationsTab />;
    case 'summary':
      return <SummaryTab />;
    case 'templates':
      return <TemplatesTab admin={admin} />;
  }
}

/** 演练评估与整改: `#/review/<tab>`, and one drill's evaluation at `#/review/evaluation/<drillId>`. */
export function ReviewArea({ sub, admin }: { sub: string | undefined; admin: boolean }) {
  const { t } = useTranslation();
  const route = useHashRoute();
  const list = useApiQuery('evaluations.list', {});
  if (sub === 'evaluation' && route.parts[2]) return <EvaluationPage drillId={route.parts[2]} />;
  const active: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'evaluations';
  const rows = list.data ?? [];
  const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((a, r) => a + f(r), 0);
  return (
    <div className="dr-page">
      <PageHeader
        title={t('nav.review')}
        subtitle={
          list.data
            ? t('review.subtitle', {
                drills: rows.length,
                evaluated: rows.filter((r) => r.status === 'submitted').length,
                open: sum((r) => r.rectifications.open),
                overdue: sum((r) => r.rectifications.overdue),
              })
            : undefined
        }
      />
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(hrefOf('review', [k]))}
        destroyOnHidden
        items={TABS.map((k) => ({
          key: k,
          label: t(`review.tab.${k}`),
          children: body(k, admin),
        }))}
      />
    </div>
  );
}
