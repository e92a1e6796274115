import { App, Button, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CampaignInput, CampaignView } from '../../../../common/contract/drills';
import { CAMPAIGN_REQUIREMENTS, DRILL_DOMAINS } from '../../../../common/domain/drills';
import { errorText } from '../../api/errors';
import { useApiMutation } from '../../api/hooks';

interface DomainValues {
  id: string | null;
  domain: CampaignInput['domains'][number]['domain'];
  name: string;
  leadLeader: string;
  leadUnit: string;
}

interface Values {
  title: string;
  documentNo: string;
  issuedBy: string;
  deadline: Dayjs | null;
  requirements: CampaignInput['requirements'];
  notes: string;
  domains: DomainValues[];
}

const blankDomain = (domain: DomainValues['domain']): DomainValues => ({
  id: null,
  domain,
  name: '',
  leadLeader: '',
  leadUnit: '',
});

/**
 * 新建 / 修改演练工作方案: the campaign's document, deadline and requirements, and its
 * domains each with a named lead leader and lead unit. A domain with drills under it
 * cannot be removed (core refuses and says which).
 */
export function CampaignDialog({ campaign, onClose }: { campaign: CampaignView | null; onClose(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation('drills.saveCampaign', {
    onSuccess: (c) => {
      void message.success(t('drills.campaign.saved', { title: c.title }));
      onClose();
    },
  });
  const initial: Values = campaign
    ? {
        title: campaign.title,
        documentNo: campaign.documentNo,
        issuedBy: campaign.issuedBy,
        deadline: dayjs(campaign.deadline),
        requirements: campaign.requirements,
        notes: campaign.notes,
        domains: campaign.domains.map((d) => ({
          id: d.id,
          domain: d.domain,
          name: d.name,
          leadLeader: d.leadLeader,
          leadUnit: d.leadUnit,
        })),
      }
    : {
        title: '',
        documentNo: '',
        issuedBy: '',
        deadline: null,
        requirements: [...CAMPAIGN_REQUIREMENTS],
        notes: '',
        domains: DRILL_DOMAINS.filter((d) => d !== 'other').map(blankDomain),
      };
  const required = { required: true, whitespace: true, message: t('drills.form.required') };

  const submit = async () => {
    // A refusal is shown on the form's fields; nothing more to do with it here.
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    save.mutate({
      id: campaign?.id ?? null,
      title: v.title,
      documentNo: v.documentNo ?? '',
      issuedBy: v.issuedBy ?? '',
      deadline: v.deadline!.format('YYYY-MM-DD'),
      requirements: v.requirements ?? [],
      notes: v.notes ?? '',
      domains: (v.domains ?? []).map((d) => ({
        id: d.id ?? null,
        domain: d.domain,
        name: d.domain === 'other' ? (d.name ?? '') : '',
        leadLeader: d.leadLeader,
        leadUnit: d.leadUnit ?? '',
      })),
    });
  };

  return (
    <Modal
      open
      width={900}
      title={campaign ? t('drills.campaign.edit') : t('drills.campaign.new')}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={t('drills.form.save')}
      cancelText={t('drills.form.cancel')}
      confirmLoading={save.isPending}
      destroyOnHidden
    >
      {save.error ? (
        <div className="dr-form-alert-text" role="alert">
          {errorText(t, save.error)}
        </div>
      ) : null}
      <Form<Values> form={form} layout="vertical" initialValues={initial} preserve={false} name="campaign">
        <Row gutter={16}>
          <Col span={24}>
            <Form.Item name="title" label={t('drills.campaign.title')} rules={[required]}>
              <Input maxLength={80} autoFocus />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="documentNo" label={t('drills.campaign.documentNo')}>
              <Input maxLength={60} placeholder={t('drills.campaign.documentNoHint')} />
            </Form.Item>
          </Col>
          <Col span={9}>
            <Form.Item name="issuedBy" label={t('drills.campaign.issuedByLabel')}>
              <Input maxLength={60} />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item
              name="deadline"
              label={t('drills.campaign.deadlineLabel')}
              rules={[{ required: true, message: t('drills.campaign.deadlineRequired') }]}
            >
              <DatePicker className="dr-full-width" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="requirements" label={t('drills.campaign.requirements')}>
              <Checkbox.Group
                options={CAMPAIGN_REQUIREMENTS.map((r) => ({
                  value: r,
                  label: t(`campaignRequirement.${r}`),
                }))}
              />
            </Form.Item>
          </Col>
        </Row>
        <div className="dr-section-title">{t('drills.campaign.domains')}</div>
        <Form.List
          name="domains"
          rules={[
            {
              validator: async (_, v: unknown[] | undefined) => {
                if (!v?.length) throw new Error(t('drills.campaign.domainsRequired'));
              },
            },
          ]}
        >
          {(fields, { add, remove }, { errors }) => (
            <>
              {fields.map((f) => (
                <Row
                  key={f.key}
                  gutter={8}
                  className="dr-campaign-domain-row"
                  data-testid="campaign-domain-row"
                >
                  <Form.Item name={[f.name, 'id']} hidden>
                    <Input />
                  </Form.Item>
                  <Col span={5}>
                    <Form.Item
                      name={[f.name, 'domain']}
                      rules={[{ required: true, message: t('drills.form.required') }]}
                    >
                      <Select
                        aria-label={t('drills.board.domain')}
                        options={DRILL_DOMAINS.map((d) => ({ value: d, label: t(`drillDomain.${d}`) }))}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item noStyle shouldUpdate>
                      {() =>
                        form.getFieldValue(['domains', f.name, 'domain']) === 'other' ? (
                          <Form.Item name={[f.name, 'name']} rules={[required]}>
                            <Input maxLength={30} placeholder={t('drills.campaign.otherName')} />
                          </Form.Item>
                        ) : null
                      }
                    </Form.Item>
                  </Col>
                  <Col span={5}>
                    <Form.Item name={[f.name, 'leadLeader']} rules={[required]}>
                      <Input
                        maxLength={30}
                        placeholder={t('drills.board.lead')}
                        aria-label={t('drills.board.lead')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={8}>
                    <Form.Item name={[f.name, 'leadUnit']}>
                      <Input
                        maxLength={60}
                        placeholder={t('drills.board.unit')}
                        aria-label={t('drills.board.unit')}
                      />
                    </Form.Item>
                  </Col>
                  <Col span={1}>
                    <Button
                      icon={<DeleteOutlined />}
                      onClick={() => remove(f.name)}
                      aria-label={t('drills.form.remove')}
                    />
                  </Col>
                </Row>
              ))}
              <Form.ErrorList errors={errors} />
              <Button icon={<PlusOutlined />} onClick={() => add(blankDomain('other'))}>
                {t('drills.campaign.addDomain')}
              </Button>
            </>
          )}
        </Form.List>
        <Form.Item name="notes" label={t('drills.campaign.notes')} className="dr-campaign-notes">
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
