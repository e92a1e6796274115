import { Table, type TableProps } from 'antd';
import { ErrorAlert } from './ErrorAlert';

/** What RegisterTable needs of a list query. */
interface ListQuery<T> {
  data?: readonly T[];
  error: unknown;
  isPending: boolean;
}

/**
 * A register's table (facilities, depots, equipment): the list's load error above it,
 * rows keyed by id, a spinner while the list comes. Columns and the rest are the register's.
 */
export function RegisterTable<T extends { id: string }>({
  query,
  ...table
}: { query: ListQuery<T> } & Omit<TableProps<T>, 'rowKey' | 'size' | 'loading' | 'dataSource'>) {
  return (
    <>
      <ErrorAlert error={query.error} />
      <Table<T>
        rowKey="id"
        size="middle"
        loading={query.isPending}
        dataSource={query.data ?? []}
        {...table}
      />
    </>
  );
}
