import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseState } from '../../../../common/domain/releases';

const COLOURS: Record<ReleaseState, string | undefined> = {
  draft: undefined,
  reviewed: 'blue',
  submitted: 'geekblue',
  approved: 'cyan',
  returned: 'orange',
  released: 'green',
  withdrawn: undefined,
};

export function ReleaseStateTag({ state }: { state: ReleaseState }) {
  const { t } = useTranslation();
  return (
    <Tag color={COLOURS[state]} data-testid="release-state" data-state={state}>
      {t(`releaseState.${state}`)}
    </Tag>
  );
}
