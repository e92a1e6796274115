import { SafetyCertificateOutlined } from '@ant-design/icons';
import type { MenuGroup } from './define';

/** 应急准备: plans, drills and the preparedness work still to come, under one heading. */
export const preparednessGroup: MenuGroup = {
  key: 'group:preparedness',
  labelKey: 'nav.preparedness',
  icon: <SafetyCertificateOutlined />,
};
