import type { ReactNode } from 'react';
import { Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiClient } from '../api/client';
import { RegisterToolbar } from './RegisterToolbar';
import type { ResourceFilters } from './useResourceFilters';
import { useTownOptions } from './useTownOptions';

/**
 * The toolbar of a resource register (facilities, depots): the search box, the register's
 * own filters (`children`), the town filter, then the register buttons with the resource
 * labels; the export takes archived records when they are shown.
 */
export function ResourceToolbar({
  filters,
  searchPlaceholder,
  searchTestId,
  children,
  importMenu,
  onImport,
  exportMethod,
  addLabel,
  onAdd,
}: {
  filters: ResourceFilters;
  searchPlaceholder: string;
  searchTestId?: string;
  children?: ReactNode;
  importMenu?: { key: string; label: string }[];
  onImport: (key?: string) => void;
  exportMethod: 'facilities.export' | 'depots.export';
  addLabel: string;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const towns = useTownOptions();
  return (
    <RegisterToolbar
      showInactive={filters.archived}
      onShowInactive={filters.setArchived}
      showInactiveLabel={t('resources.showArchived')}
      importLabel={t('resources.import')}
      importMenu={importMenu}
      onImport={onImport}
      exportLabel={t('resources.export')}
      onExport={() => apiClient().call(exportMethod, { includeArchived: filters.archived })}
      addLabel={addLabel}
      onAdd={onAdd}
    >
      <Input.Search
        allowClear
        value={filters.q}
        onChange={(e) => filters.setQ(e.target.value)}
        placeholder={searchPlaceholder}
        aria-label={searchPlaceholder}
        className="dr-res-search"
        data-testid={searchTestId}
      />
      {children}
      <Select<string | undefined>
        allowClear
        placeholder={t('resources.allTowns')}
        value={filters.town}
        onChange={filters.setTown}
        className="dr-res-filter"
        aria-label={t('resources.col.town')}
        options={towns}
      />
    </RegisterToolbar>
  );
}
