import { useState } from 'react';
import { App, Checkbox, Form, Input, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReleaseView } from '../../../../common/contract/releases';
import {
  APPROVAL_HOWS,
  RELEASE_CHANNELS,
  REVIEWER_POSTS,
  type ApprovalHow,
  type ReleaseChannel,
  type ReleaseStep,
  type ReviewerPost,
} from '../../../../common/domain/releases';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';
import { DateTimeInput } from '../../components/DateTimeInput';
import { useEnterNavigation } from '../../components/enterNavigation';
import { parseLocalText, toLocalText } from '../../components/localTime';
import { requiredRule } from '../../forms/rules';
import { useRoomTimeZone } from '../../time/useRoomTime';

interface Values {
  at: string;
  post: ReviewerPost;
  approver: string;
  how: ApprovalHow;
  ref: string;
  comments: string;
  channels: ReleaseChannel[];
}

/**
 * One step of a release's approval chain, on its latest version: 内部审核 (the signed-in
 * leader), 报宣传部, the 宣传部's approval or return (who, how, comments), 发布 (channels,
 * when), 撤回. Each names the version and, for an approval and a release, its content
 * hash, so the host can refuse anything but the exact approved text.
 */
export function StepDialog({
  step,
  release,
  onClose,
}: {
  step: ReleaseStep;
  release: ReleaseView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const tz = useRoomTimeZone();
  const [form] = Form.useForm<Values>();
  const keys = useEnterNavigation(() => form.submit());
  const v = release.versions.at(-1)!;
  // As opened, and never before the step it follows: the previous step was stamped by the
  // host's clock, which a page's clock may trail by seconds.
  const [opened] = useState(() => latestOf([new Date().toISOString(), ...stepTimesOf(release, v)]));
  const openedText = toLocalText(opened, tz);
  const ok = () => {
    void message.success(t('releases.stepSaved', { step: t(`releaseStep.${step}`) }));
    onClose();
  };
  const onError = (e: Parameters<typeof errorText>[1]) => void message.error(errorText(t, e));
  const review = useApiMutation('releases.review', { onSuccess: ok, onError });
  const submit = useApiMutation('releases.submit', { onSuccess: ok, onError });
  const approve = useApiMutation('releases.approve', { onSuccess: ok, onError });
  const ret = useApiMutation('releases.return', { onSuccess: ok, onError });
  const publish = useApiMutation('releases.publish', { onSuccess: ok, onError });
  const withdraw = useApiMutation('releases.withdraw', { onSuccess: ok, onError });
  const saving = [review, submit, approve, ret, publish, withdraw].some((m) => m.isPending);
  const timed = step === 'submit' || step === 'approve' || step === 'return' || step === 'publish';

  const finish = (x: Values) => {
    let at: string | undefined;
    if (timed) {
      const parsed = x.at === openedText ? opened : parseLocalText(x.at, tz);
      if (!parsed) return void form.setFields([{ name: 'at', errors: [t('releases.badTime')] }]);
      at = parsed;
    }
    const ids = { id: release.id, versionId: v.id };
    const comments = x.comments?.trim() ?? '';
    if (step === 'review') review.mutate({ ...ids, post: x.post, comments });
    else if (step === 'submit') submit.mutate({ ...ids, at });
    else if (step === 'approve')
      approve.mutate({
        ...ids,
        contentHash: v.contentHash,
        approver: x.approver,
        how: x.how,
        ref: x.ref?.trim() ?? '',
        comments,
        at,
      });
    else if (step === 'return') ret.mutate({ ...ids, approver: x.approver, how: x.how, comments, at });
    else if (step === 'publish')
      publish.mutate({ ...ids, contentHash: v.contentHash, channels: x.channels, at });
    else withdraw.mutate({ id: release.id, reason: comments });
  };

  return (
    <Modal
      open
      title={t(`releases.stepTitle.${step}`, { n: v.n })}
      okText={t(`releases.stepOk.${step}`)}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      okButtonProps={{ ...({ 'data-testid': 'release-step-ok' } as Record<string, string>) }}
    >
      <div ref={keys}>
        <Form<Values>
          form={form}
          layout="vertical"
          requiredMark="optional"
          data-testid={`release-step-${step}`}
          initialValues={{
            at: openedText,
            post: 'shift_leader',
            how: 'document',
            ref: '',
            comments: '',
            channels: v.channels,
          }}
          onFinish={finish}
        >
          {step === 'approve' || step === 'publish' ? (
            <p className="dr-muted" data-testid="release-step-hash">
              {t('releases.hashLine', { n: v.n, hash: v.contentHash.slice(0, 16) })}
            </p>
          ) : null}
          {step === 'review' ? (
            <Form.Item name="post" label={t('releases.field.post')}>
              <Radio.Group
                optionType="button"
                options={REVIEWER_POSTS.map((p) => ({ value: p, label: t(`releasePost.${p}`) }))}
              />
            </Form.Item>
          ) : null}
          {step === 'approve' || step === 'return' ? (
            <>
              <Form.Item name="approver" label={t('releases.field.approver')} rules={[requiredRule(t)]}>
                <Input maxLength={40} autoFocus data-testid="release-approver" />
              </Form.Item>
              <Form.Item name="how" label={t('releases.field.how')}>
                <Select options={APPROVAL_HOWS.map((h) => ({ value: h, label: t(`releaseHow.${h}`) }))} />
              </Form.Item>
            </>
          ) : null}
          {step === 'approve' ? (
            <Form.Item name="ref" label={t('releases.field.ref')}>
              <Input maxLength={80} />
            </Form.Item>
          ) : null}
          {step === 'publish' ? (
            <Form.Item
              name="channels"
              label={t('releases.field.publishedOn')}
              rules={[{ required: true, type: 'array', min: 1, message: t('errors.field.required') }]}
            >
              <Checkbox.Group
                options={RELEASE_CHANNELS.map((c) => ({ value: c, label: t(`releaseChannel.${c}`) }))}
              />
            </Form.Item>
          ) : null}
          {timed ? (
            <Form.Item name="at" label={t(`releases.stepAt.${step}`)} rules={[requiredRule(t)]}>
              <DateTimeInput timeZone={tz} />
            </Form.Item>
          ) : null}
          {step !== 'submit' && step !== 'publish' ? (
            <Form.Item
              name="comments"
              label={t(step === 'withdraw' ? 'releases.field.withdrawReason' : 'releases.field.comments')}
              rules={step === 'return' || step === 'withdraw' ? [requiredRule(t)] : []}
            >
              <Input
                maxLength={400}
                data-testid="release-comments"
                autoFocus={step !== 'approve' && step !== 'return'}
              />
            </Form.Item>
          ) : null}
          <button type="submit" hidden aria-hidden tabIndex={-1} />
        </Form>
      </div>
    </Modal>
  );
}

/** When the version was written and each step taken on it since. */
function stepTimesOf(release: ReleaseView, v: ReleaseView['versions'][number]): string[] {
  return [v.createdAt, ...release.steps.filter((x) => x.version === v.n).map((x) => x.at)];
}

const latestOf = (isos: string[]) => isos.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
