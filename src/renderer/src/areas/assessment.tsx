import { lazy } from 'react';
import { AuditOutlined } from '@ant-design/icons';
import { assessmentArea } from '../../../common/areas/assessment';
import { assessmentZhCN } from '../i18n/assessment.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

const AssessmentPage = lazy(() =>
  import('../pages/assessment/AssessmentPage').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.AssessmentPage sub={sub} operator={operator} />,
  })),
);
const BulletinSheet = lazy(() =>
  import('../pages/assessment/BulletinPrint').then((m) => ({
    default: ({ parts, auto }: PrintPageProps) => <m.BulletinPrint id={parts[2] ?? ''} auto={auto} />,
  })),
);

export const assessmentUi = defineRendererArea(assessmentArea, {
  pages: {
    assessment: {
      page: AssessmentPage,
      // Beside 统计: the figures, then what they are scored as.
      order: 81,
      icon: <AuditOutlined />,
      labelKey: 'nav.assessment',
    },
  },
  // 考核通报 (#/print/bulletin/<id>).
  printPages: { bulletin: BulletinSheet },
  catalogs: {
    'zh-CN': assessmentZhCN,
    'en-US': () => import('../i18n/assessment.en-US').then((m) => m.assessmentEnUS),
  },
});
