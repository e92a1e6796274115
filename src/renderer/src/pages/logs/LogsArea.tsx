import { useState } from 'react';
import { Button, Input, Space, Tabs } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Operator } from '../../../../common/contract/operators';
import { IntakeButton } from '../../components/IntakeButton';
import { PageHeader } from '../../components/PageHeader';
import { navigate, useHashRoute, hrefOf } from '../../router/hash';
import { IncidentDetail } from '../incidents/IncidentDetail';
import { IncidentsBoard } from '../incidents/IncidentsBoard';
import { ChainStatus } from './ChainStatus';
import { IntakePage } from './IntakePage';
import { LogList } from './LogList';
import { QuickAddDialog } from './QuickAddDialog';
import { SearchView } from './SearchView';
import './logs.css';

type Tab = 'list' | 'incidents' | 'search';

/**
 * The duty log area: `#/logs` (the log), `#/logs/incidents` (the board),
 * `#/logs/search?q=`, `#/logs/new` (intake) and `#/logs/incident/<id>`.
 */
export function LogsArea({ operator }: { operator: Operator }) {
  const route = useHashRoute();
  const [, sub, arg] = route.parts;
  if (sub === 'new') return <IntakePage operator={operator} />;
  if (sub === 'incident' && arg) return <IncidentDetail id={arg} operator={operator} />;
  const tab: Tab = sub === 'incidents' || sub === 'search' ? sub : 'list';
  return (
    <LogsHome
      tab={tab}
      q={route.query.get('q') ?? ''}
      kind={route.query.get('kind')}
      on={route.query.get('on')}
    />
  );
}

/** `#/logs?kind=<entry kind>&on=<YYYY-MM-DD>&focus=<entry id>`: the log opens on that day and kind, at that entry. */
function LogsHome({ tab, q, kind, on }: { tab: Tab; q: string; kind: string | null; on: string | null }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState(q);
  const [quickAdd, setQuickAdd] = useState(false);
  // A new search in the address replaces what is typed; set while rendering, not in an
  // effect, which would also run each time the kept page is shown again (app/KeptPages.tsx)
  // and wipe what was typed and not yet searched.
  const [addressQ, setAddressQ] = useState(q);
  if (q !== addressQ) {
    setAddressQ(q);
    setQuery(q);
  }

  return (
    <div className="dr-page dr-logs-page">
      <PageHeader
        title={t('nav.logs')}
        subtitle={<ChainStatus />}
        extra={
          <Space wrap>
            <Input.Search
              className="dr-log-search"
              placeholder={t('logs.search.placeholder')}
              aria-label={t('logs.search.label')}
              allowClear
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onSearch={(v) => {
                const s = v.trim();
                if (s) navigate(hrefOf('logs', ['search'], { q: s }));
              }}
              enterButton={t('logs.search.button')}
            />
            <Button icon={<PlusOutlined />} onClick={() => setQuickAdd(true)} data-testid="quick-add">
              {t('logs.quick.button')}
            </Button>
            <IntakeButton />
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(k) =>
          navigate(
            k === 'list'
              ? hrefOf('logs')
              : k === 'search'
                ? hrefOf('logs', ['search'], { q: query.trim() })
                : hrefOf('logs', [k]),
          )
        }
        destroyOnHidden
        items={[
          { key: 'list', label: t('logs.tab.list'), children: <LogList kind={kind} on={on} /> },
          { key: 'incidents', label: t('logs.tab.incidents'), children: <IncidentsBoard /> },
          { key: 'search', label: t('logs.tab.search'), children: <SearchView q={q} /> },
        ]}
      />
      {quickAdd ? <QuickAddDialog onClose={() => setQuickAdd(false)} /> : null}
    </div>
  );
}
