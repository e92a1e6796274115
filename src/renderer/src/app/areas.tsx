import type { ReactNode } from 'react';
import {
  BarChartOutlined,
  DashboardOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  InboxOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  WifiOutlined,
} from '@ant-design/icons';
import type { Area } from './areaList';

export { AREAS, COMING_AREAS, isArea, type Area } from './areaList';

export const AREA_ICONS: Record<Area, ReactNode> = {
  dashboard: <DashboardOutlined />,
  logs: <FileTextOutlined />,
  map: <EnvironmentOutlined />,
  equipment: <WifiOutlined />,
  roster: <ScheduleOutlined />,
  resources: <InboxOutlined />,
  preparedness: <SafetyCertificateOutlined />,
  statistics: <BarChartOutlined />,
  settings: <SettingOutlined />,
};
