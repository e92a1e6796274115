import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamBusy } from '../../../../common/contract/teams';
import { hrefOf } from '../../router/hash';

/** A team out on a dispatch: which state, on which incident (a link to it), 演练 if it is a drill's. */
export function BusyTag({ busy }: { busy: TeamBusy }) {
  const { t } = useTranslation();
  return (
    <a href={hrefOf('logs', ['incident', busy.incidentId])} data-testid="team-busy">
      <Tag color={busy.drill ? 'purple' : 'magenta'} bordered={false} className="dr-res-inline-tag">
        {t(busy.drill ? 'teams.busyDrill' : 'teams.busy', {
          state: t(`dispatchState.${busy.state}`),
          number: busy.incidentNumber,
        })}
      </Tag>
    </a>
  );
}
