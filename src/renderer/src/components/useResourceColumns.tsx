import { App, Button, Popconfirm, Space, Tag, Tooltip, type TableColumnType } from 'antd';
import { EditOutlined, EnvironmentOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import { useApiMutation } from '../api/hooks';
import { hrefOf, navigate } from '../router/hash';

/** What the shared columns read of a resource's row. */
interface ResourceRow {
  id: string;
  name: string;
  address: string;
  townName: string | null;
  phone: string;
  point: [number, number] | null;
  archived: boolean;
}

/**
 * The columns the resource registers (facilities, depots) share: name (archived tag beside
 * it, address under it), town, contact and phone, a link to the row on the map (`mapLayer`
 * as `/map?focus=` takes it; `showCoords` adds the coordinates as a tooltip), and the row
 * actions: edit, and archive (asked first) or restore. Each register puts them in its order
 * among its own columns.
 */
export function useResourceColumns<R extends ResourceRow>({
  nameTitle,
  contactTitle,
  contactOf,
  mapLayer,
  showCoords = false,
  archiveMethod,
  onEdit,
}: {
  nameTitle: string;
  contactTitle: string;
  contactOf: (r: R) => string;
  mapLayer: 'facility' | 'depot';
  showCoords?: boolean;
  archiveMethod: 'facilities.archive' | 'depots.archive';
  onEdit: (r: R) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const archive = useApiMutation(archiveMethod, {
    onSuccess: (r) =>
      void message.success(t(r.archived ? 'resources.archived' : 'resources.restored', { name: r.name })),
    onError: (e) => void message.error(errorText(t, e)),
  });

  const mapLink = (r: R, point: [number, number]) => {
    const link = (
      <Button
        size="small"
        type="link"
        icon={<EnvironmentOutlined />}
        onClick={() => navigate(hrefOf('map', [], { focus: `${mapLayer}:${r.id}` }))}
      >
        {t('resources.onMap')}
      </Button>
    );
    if (!showCoords) return link;
    return <Tooltip title={`${point[0].toFixed(5)}, ${point[1].toFixed(5)}`}>{link}</Tooltip>;
  };

  return {
    name: {
      title: nameTitle,
      render: (_v, r) => (
        <span>
          <span className="dr-strong">{r.name}</span>
          {r.archived ? (
            <Tag bordered={false} className="dr-res-inline-tag">
              {t('resources.archivedTag')}
            </Tag>
          ) : null}
          <div className="dr-muted dr-res-sub">{r.address}</div>
        </span>
      ),
    },
    town: { title: t('resources.col.town'), width: 110, render: (_v, r) => r.townName ?? '' },
    contact: {
      title: contactTitle,
      width: 200,
      render: (_v, r) => (
        <span className="dr-tabular">
          {contactOf(r)} {r.phone}
        </span>
      ),
    },
    point: {
      title: t('resources.col.point'),
      width: 92,
      render: (_v, r) =>
        r.point ? (
          mapLink(r, r.point)
        ) : (
          <Tag bordered={false} color="orange">
            {t('resources.unlocated')}
          </Tag>
        ),
    },
    actions: {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_v, r) => (
        <Space size={0}>
          <Button size="small" type="link" icon={<EditOutlined />} onClick={() => onEdit(r)}>
            {t('common.edit')}
          </Button>
          {r.archived ? (
            <Button size="small" type="link" onClick={() => archive.mutate({ id: r.id, archived: false })}>
              {t('resources.restore')}
            </Button>
          ) : (
            <Popconfirm
              title={t('resources.archiveConfirm', { name: r.name })}
              okText={t('resources.archive')}
              cancelText={t('common.cancel')}
              onConfirm={() => archive.mutate({ id: r.id, archived: true })}
            >
              <Button size="small" type="link" danger>
                {t('resources.archive')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  } satisfies Record<string, TableColumnType<R>>;
}
