import { Tooltip } from 'antd';
import { CheckCircleFilled, LoadingOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/**
 * Whether the log's hash chain is intact: every entry since the first is unchanged.
 * Re-checked whenever the log changes. A broken chain names the first altered entry.
 */
export function ChainStatus() {
  const { t } = useTranslation();
  const v = useApiQuery('logs.verifyChain', {});
  if (v.isPending) {
    return (
      <span className="dr-chain dr-chain-pending" data-testid="chain-status" data-state="pending">
        <LoadingOutlined /> {t('dutylog.chain.checking')}
      </span>
    );
  }
  if (v.isError) {
    return (
      <span className="dr-chain dr-chain-bad" data-testid="chain-status" data-state="error">
        <WarningFilled /> {t('dutylog.chain.error')}
      </span>
    );
  }
  const r = v.data;
  if (r.ok) {
    return (
      <Tooltip title={t('dutylog.chain.okHint')}>
        <span className="dr-chain dr-chain-ok" data-testid="chain-status" data-state="ok">
          <CheckCircleFilled /> {t('dutylog.chain.ok', { n: r.checked })}
        </span>
      </Tooltip>
    );
  }
  return (
    <span className="dr-chain dr-chain-bad" data-testid="chain-status" data-state="broken" role="alert">
      <WarningFilled /> {t('dutylog.chain.broken', { seq: r.firstBrokenSeq ?? '?', id: r.firstBrokenId ?? '?' })}
    </span>
  );
}
