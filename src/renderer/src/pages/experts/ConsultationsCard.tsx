import { useState } from 'react';
import { Button, Card } from 'antd';
import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toLocalText } from '../../components/localTime';
import { hrefOf, navigate } from '../../router/hash';
import { useRoomTimeZone } from '../../time/useRoomTime';
import { namesText } from '../roster/format';
import { ConsultationDialog } from './ConsultationDialog';

/**
 * 专家会商 on the incident page: the 研判/会商 held on this incident, newest first, with who
 * took part, the conclusions and the 会商纪要 to print; a new one is recorded from here
 * already linked to the incident.
 */
export function ConsultationsCard({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const q = useApiQuery('consultations.list', { incidentId });
  const [adding, setAdding] = useState(false);
  const list = q.data ?? [];
  return (
    <Card
      size="small"
      title={t('experts.consultation.card', { n: list.length })}
      className="dr-detail-card"
      data-testid="incident-consultations"
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('experts.consultation.add')}
        </Button>
      }
    >
      {q.error ? <ErrorAlert error={q.error} /> : null}
      {list.length === 0 ? (
        <p className="dr-muted">{t('experts.consultation.empty')}</p>
      ) : (
        <ul className="dr-instructions">
          {list.map((c) => (
            <li key={c.id} data-testid="incident-consultation">
              <div>
                <span className="dr-strong">{t(`consultationKind.${c.kind}`)}</span>{' '}
                <span className="dr-muted dr-tabular">{toLocalText(c.heldAt, tz)}</span>
                <Button
                  type="link"
                  size="small"
                  icon={<PrinterOutlined />}
                  onClick={() => navigate(hrefOf('print/consultation', [c.id]))}
                >
                  {t('experts.consultation.print')}
                </Button>
              </div>
              <div>{c.subject}</div>
              <div className="dr-muted">
                {namesText(
                  t,
                  c.participants.map((p) => p.name),
                )}
              </div>
              <div>{t('experts.consultation.conclusionsLine', { text: c.conclusions })}</div>
            </li>
          ))}
        </ul>
      )}
      {adding ? <ConsultationDialog incidentId={incidentId} onClose={() => setAdding(false)} /> : null}
    </Card>
  );
}
