import { Button, Col, DatePicker, Form, Input, InputNumber, Row, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { TeamView } from '../../../../common/contract/teams';
import { name as nameRule, phone as phoneRule, text } from '../../../../common/contract/shared';
import { TEAM_KINDS, type TeamKind } from '../../../../common/domain/teams';
import { lonLatOf, pointOf } from '../../components/CoordinateFields';
import { PlaceFields, type PlaceValues } from '../../components/PlaceFields';
import { RegisterDialog } from '../../components/RegisterDialog';
import { useRegisterSave } from '../../components/useRegisterSave';
import { ContactFill } from '../contacts/ContactFill';
import { requiredNumberRule, requiredRule, zodRule } from '../../forms/rules';

interface MemberValues {
  name?: string;
  role?: string;
  phone?: string;
  certificate?: string;
  certExpiresOn?: Dayjs | null;
}

interface Values extends PlaceValues {
  name: string;
  kind: TeamKind;
  specialities?: string;
  leader: string;
  leaderPhone?: string;
  dutyPhone: string;
  headcount: number;
  equipment?: string;
  assemblyMinutes: number;
  notes?: string;
  members?: MemberValues[];
}

/** Add a rescue team or edit one, its members and their certificates with it (an audited update). */
export function TeamDialog({ team, onClose }: { team?: TeamView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const save = useRegisterSave(form, 'teams.upsert', 'teams.saved', onClose);
  const tm = team;

  const submit = (v: Values) =>
    save.mutate({
      ...(tm ? { id: tm.id } : {}),
      name: v.name.trim(),
      kind: v.kind,
      specialities: v.specialities?.trim() ?? '',
      leader: v.leader.trim(),
      leaderPhone: v.leaderPhone?.trim() ?? '',
      dutyPhone: v.dutyPhone.trim(),
      headcount: v.headcount,
      equipment: v.equipment ?? '',
      baseAddress: v.address?.trim() ?? '',
      point: pointOf(v),
      townCode: v.townCode ?? null,
      assemblyMinutes: v.assemblyMinutes,
      notes: v.notes ?? '',
      members: (v.members ?? [])
        .filter((m) => m.name?.trim())
        .map((m) => ({
          name: m.name!.trim(),
          role: m.role?.trim() ?? '',
          phone: m.phone?.trim() ?? '',
          certificate: m.certificate?.trim() ?? '',
          certExpiresOn: m.certExpiresOn ? m.certExpiresOn.format('YYYY-MM-DD') : null,
        })),
    });

  return (
    <RegisterDialog<Values>
      form={form}
      width={960}
      title={tm ? t('teams.editTitle', { name: tm.name }) : t('teams.addTitle')}
      saving={save.isPending}
      onClose={onClose}
      onFinish={submit}
      initialValues={
        tm
          ? {
              name: tm.name,
              kind: tm.kind,
              specialities: tm.specialities,
              leader: tm.leader,
              leaderPhone: tm.leaderPhone,
              dutyPhone: tm.dutyPhone,
              headcount: tm.headcount,
              equipment: tm.equipment,
              address: tm.baseAddress,
              townCode: tm.townCode,
              ...lonLatOf(tm.point),
              assemblyMinutes: tm.assemblyMinutes,
              notes: tm.notes,
              members: tm.members.map((m) => ({
                ...m,
                certExpiresOn: m.certExpiresOn ? dayjs(m.certExpiresOn) : null,
              })),
            }
          : { kind: 'flood', headcount: 10, assemblyMinutes: 30, members: [] }
      }
    >
      <Row gutter={16}>
        <Col span={10}>
          <Form.Item
            name="name"
            label={t('teams.col.name')}
            rules={[requiredRule(t), zodRule(nameRule(60), t)]}
          >
            <Input maxLength={60} autoFocus />
          </Form.Item>
        </Col>
        <Col span={6}>
          <Form.Item name="kind" label={t('teams.col.kind')} rules={[requiredRule(t)]}>
            <Select
              data-testid="team-kind"
              options={TEAM_KINDS.map((k) => ({ value: k, label: t(`teamKind.${k}`) }))}
            />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="headcount" label={t('teams.col.headcount')} rules={[requiredNumberRule(t)]}>
            <InputNumber min={0} max={100000} precision={0} className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={4}>
          <Form.Item name="assemblyMinutes" label={t('teams.col.assembly')} rules={[requiredNumberRule(t)]}>
            <InputNumber min={1} max={1440} precision={0} className="dr-full-width" />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item label={t('contacts.fill.label')}>
            <ContactFill
              category="team"
              onPick={(c) =>
                form.setFieldsValue({
                  ...(form.getFieldValue('name') ? {} : { name: c.unit }),
                  leader: c.person || form.getFieldValue('leader'),
                  leaderPhone: c.mobile || form.getFieldValue('leaderPhone'),
                  dutyPhone: c.dutyPhone || c.mobile || c.officePhone,
                })
              }
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="leader"
            label={t('teams.col.leader')}
            rules={[requiredRule(t), zodRule(nameRule(30), t)]}
          >
            <Input maxLength={30} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name="leaderPhone" label={t('teams.col.leaderPhone')} rules={[zodRule(phoneRule, t)]}>
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item
            name="dutyPhone"
            label={t('teams.col.dutyPhone')}
            rules={[requiredRule(t), zodRule(phoneRule, t)]}
          >
            <Input maxLength={40} inputMode="tel" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="specialities" label={t('teams.col.specialities')} rules={[zodRule(text(200), t)]}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="equipment" label={t('teams.col.equipment')} rules={[zodRule(text(1000), t)]}>
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <PlaceFields addressSpan={16} />
        <Col span={24}>
          <Form.Item name="notes" label={t('column.notes')}>
            <Input maxLength={500} />
          </Form.Item>
        </Col>
      </Row>
      <h4 className="dr-teams-members-head">{t('teams.members')}</h4>
      <Form.List name="members">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} data-testid="team-member-row">
                <Col span={4}>
                  <Form.Item name={[f.name, 'name']} rules={[zodRule(text(30), t)]}>
                    <Input placeholder={t('teams.member.name')} aria-label={t('teams.member.name')} />
                  </Form.Item>
                </Col>
                <Col span={3}>
                  <Form.Item name={[f.name, 'role']}>
                    <Input
                      placeholder={t('teams.member.role')}
                      aria-label={t('teams.member.role')}
                      maxLength={30}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[f.name, 'phone']} rules={[zodRule(phoneRule, t)]}>
                    <Input
                      placeholder={t('teams.member.phone')}
                      aria-label={t('teams.member.phone')}
                      maxLength={40}
                    />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  <Form.Item name={[f.name, 'certificate']}>
                    <Input
                      placeholder={t('teams.member.certificate')}
                      aria-label={t('teams.member.certificate')}
                      maxLength={80}
                    />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={[f.name, 'certExpiresOn']}>
                    <DatePicker
                      className="dr-full-width"
                      placeholder={t('teams.member.expires')}
                      aria-label={t('teams.member.expires')}
                    />
                  </Form.Item>
                </Col>
                <Col span={1}>
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('teams.member.remove')}
                    onClick={() => remove(f.name)}
                  />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="team-member-add">
              {t('teams.member.add')}
            </Button>
          </>
        )}
      </Form.List>
    </RegisterDialog>
  );
}
