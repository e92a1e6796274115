import { Progress } from 'antd';
import { useProgress, type JobProgress as Reported } from '../api/progress';

/**
 * A long job's bar while this screen waits for it (the demo load, an import): how far
 * the host says it is, in `describe`'s words ("已读取 250 / 1200 行"), instead of a dimmed
 * button that says nothing for seconds.
 */
export function JobProgress({
  job,
  active,
  describe,
  waiting,
}: {
  job: string;
  active: boolean;
  describe: (p: Reported) => string;
  /** Said before the host's first word of it. */
  waiting: string;
}) {
  const p = useProgress(job, active);
  if (!active) return null;
  const percent = p && p.total > 0 ? Math.floor((p.done * 100) / p.total) : 0;
  return (
    <div className="dr-job-progress" role="status" aria-live="polite" data-testid="job-progress">
      <Progress percent={percent} size="small" status="active" showInfo={false} />
      <span className="dr-muted">{p ? describe(p) : waiting}</span>
    </div>
  );
}
