import { useState, type ReactNode } from 'react';
import { App, Button, Dropdown, Space, Switch } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../api/errors';
import { downloadBase64 } from './download';

/** A spreadsheet the host made for download. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

/**
 * The toolbar of a register (facilities, depots, equipment) in its card's header: the
 * register's own filters (`children`), a switch to show archived or retired records too,
 * import (a button, or a menu of `importMenu` when there is more than one kind), export
 * to XLSX, and add. The registers share it so their headers read and work alike.
 */
export function RegisterToolbar({
  children,
  showInactive,
  onShowInactive,
  showInactiveLabel,
  importLabel,
  importMenu,
  onImport,
  exportLabel,
  onExport,
  addLabel,
  onAdd,
}: {
  children?: ReactNode;
  showInactive: boolean;
  onShowInactive: (show: boolean) => void;
  showInactiveLabel: string;
  importLabel: string;
  importMenu?: { key: string; label: string }[];
  /** Called with the menu item's key when there is an `importMenu`. */
  onImport: (key?: string) => void;
  exportLabel?: string;
  /** Absent for a register without an export. */
  onExport?: () => Promise<ExportedFile>;
  addLabel: string;
  onAdd: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [exporting, setExporting] = useState(false);

  const exportXlsx = async () => {
    if (!onExport) return;
    setExporting(true);
    try {
      const f = await onExport();
      downloadBase64(f.fileName, f.mime, f.base64);
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Space wrap>
      {children}
      <span className="dr-inline-switch">
        <Switch
          size="small"
          checked={showInactive}
          onChange={onShowInactive}
          aria-label={showInactiveLabel}
        />
        {showInactiveLabel}
      </span>
      {importMenu ? (
        <Dropdown menu={{ items: importMenu, onClick: ({ key }) => onImport(key) }}>
          <Button icon={<UploadOutlined />}>{importLabel}</Button>
        </Dropdown>
      ) : (
        <Button icon={<UploadOutlined />} onClick={() => onImport()}>
          {importLabel}
        </Button>
      )}
      {onExport ? (
        <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
          {exportLabel}
        </Button>
      ) : null}
      <Button type="primary" icon={<PlusOutlined />} onClick={onAdd}>
        {addLabel}
      </Button>
    </Space>
  );
}
