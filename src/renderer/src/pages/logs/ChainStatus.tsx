import { useEffect } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Tooltip } from 'antd';
import { CheckCircleFilled, LoadingOutlined, WarningFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../../common/contract';
import type { ApiError } from '../../../../common/result';
import { apiClient } from '../../api/client';
import { queryKeyOf } from '../../api/keys';

/** Re-check this long after the log last changed: the check reads every entry, so it waits its turn. */
const RECHECK_AFTER_MS = 1500;

/**
 * Whether the log's hash chain is intact: every entry since the first is unchanged.
 * Checked on showing and again shortly after the log changes (not in the same breath
 * as the refresh of the list, which the desk is waiting for). A broken chain names
 * the first altered entry.
 */
export function ChainStatus() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = queryKeyOf('logs.verifyChain', {});
  const v = useQuery<OutputOf<'logs.verifyChain'>, ApiError>({
    queryKey: key,
    queryFn: () => apiClient().call('logs.verifyChain', {}),
    // Not refetched by the `logs.changed` invalidation itself: see the effect.
    enabled: false,
  });
  const { refetch } = v;

  useEffect(() => {
    void refetch();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hash = queryClient.getQueryCache().find({ queryKey: key, exact: true })?.queryHash;
    const unsubscribe = queryClient.getQueryCache().subscribe((ev) => {
      if (ev.type !== 'updated' || ev.action.type !== 'invalidate' || ev.query.queryHash !== hash) return;
      clearTimeout(timer);
      timer = setTimeout(() => void refetch(), RECHECK_AFTER_MS);
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
    // The key is constant, so it is not a dependency.
  }, [queryClient, refetch]);

  if (v.isPending) {
    return (
      <span className="dr-chain dr-chain-pending" data-testid="chain-status" data-state="pending">
        <LoadingOutlined /> {t('logs.chain.checking')}
      </span>
    );
  }
  if (v.isError) {
    return (
      <span className="dr-chain dr-chain-bad" data-testid="chain-status" data-state="error">
        <WarningFilled /> {t('logs.chain.error')}
      </span>
    );
  }
  const r = v.data;
  if (r.ok) {
    return (
      <Tooltip title={t('logs.chain.okHint')}>
        <span className="dr-chain dr-chain-ok" data-testid="chain-status" data-state="ok">
          <CheckCircleFilled /> {t('logs.chain.ok', { n: r.checked })}
        </span>
      </Tooltip>
    );
  }
  // A chain intact in itself but not matching what a signed sheet recorded: rewritten whole.
  const anchor = r.firstBrokenSeq === null ? r.anchorMismatches[0] : undefined;
  return (
    <span className="dr-chain dr-chain-bad" data-testid="chain-status" data-state="broken" role="alert">
      <WarningFilled />{' '}
      {anchor
        ? t('logs.chain.anchorBroken', { seq: anchor.seq, shift: anchor.shiftKey })
        : t('logs.chain.broken', { seq: r.firstBrokenSeq ?? '?', id: r.firstBrokenId ?? '?' })}
    </span>
  );
}
