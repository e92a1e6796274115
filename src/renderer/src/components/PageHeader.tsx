import type { ReactNode } from 'react';

export function PageHeader({
  title,
  extra,
  subtitle,
}: {
  title: string;
  extra?: ReactNode;
  subtitle?: ReactNode;
}) {
  return (
    <div className="dr-page-header">
      <div>
        <h1 className="dr-page-title">{title}</h1>
        {subtitle ? <div className="dr-page-subtitle">{subtitle}</div> : null}
      </div>
      {extra ? <div className="dr-page-extra">{extra}</div> : null}
    </div>
  );
}
