import { catalog } from './catalog';

/**
 * Error messages of the facility and depot registers, the map and basemaps, both
 * locales. Spread into messages.ts so core and the renderer render the same keys.
 */
const zh = {
  'errors.facility_missing': '找不到该重点单位',
  'errors.facility_name_taken': '已有同类单位“{{name}}”',
  'errors.depot_missing': '找不到该储备库',
  'errors.depot_name_taken': '已有名为“{{name}}”的储备库',
  'errors.stock_duplicate_item': '物资“{{item}}”在清单中重复',
  'errors.stock_line_held': '物资“{{item}}”尚有库存 {{n}}{{unit}}，不能从清单删除：请先出库、调拨、报废或盘点调整为零，本次未做任何变动',
  'errors.incident_no_point': '事件 {{number}} 没有标注位置，无法做周边分析',
  'errors.basemap_file_missing': '找不到底图文件：{{path}}',
  'errors.basemap_file_unreadable': '无法读取底图文件（须为 MBTiles 或 PMTiles 格式）：{{path}}',
  'errors.basemap_file_format': '底图文件的瓦片格式不受支持：{{format}}',
  'errors.field.tile_url': '瓦片地址须以 http:// 或 https:// 开头，并包含 {z}、{x}、{y}',
  'errors.field.absolute_path': '请填写文件的完整路径，如 D:\\地图\\县域.mbtiles 或 /data/county.pmtiles',
  'errors.field.point_or_incident': '请给出一个事件或一个位置（二者选一）',
  'errors.import_point_range': '经纬度超出范围（经度 -180 至 180，纬度 -90 至 90）',
  'errors.import_town_unknown': '没有这个乡镇（街道）：{{value}}',
  'errors.import_depot_unknown': '没有名为“{{value}}”的储备库，请先导入或登记储备库',
  'errors.import_not_whole_number': '应为不小于 0 的整数',
};

const en: Record<keyof typeof zh, string> = {
  'errors.facility_missing': 'Facility not found',
  'errors.facility_name_taken': 'A facility of this kind named "{{name}}" already exists',
  'errors.depot_missing': 'Depot not found',
  'errors.depot_name_taken': 'A depot named "{{name}}" already exists',
  'errors.stock_duplicate_item': 'Item "{{item}}" appears twice in the stock list',
  'errors.stock_line_held': 'Item "{{item}}" still holds {{n}} {{unit}} and cannot be taken off the list: issue, transfer, scrap or count it to zero first. Nothing was changed',
  'errors.incident_no_point': 'Incident {{number}} has no position on the map',
  'errors.basemap_file_missing': 'Basemap file not found: {{path}}',
  'errors.basemap_file_unreadable': 'Cannot read the basemap file (it must be MBTiles or PMTiles): {{path}}',
  'errors.basemap_file_format': 'Unsupported tile format in the basemap file: {{format}}',
  'errors.field.tile_url': 'Tile URLs start with http:// or https:// and contain {z}, {x} and {y}',
  'errors.field.absolute_path':
    'Give the full path of the file, e.g. D:\\maps\\county.mbtiles or /data/county.pmtiles',
  'errors.field.point_or_incident': 'Give either an incident or a position',
  'errors.import_point_range': 'Longitude must be -180 to 180 and latitude -90 to 90',
  'errors.import_town_unknown': 'Unknown town: {{value}}',
  'errors.import_depot_unknown': 'No depot named "{{value}}": import or register the depot first',
  'errors.import_not_whole_number': 'Must be a whole number, 0 or more',
};

export const resourcesMessages = catalog(zh, en);
