import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../../common/contract/teams';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';

interface Values {
  answered: boolean;
  answerSeconds?: number | null;
  answeredBy?: string;
  notes?: string;
}

/** 查岗 of a team's 24-hour duty phone: rung now, answered or not, how fast, by whom. */
export function SpotCheckDialog({ team, onClose }: { team: TeamView; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const answered = Form.useWatch('answered', form) ?? true;
  const save = useApiMutation('teams.spotCheck', {
    onSuccess: () => {
      void message.success(t('teams.spot.saved', { name: team.name }));
      onClose();
    },
    onError: (e) => void message.error(errorText(t, e)),
  });
  return (
    <Modal
      open
      title={t('teams.spot.title', { name: team.name, phone: team.dutyPhone })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={save.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ answered: true, answerSeconds: null, answeredBy: '', notes: '' }}
        onFinish={(v) =>
          save.mutate({
            teamId: team.id,
            answered: v.answered,
            answerSeconds: v.answered ? (v.answerSeconds ?? null) : null,
            answeredBy: v.answered ? (v.answeredBy?.trim() ?? '') : '',
            notes: v.notes ?? '',
          })
        }
      >
        <Form.Item name="answered" label={t('teams.spot.answered')} valuePropName="checked">
          <Switch data-testid="spot-answered" />
        </Form.Item>
        {answered ? (
          <>
            <Form.Item name="answerSeconds" label={t('teams.spot.seconds')}>
              <InputNumber min={0} max={3600} precision={0} autoFocus data-testid="spot-seconds" />
            </Form.Item>
            <Form.Item name="answeredBy" label={t('teams.spot.by')}>
              <Input maxLength={30} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item name="notes" label={t('column.notes')}>
          <Input maxLength={300} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
