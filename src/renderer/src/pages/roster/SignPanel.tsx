import { useState } from 'react';
import { Alert, App, Button, Card, Checkbox, Form, Input, Modal, Select, Tag } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { HandoverView, SignRole } from '../../../../common/contract/handover';
import type { Operator } from '../../../../common/contract/operators';
import { errorText } from '../../api/errors';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { newClientKey } from '../../components/clientKey';
import { toLocalText } from '../../components/localTime';
import { requiredRule } from '../../forms/rules';
import { shortHash } from './sheetText';

const ROLES: SignRole[] = ['outgoing', 'incoming', 'leader'];

/**
 * 签字确认: the outgoing chief, the incoming chief and the leader on duty sign on the one
 * duty PC, each proving who they are at that moment: their PIN, or (for whoever is
 * signed in here, or signs from their own seat) their own session. An operator without
 * a PIN cannot sign. The outgoing chief signs first, which freezes the sheet; before the
 * signing window that takes a reason. The incoming chief receipts the items handed over.
 */
export function SignPanel({
  view,
  operator,
  beforeOutgoing,
}: {
  view: HandoverView;
  operator: Operator;
  beforeOutgoing: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const ops = useApiQuery('operators.list', {});
  const sheet = view.sheet;
  const record = view.record;
  const tz = sheet.timeZone;
  const signed = (role: SignRole) => record?.signatures.find((s) => s.role === role);
  const suggested: Record<SignRole, string | undefined> = {
    outgoing: sheet.outgoing.chief?.id ?? undefined,
    incoming: sheet.incoming.chief?.id ?? undefined,
    leader: sheet.outgoing.leader?.id ?? undefined,
  };
  const operators = (ops.data ?? []).filter((o) => o.active && o.role !== 'admin');
  return (
    <Card className="dr-ho-section" size="small" title={t('handover.section.sign')} data-testid="ho-sign">
      <div className="dr-ho-signs">
        {ROLES.map((role) => {
          const s = signed(role);
          return s ? (
            <div key={role} className="dr-ho-sign dr-ho-sign-done" data-testid={`signed-${role}`}>
              <div className="dr-ho-sign-role">{t(`signRole.${role}`)}</div>
              <div className="dr-ho-sign-name">
                <CheckCircleFilled className="dr-ho-sign-ok" /> {s.name}
                <Tag className="dr-ho-tag" data-testid="sign-proof">
                  {t(`handover.proof.${s.proof}`)}
                </Tag>
              </div>
              <div className="dr-muted dr-tabular">{toLocalText(s.at, tz)}</div>
              {s.anchor ? (
                <div className="dr-muted dr-tabular" data-testid="sign-anchor">
                  {t('handover.anchor', { seq: s.anchor.seq, hash: shortHash(s.anchor.hash) })}
                </div>
              ) : null}
            </div>
          ) : (
            <SignSlot
              key={role}
              role={role}
              view={view}
              me={operator}
              operators={operators}
              suggested={
                operators.some((o) => o.id === suggested[role])
                  ? suggested[role]
                  : role === 'outgoing'
                    ? operator.id
                    : undefined
              }
              disabled={role !== 'outgoing' && record?.status !== 'signing'}
              before={role === 'outgoing' ? beforeOutgoing : undefined}
            />
          );
        })}
      </div>
      <p className="dr-muted dr-ho-sign-help">{t('handover.signHelp')}</p>
    </Card>
  );
}

function SignSlot({
  role,
  view,
  me,
  operators,
  suggested,
  disabled,
  before,
}: {
  role: SignRole;
  view: HandoverView;
  me: Operator;
  operators: Operator[];
  suggested: string | undefined;
  disabled: boolean;
  before?: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const sheet = view.sheet;
  // Picked by hand; until then the suggestion, which changes as the operators list loads.
  const [operatorId, setOperatorId] = useState<string | undefined>(undefined);
  const [pin, setPin] = useState('');
  const [reason, setReason] = useState('');
  const [received, setReceived] = useState<Record<string, boolean>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const chosen = operators.find((o) => o.id === operatorId) ?? operators.find((o) => o.id === suggested);
  // Before the window: the outgoing chief may sign with a reason (printed on the sheet).
  const early = role === 'outgoing' && Date.now() < Date.parse(view.signFrom);
  const sign = useApiMutation('handover.sign', {
    onSuccess: () => {
      setError(null);
      void message.success(t('handover.signedNote', { role: t(`signRole.${role}`) }));
    },
    onError: (e) => setError(errorText(t, e)),
  });
  const go = async () => {
    if (!chosen) return;
    setError(null);
    try {
      await before?.();
    } catch {
      return;
    }
    sign.mutate({
      shiftKey: sheet.shift.key,
      role,
      operatorId: chosen.id,
      ...(pin ? { pin } : {}),
      ...(early && reason.trim() ? { earlyReason: reason.trim() } : {}),
      ...(role === 'incoming'
        ? {
            received: Object.fromEntries(Object.entries(received).filter(([, v]) => v)),
            itemNotes: Object.fromEntries(
              Object.entries(notes)
                .filter(([id, v]) => v.trim() && !received[id])
                .map(([id, v]) => [id, v.trim()]),
            ),
          }
        : {}),
    });
  };
  const pool = role === 'leader' ? operators.filter((o) => o.role === 'leader') : operators;
  const self = chosen?.id === me.id;
  return (
    <div className="dr-ho-sign" data-testid={`sign-${role}`}>
      <div className="dr-ho-sign-role">{t(`signRole.${role}`)}</div>
      <Select
        className="dr-ho-sign-select"
        value={chosen?.id}
        disabled={disabled}
        showSearch={{ optionFilterProp: 'label' }}
        placeholder={t('handover.signWho')}
        options={pool.map((o) => ({
          value: o.id,
          label: o.hasPin
            ? t('roster.paren', { main: o.name, note: t(`role.${o.role}`) })
            : t('roster.paren', { main: o.name, note: t('handover.noPinShort') }),
          disabled: !o.hasPin,
        }))}
        onChange={(v: string) => setOperatorId(v)}
        aria-label={t('handover.signWhoOf', { role: t(`signRole.${role}`) })}
      />
      {chosen && !chosen.hasPin ? (
        <Alert type="warning" showIcon title={t('handover.noPin', { name: chosen.name })} />
      ) : null}
      {chosen?.hasPin ? (
        <Input.Password
          className="dr-ho-sign-pin"
          value={pin}
          disabled={disabled}
          maxLength={8}
          inputMode="numeric"
          placeholder={self ? t('handover.pinSelf') : 'PIN'}
          aria-label={t('handover.pinOf', { name: chosen.name })}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
          onPressEnter={() => void go()}
        />
      ) : null}
      {early && !disabled ? (
        <>
          <div className="dr-muted" data-testid="sign-window">
            {t('handover.signWindow', { at: toLocalText(view.signFrom, sheet.timeZone) })}
          </div>
          <Input
            maxLength={500}
            value={reason}
            placeholder={t('handover.earlyReasonHint')}
            aria-label={t('handover.earlyReason')}
            onChange={(e) => setReason(e.target.value)}
          />
        </>
      ) : null}
      {role === 'incoming' && sheet.items.length > 0 && !disabled ? (
        <div className="dr-ho-receipt" data-testid="sign-receipt">
          <div className="dr-muted">{t('handover.receiptHelp')}</div>
          {sheet.items.map((i) => (
            <div key={i.equipmentId} className="dr-ho-receipt-item">
              <Checkbox
                checked={Boolean(received[i.equipmentId])}
                data-testid={`receive-${i.equipmentId}`}
                onChange={(e) => setReceived((r) => ({ ...r, [i.equipmentId]: e.target.checked }))}
              >
                {i.name}
              </Checkbox>
              {received[i.equipmentId] ? null : (
                <Input
                  size="small"
                  maxLength={500}
                  value={notes[i.equipmentId] ?? ''}
                  placeholder={t('handover.receiptNoteHint')}
                  aria-label={t('handover.receiptNoteOf', { name: i.name })}
                  onChange={(e) => setNotes((n) => ({ ...n, [i.equipmentId]: e.target.value }))}
                />
              )}
            </div>
          ))}
        </div>
      ) : null}
      <Button
        type="primary"
        disabled={disabled || !chosen?.hasPin}
        loading={sign.isPending}
        onClick={() => void go()}
        data-testid={`sign-${role}-button`}
      >
        {t('handover.signConfirm')}
      </Button>
      {error ? (
        <Alert type="error" showIcon title={error} className="dr-ho-sign-error" data-testid="sign-error" />
      ) : null}
    </div>
  );
}

/** 追加补充说明: after sign-off nothing is edited; an addition is appended with its author and time. */
export function AmendDialog({ shiftKey, onClose }: { shiftKey: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [clientKey] = useState(newClientKey);
  const amend = useApiMutation('handover.amend', {
    onSuccess: () => {
      void message.success(t('handover.amended'));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('handover.amendTitle')}
      okText={t('handover.amendSave')}
      cancelText={t('common.cancel')}
      confirmLoading={amend.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <p className="dr-muted">{t('handover.amendHelp')}</p>
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => amend.mutate({ shiftKey, clientKey, text: v.text.trim() })}
      >
        <Form.Item name="text" label={t('handover.amendText')} rules={[requiredRule(t)]}>
          <Input.TextArea autoFocus maxLength={2000} rows={4} data-testid="amend-text" />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}
