import { useRef, useState } from 'react';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { CAP_MAX_BYTES } from '../../../../common/cap/alert';
import type { WarningView } from '../../../../common/contract/warnings';
import { apiClient } from '../../api/client';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiError } from '../../../../common/result';
import { newClientKey } from '../../components/clientKey';
import { downloadText } from '../../components/download';
import { hrefOf, navigate } from '../../router/hash';

/** 导出 CAP: the warning's alert, and its recipients' 回执 as Ack messages (one file each). */
export function CapExportButtons({ warning }: { warning: WarningView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const save = (what: 'warning' | 'acks') => {
    setBusy(true);
    apiClient()
      .call('cap.export', { what, id: warning.id })
      .then((r) => {
        for (const f of r.files) downloadText(f.fileName, f.mime, f.xml);
        if (r.files.length === 0) void message.info(t('warnings.cap.noAcks'));
      })
      .catch((e: unknown) => void message.error(errorText(t, e)))
      .finally(() => setBusy(false));
  };
  const acked = warning.recipients.some((r) => r.ack);
  return (
    <>
      <Button loading={busy} onClick={() => save('warning')} data-testid="cap-export">
        {t('warnings.cap.export')}
      </Button>
      {acked ? (
        <Button loading={busy} onClick={() => save('acks')} data-testid="cap-export-acks">
          {t('warnings.cap.exportAcks')}
        </Button>
      ) : null}
    </>
  );
}

/**
 * 导入 CAP: a CAP 1.2 file from the issuing body's system, read here and refused plainly if
 * it is not one. The file says whether it is real (Actual) or drill traffic (Exercise): a
 * real alert is always taken as real; an Exercise one is taken only while a drill runs, as
 * that drill's traffic (演练, never counted), and refused otherwise.
 */
export function CapImportButton() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const drills = useApiQuery('drills.list', {});
  const running = (drills.data?.drills ?? []).filter((d) => d.state === 'started');
  const imp = useApiMutation('cap.import', {
    onSuccess: (r) => {
      void message.success(
        t(r.warning.drillId ? 'warnings.cap.importedDrill' : 'warnings.received', {
          headline: r.warning.headline,
        }),
      );
      navigate(hrefOf('warnings', [r.warning.id]));
    },
    onError: (e, v) => {
      // An Exercise alert during a drill: the running drill's traffic.
      const drill = running[0];
      if (e instanceof ApiError && e.key === 'errors.cap_exercise_needs_drill' && drill && !v.drillId)
        return void imp.mutate({ ...v, drillId: drill.id });
      void message.error(errorText(t, e));
    },
  });
  const pick = (f: File | undefined) => {
    if (!f) return;
    if (f.size > CAP_MAX_BYTES) return void message.error(t('errors.cap_too_large', { max: CAP_MAX_BYTES }));
    void f
      .text()
      .then((xml) =>
        imp.mutate({ clientKey: newClientKey(), fileName: f.name.slice(0, 200), xml, drillId: null }),
      );
  };
  return (
    <>
      <Button loading={imp.isPending} onClick={() => input.current?.click()} data-testid="cap-import">
        {t('warnings.cap.import')}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xml,.cap,application/xml,text/xml"
        hidden
        data-testid="cap-import-file"
        onChange={(e) => {
          pick(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
    </>
  );
}
