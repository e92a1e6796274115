import { useState } from 'react';
import { Button, Card, List, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../common/contract/review';
import { OpenRectificationDialog } from './RectificationDialogs';
import { RECTIFICATION_COLORS } from './format';

/** The drill's findings as 整改 items: what was found, who fixes it by when. */
export function FindingsCard({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const canOpen = view.drill.state !== 'started' && view.drill.state !== 'closed';
  return (
    <Card
      title={t('review.findings.title')}
      size="small"
      data-testid="findings"
      extra={
        canOpen ? (
          <Button size="small" onClick={() => setOpen(true)}>
            {t('review.findings.add')}
          </Button>
        ) : null
      }
    >
      <List
        size="small"
        dataSource={view.rectifications}
        locale={{ emptyText: t('review.findings.empty') }}
        renderItem={(r) => (
          <List.Item key={r.id} className={r.overdue ? 'dr-review-row-overdue' : undefined}>
            <span>
              <span className="dr-tabular">{r.number}</span> · {t(`rectificationCategory.${r.category}`)} ·{' '}
              <Tag color={RECTIFICATION_COLORS[r.status]} bordered={false}>
                {t(`rectificationStatus.${r.status}`)}
              </Tag>
              {r.overdue ? (
                <Tag color="red" bordered={false}>
                  {t('review.rect.overdue')}
                </Tag>
              ) : null}
              <div>{r.finding}</div>
              <div className="dr-muted">
                {r.ownerUnit} · {r.dueDate}
              </div>
            </span>
          </List.Item>
        )}
      />
      {open ? <OpenRectificationDialog view={view} onClose={() => setOpen(false)} /> : null}
    </Card>
  );
}
