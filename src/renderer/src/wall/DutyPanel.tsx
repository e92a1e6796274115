import { useTranslation } from 'react-i18next';
import type { OutputOf } from '../../../common/contract';
import type { Person } from '../../../common/contract/roster';
import { Panel } from './Panel';
import { shortTime } from './format';

type OnDuty = OutputOf<'roster.onDuty'>;

function PersonLine({ p }: { p: Person }) {
  return (
    <span className="dr-wd-person">
      <span className="dr-wd-name">{p.name}</span>
      {p.phone ? <span className="dr-wd-phone dr-wall-num">{p.phone}</span> : null}
    </span>
  );
}

/** Who is on duty now (leader on duty, shift chief, officers, with phones) and who comes next. */
export function DutyPanel({ duty, now, tz }: { duty: OnDuty | undefined; now: number; tz: string }) {
  const { t, i18n } = useTranslation();
  const shift = duty?.now;
  const time = (iso: string) => shortTime(iso, now, i18n.language, tz);
  const row = (label: string, people: Person[], testId: string) => (
    <div className="dr-wd-row" data-testid={testId}>
      <span className="dr-wd-role">{label}</span>
      <span className="dr-wd-people">
        {people.length === 0 ? (
          <span className="dr-wd-nobody">{t('wall.duty.nobody')}</span>
        ) : (
          people.map((p) => <PersonLine key={p.id} p={p} />)
        )}
      </span>
    </div>
  );
  return (
    <Panel
      area="duty"
      testId="wall-duty"
      title={t('wall.duty.title')}
      extra={
        shift ? (
          <span className="dr-wall-num">
            {t('wall.duty.period', { start: time(shift.start), end: time(shift.end) })}
          </span>
        ) : null
      }
    >
      {shift ? (
        <div className="dr-wd">
          {row(t('wall.duty.leader'), shift.leader ? [shift.leader] : [], 'wall-duty-leader')}
          {row(t('wall.duty.chief'), shift.chief ? [shift.chief] : [], 'wall-duty-chief')}
          {row(t('wall.duty.officers'), shift.officers, 'wall-duty-officers')}
          {duty.next ? (
            <div className="dr-wd-next">
              <span className="dr-wall-num">{t('wall.duty.next', { start: time(duty.next.start) })}</span>
              <span>
                {t('wall.duty.nextNames', {
                  leader: duty.next.leader?.name ?? '—',
                  chief: duty.next.chief?.name ?? '—',
                })}
              </span>
            </div>
          ) : null}
        </div>
      ) : null}
    </Panel>
  );
}
