import { lazy } from 'react';
import { WifiOutlined } from '@ant-design/icons';
import { equipmentArea } from '../../../common/areas/equipment';
import { equipmentZhCN } from '../i18n/equipment.zh-CN';
import { defineRendererArea, type PageProps, type PrintPageProps } from './define';

// The equipment area and its printed sheet: their own chunks (recharts loads with the statistics tab).
const EquipmentArea = lazy(() =>
  import('../pages/equipment/EquipmentArea').then((m) => ({
    default: ({ sub, operator }: PageProps) => <m.EquipmentArea tab={sub} operator={operator} />,
  })),
);
const EquipmentSheet = lazy(() =>
  import('../pages/equipment/EquipmentPrint').then((m) => ({
    default: ({ query, auto }: PrintPageProps) => (
      <m.EquipmentPrint from={query.get('from') ?? ''} to={query.get('to') ?? ''} auto={auto} />
    ),
  })),
);

export const equipmentUi = defineRendererArea(equipmentArea, {
  pages: {
    equipment: { page: EquipmentArea, order: 40, icon: <WifiOutlined />, labelKey: 'nav.equipment' },
  },
  // 通讯设备检查记录表 (#/print/equipment?from=&to=).
  printPages: { equipment: EquipmentSheet },
  catalogs: {
    'zh-CN': equipmentZhCN,
    'en-US': () => import('../i18n/equipment.en-US').then((m) => m.equipmentEnUS),
  },
});
