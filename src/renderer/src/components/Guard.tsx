import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button, Result } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { reportRendererError } from '../api/reportError';
import { navigate, hrefOf } from '../router/hash';

/** A panel's first retry; each failure after that waits twice as long, up to the cap. */
export const FIRST_RETRY_MS = 5_000;
export const MAX_RETRY_MS = 5 * 60_000;

/** The wait before retry number `failures` of a panel (1, 2, …): 5 s, 10 s, 20 s … 5 min. */
export function retryDelay(failures: number): number {
  return Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, failures - 1));
}

interface Props {
  /** What is guarded, for the log: 'page:logs', 'wall.stats'. */
  where: string;
  /**
   * page: an error page with 重试 and 回到工作台, until retried or the address changes.
   * panel: a quiet placeholder in the panel's place (class dr-wp-<area>) that retries by
   * itself. silent: nothing in its place, retries by itself (the wall's alarm banner).
   */
  kind: 'page' | 'panel' | 'silent';
  /** The wall panel's area (layout class), for kind panel. */
  area?: string;
  /** A new value clears the error (the page's address). */
  resetKey?: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  failures: number;
}

/**
 * An error boundary: a component that throws while rendering takes down only what this
 * wraps, is written to the host's log (system.reportError), and — on the wall, which runs
 * for weeks unattended — is tried again later, while everything around it keeps updating.
 * The one boundary of the renderer: pages are wrapped where they are mounted, each wall
 * panel where the board places it.
 */
export class Guard extends Component<Props, State> {
  override state: State = { failed: false, failures: 0 };
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private healthyTimer: ReturnType<typeof setTimeout> | undefined;

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const failures = this.state.failures + 1;
    this.setState({ failures });
    clearTimeout(this.healthyTimer);
    reportRendererError(this.props.where, error, failures, info.componentStack ?? undefined);
    if (this.props.kind !== 'page') {
      clearTimeout(this.retryTimer);
      this.retryTimer = setTimeout(() => this.setState({ failed: false }), retryDelay(failures));
    }
  }

  override componentDidUpdate(prev: Props, prevState: State): void {
    if (this.state.failed && prev.resetKey !== this.props.resetKey) this.retry();
    // Back and still standing after the longest wait: the next failure starts from 5 s again.
    if (prevState.failed && !this.state.failed) {
      clearTimeout(this.healthyTimer);
      this.healthyTimer = setTimeout(() => this.setState({ failures: 0 }), MAX_RETRY_MS);
    }
  }

  override componentWillUnmount(): void {
    clearTimeout(this.retryTimer);
    clearTimeout(this.healthyTimer);
  }

  private retry = (): void => {
    clearTimeout(this.retryTimer);
    this.setState({ failed: false });
  };

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    if (this.props.kind === 'page') return <PageFailed onRetry={this.retry} />;
    if (this.props.kind === 'silent') return null;
    return <PanelFailed area={this.props.area ?? 'failed'} where={this.props.where} />;
  }
}

function PageFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The failed page's queries have no observer now: dropping them makes 重试 fetch afresh
  // rather than draw the same answer again (the shell's own queries are in use and stay).
  const retry = () => {
    queryClient.removeQueries({ type: 'inactive' });
    onRetry();
  };
  return (
    <div className="dr-page" data-testid="page-error" role="alert">
      <Result
        status="error"
        title={t('boundary.page.title')}
        subTitle={t('boundary.page.detail')}
        extra={[
          <Button key="retry" type="primary" onClick={retry}>
            {t('common.retry')}
          </Button>,
          <Button
            key="home"
            onClick={() => {
              navigate(hrefOf(''));
              retry();
            }}
          >
            {t('boundary.page.home')}
          </Button>,
        ]}
      />
    </div>
  );
}

function PanelFailed({ area, where }: { area: string; where: string }) {
  const { t } = useTranslation();
  return (
    <section className={`dr-wp dr-wp-${area} dr-wp-failed`} data-testid="panel-error" data-where={where}>
      <div className="dr-wp-body">{t('boundary.panel')}</div>
    </section>
  );
}
