import { useState } from 'react';
import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { PageHeader } from '../../components/PageHeader';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { BulletinsTab } from './BulletinsTab';
import { FindingsTab } from './FindingsTab';
import { periodOptions } from './periods';
import { ResultsTab } from './ResultsTab';
import { SchemeTab } from './SchemeTab';
import './assessment.css';

const TABS = ['results', 'findings', 'bulletins', 'scheme'] as const;
type Tab = (typeof TABS)[number];

/** 考核 (`#/assessment`, `#/assessment/findings`, `/bulletins`, `/scheme`). */
export function AssessmentPage({ sub, operator }: { sub: string | undefined; operator: Operator }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const tab: Tab = (TABS as readonly string[]).includes(sub ?? '') ? (sub as Tab) : 'results';
  // Last month by default: the one a 通报 is written about.
  const [period, setPeriod] = useState(() => periodOptions(new Date(), tz).months[0]!);
  const body = (k: Tab) => {
    if (k !== tab) return null;
    if (k === 'results') return <ResultsTab period={period} setPeriod={setPeriod} />;
    if (k === 'findings') return <FindingsTab period={period} setPeriod={setPeriod} operator={operator} />;
    if (k === 'bulletins') return <BulletinsTab period={period} setPeriod={setPeriod} />;
    return <SchemeTab operator={operator} />;
  };
  return (
    <div className="dr-page">
      <PageHeader title={t('nav.assessment')} subtitle={t('assessment.subtitle')} />
      <Tabs
        activeKey={tab}
        onChange={(k) => navigate(k === 'results' ? hrefOf('assessment') : hrefOf('assessment', [k]))}
        items={TABS.map((k) => ({ key: k, label: t(`assessment.tab.${k}`), children: body(k) }))}
      />
    </div>
  );
}
