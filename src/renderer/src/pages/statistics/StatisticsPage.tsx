import { BarChartOutlined } from '@ant-design/icons';
import { ComingSoonPage } from '../ComingSoonPage';

export function StatisticsPage() {
  return <ComingSoonPage route="statistics" icon={<BarChartOutlined />} />;
}
