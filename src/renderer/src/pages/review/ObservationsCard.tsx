import { useState } from 'react';
import { App, Button, Card, Input, List, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EvaluationView } from '../../../../common/contract/review';
import { EVALUATION_PHASES, type EvaluationPhase } from '../../../../common/domain/review';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { DateTimeInput } from '../../components/DateTimeInput';
import { resolveLocalText } from '../../components/localTime';
import { useFormatDateTime, useRoomTimeZone } from '../../time/useRoomTime';

/** 观察记录: what the evaluators saw and when, during the drill or after; appended, never edited. */
export function ObservationsCard({ view }: { view: EvaluationView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const fmt = useFormatDateTime();
  const tz = useRoomTimeZone();
  const [at, setAt] = useState('');
  const [phase, setPhase] = useState<EvaluationPhase | null>(null);
  const [text, setText] = useState('');
  const observe = useApiMutation('evaluations.observe', {
    onError: (e) => void message.error(errorText(t, e)),
  });
  const add = () => {
    const observedAt = at.trim() ? resolveLocalText(at, tz) : null;
    observe.mutate(
      {
        clientKey: newClientKey(),
        drillId: view.drill.id,
        phase,
        text,
        ...(observedAt ? { observedAt } : {}),
      },
      {
        onSuccess: () => {
          setText('');
          setAt('');
          void message.success(t('review.obs.added'));
        },
      },
    );
  };
  return (
    <Card title={t('review.obs.title')} size="small" data-testid="observations">
      <List
        size="small"
        dataSource={view.observations}
        locale={{ emptyText: t('review.obs.empty') }}
        renderItem={(o) => (
          <List.Item key={o.id}>
            <span>
              <span className="dr-tabular">{fmt(o.observedAt)}</span>
              {o.phase ? ` · ${t(`evaluationPhase.${o.phase}`)}` : ''} · {o.observerName}
              <div>{o.text}</div>
            </span>
          </List.Item>
        )}
      />
      <Space direction="vertical" className="dr-full-width">
        <Space wrap>
          <DateTimeInput
            aria-label={t('review.obs.at')}
            placeholder={t('review.obs.at')}
            timeZone={tz}
            value={at}
            onChange={setAt}
          />
          <Select<EvaluationPhase | ''>
            aria-label={t('review.obs.phase')}
            className="dr-review-phase-select"
            value={phase ?? ''}
            onChange={(p) => setPhase(p === '' ? null : p)}
            options={[
              { value: '', label: t('review.obs.anyPhase') },
              ...EVALUATION_PHASES.map((p) => ({ value: p, label: t(`evaluationPhase.${p}`) })),
            ]}
          />
        </Space>
        <Input.TextArea
          aria-label={t('review.obs.text')}
          placeholder={t('review.obs.text')}
          rows={2}
          maxLength={1000}
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <Button onClick={add} disabled={!text.trim()} loading={observe.isPending}>
          {t('review.obs.add')}
        </Button>
      </Space>
    </Card>
  );
}
