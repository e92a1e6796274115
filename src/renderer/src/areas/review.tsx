import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import { reviewArea } from '../../../common/areas/review';
import { reviewZhCN } from '../i18n/review.zh-CN';
import { preparednessGroup } from './groups';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

const ReviewArea = lazy(() =>
  import('../pages/review/ReviewArea').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.ReviewArea sub={sub} admin={operator.role === 'admin'} />,
  })),
);
const EvaluationSheet = lazy(() =>
  import('../pages/review/EvaluationPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.EvaluationPrint drillId={parts[2] ?? ''} auto={auto} />,
  })),
);
const SummarySheet = lazy(() =>
  import('../pages/review/CampaignSummaryPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => (
      <m.CampaignSummaryPrint campaignId={parts[2] ?? ''} auto={auto} />
    ),
  })),
);

export const reviewUi = defineRendererArea(reviewArea, {
  pages: {
    review: {
      page: ReviewArea,
      order: 74,
      icon: <AuditOutlined />,
      labelKey: 'nav.review',
      group: preparednessGroup,
    },
  },
  // 演练评估报告 (#/print/evaluation/<drillId>) and the campaign's 总结报告 (#/print/campaignSummary/<id>).
  printPages: { evaluation: EvaluationSheet, campaignSummary: SummarySheet },
  catalogs: { 'zh-CN': reviewZhCN, 'en-US': () => import('../i18n/review.en-US').then((m) => m.reviewEnUS) },
});
