import type { ReactNode, Ref } from 'react';

/** One panel of the wall: a title row and a body that never scrolls. */
export function Panel({
  area,
  title,
  extra,
  children,
  testId,
  ref,
}: {
  area: string;
  title: ReactNode;
  extra?: ReactNode;
  children: ReactNode;
  testId: string;
  /** The section, for a panel that measures itself (fit.ts). */
  ref?: Ref<HTMLElement>;
}) {
  return (
    <section ref={ref} className={`dr-wp dr-wp-${area}`} data-testid={testId}>
      <header className="dr-wp-head">
        <h2 className="dr-wp-title">{title}</h2>
        {extra ? <div className="dr-wp-extra">{extra}</div> : null}
      </header>
      <div className="dr-wp-body">{children}</div>
    </section>
  );
}
