import { useState } from 'react';
import { Alert, Button, Card, Form, Input, InputNumber, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';
import type { SignRole } from '../../../../common/contract/handover';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { toLocalText } from '../../components/localTime';
import { useRoomTimeZone } from '../../time/useRoomTime';

/**
 * 校验: a chain head read off a printed handover sheet (日志链头 #序号 · 校验码) is typed in
 * and checked against the duty log as it is now and against what the signatures stored.
 * A log rewritten with every hash recomputed still checks as a chain; it cannot match
 * the paper.
 */
export function VerifyTab() {
  const { t } = useTranslation();
  const tz = useRoomTimeZone();
  const [result, setResult] = useState<(OutputOf<'logs.checkAnchor'> & { seq: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async (v: { seq: number; hash: string }) => {
    setBusy(true);
    setError(null);
    try {
      const r = await apiClient().call('logs.checkAnchor', { seq: v.seq, hash: v.hash.replace(/\s+/g, '') });
      setResult({ ...r, seq: v.seq });
    } catch (e) {
      setResult(null);
      setError(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card className="dr-form-card" data-testid="anchor-verify">
      <p className="dr-muted">{t('handover.verify.help')}</p>
      <Form layout="inline" onFinish={(v: { seq: number; hash: string }) => void check(v)}>
        <Form.Item
          name="seq"
          label={t('handover.verify.seq')}
          rules={[{ required: true, message: t('handover.verify.seqNeeded') }]}
        >
          <InputNumber min={0} precision={0} aria-label={t('handover.verify.seq')} />
        </Form.Item>
        <Form.Item
          name="hash"
          label={t('handover.verify.hash')}
          rules={[{ required: true, message: t('handover.verify.hashNeeded') }]}
        >
          <Input
            className="dr-tabular"
            maxLength={80}
            aria-label={t('handover.verify.hash')}
            placeholder="3f2a 9c1b 7e04 d5e6"
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="anchor-check">
            {t('handover.verify.check')}
          </Button>
        </Form.Item>
      </Form>
      {error ? <Alert className="dr-ho-alert" type="error" showIcon title={error} /> : null}
      {result ? (
        <div className="dr-ho-alert" data-testid="anchor-result" data-state={result.inLog}>
          <Alert
            type={result.inLog === 'match' ? 'success' : 'error'}
            showIcon
            title={t(`handover.verify.inLog.${result.inLog}`, { seq: result.seq })}
          />
          <ul className="dr-ho-amendments">
            {result.recorded.map((r) => (
              <li key={`${r.shiftKey}-${r.role}-${r.at}`}>
                <Tag color={r.match ? 'green' : 'red'}>
                  {r.match ? t('handover.verify.recordedMatch') : t('handover.verify.recordedOther')}
                </Tag>
                {t('handover.verify.recordedBy', {
                  shift: r.shiftKey,
                  role:
                    r.role === 'freeze' ? t('handover.verify.freeze') : t(`signRole.${r.role as SignRole}`),
                  name: r.name,
                  at: toLocalText(r.at, tz),
                })}
              </li>
            ))}
            {result.recorded.length === 0 ? (
              <li className="dr-muted">{t('handover.verify.noRecord')}</li>
            ) : null}
          </ul>
        </div>
      ) : null}
    </Card>
  );
}
