import { catalog } from './catalog';

/**
 * Messages of the county geography import (行政区划与底图), both locales: what is wrong
 * with a file, named so the bureau can find the feature in its own GIS.
 */
const zh = {
  'errors.geo_unreadable':
    '无法读取区划文件“{{file}}”：请使用 GeoJSON、zip 压缩的 Shapefile（含 .shp、.dbf、.prj）、KML 或 KMZ',
  'errors.geo_shapefile_parts': '压缩包“{{file}}”中没有成套的 Shapefile（.shp 与同名 .dbf）',
  'errors.geo_import_refused': '区划文件有 {{count}} 处问题，未导入任何数据：{{list}}',
  'errors.geo_no_polygons': '文件中没有面状要素（乡镇边界应为多边形）',
  'errors.geo_too_many': '一次最多导入 {{max}} 个要素，文件有 {{count}} 个',
  'errors.geo_no_lines': '文件中没有线状要素（河流、道路应为线）',
  'errors.geo_no_places': '文件中没有点状或面状要素（村/社区应为点或多边形）',
  'errors.geo_no_seats': '驻地文件中没有点状要素',
  'errors.geo_line_bad': '第 {{feature}} 条线“{{name}}”不足两个点',
  'errors.geo_village_code_bad': '“{{name}}”的区划代码“{{code}}”不是 12 位数字（统计用区划代码）',
  'errors.geo_village_name_duplicate': '“{{town}}”下村/社区名称“{{name}}”重复',
  'errors.geo_village_no_town':
    '“{{name}}”（{{code}}）找不到所属乡镇：代码前 9 位不是已导入乡镇的代码，位置也不在任何乡镇内',
  'errors.geo_towns_first': '还没有乡镇：请先导入乡镇（街道）边界，再导入村/社区',
  'errors.geo_seat_bad': '“{{name}}”的驻地坐标“{{value}}”无法读取',
  'errors.geo_seat_outside': '“{{name}}”（{{code}}）的驻地不在该乡镇范围内',
  'errors.geo_name_missing': '第 {{feature}} 个要素没有名称（名称列“{{column}}”为空）',
  'errors.geo_code_bad': '“{{name}}”的区划代码“{{code}}”不是 9 位或 12 位数字',
  'errors.geo_code_duplicate': '区划代码 {{code}} 重复：{{names}}',
  'errors.geo_name_duplicate': '乡镇名称“{{name}}”重复（第 {{features}} 个要素）',
  'errors.geo_self_intersection': '“{{name}}”（{{code}}）的边界自相交，约在 {{at}}',
  'errors.geo_ring_bad': '“{{name}}”（{{code}}）的边界不是闭合多边形',
  'errors.geo_outside_boundary': '“{{name}}”（{{code}}）在县界之外',
  'errors.geo_out_of_range': '“{{name}}”的坐标换算后不在经纬度范围内：坐标系选错了吗？',
  'errors.geo_looks_projected':
    '坐标是以米为单位的投影坐标，但文件没有说明坐标系：请选择 CGCS2000 高斯-克吕格 3 度带及带号{{guess}}',
  'errors.geo_zone_mismatch': '横坐标带号为 {{found}}，与所选第 {{zone}} 带不符',
  'errors.geo_zone_needed': '请选择高斯-克吕格 3 度带的带号（25–45）',
  'errors.geo_prj_unknown': '无法识别 .prj 中的坐标系“{{name}}”：请手动选择坐标系',
  'errors.geo_column_unknown': '文件中没有“{{column}}”列',
  'errors.geo_column_needed': '请选择{{what}}所在的列',
  'errors.geo_boundary_no_polygon': '县界文件中没有面状要素',
  'geo.zoneGuess': '（按坐标推测为第 {{zone}} 带）',
  'geo.what.name': '名称',
  'geo.what.code': '区划代码',
} as const;

const en: { readonly [K in keyof typeof zh]: string } = {
  'errors.geo_unreadable':
    'Cannot read the division file "{{file}}": use GeoJSON, a zipped Shapefile (.shp, .dbf, .prj), KML or KMZ',
  'errors.geo_shapefile_parts': 'The archive "{{file}}" holds no complete Shapefile (.shp with its .dbf)',
  'errors.geo_import_refused': 'The division file has {{count}} problem(s); nothing was imported: {{list}}',
  'errors.geo_no_polygons': 'The file has no polygon features (town boundaries must be polygons)',
  'errors.geo_too_many': 'At most {{max}} features per import; the file has {{count}}',
  'errors.geo_no_lines': 'The file has no line features (rivers and roads must be lines)',
  'errors.geo_no_places': 'The file has no point or polygon features (villages must be points or polygons)',
  'errors.geo_no_seats': 'The seat file has no point features',
  'errors.geo_line_bad': 'Line {{feature}} "{{name}}" has fewer than two points',
  'errors.geo_village_code_bad':
    'The division code "{{code}}" of "{{name}}" is not 12 digits (statistical division code)',
  'errors.geo_village_name_duplicate': 'Village name "{{name}}" appears more than once in "{{town}}"',
  'errors.geo_village_no_town':
    '"{{name}}" ({{code}}) belongs to no town: the first nine digits of its code are no imported town\'s, and it lies in none',
  'errors.geo_towns_first':
    'There are no towns yet: import the town (sub-district) boundaries first, then the villages',
  'errors.geo_seat_bad': 'The seat coordinates "{{value}}" of "{{name}}" cannot be read',
  'errors.geo_seat_outside': 'The seat of "{{name}}" ({{code}}) lies outside the town',
  'errors.geo_name_missing': 'Feature {{feature}} has no name (column "{{column}}" is empty)',
  'errors.geo_code_bad': 'The division code "{{code}}" of "{{name}}" is not 9 or 12 digits',
  'errors.geo_code_duplicate': 'Division code {{code}} appears more than once: {{names}}',
  'errors.geo_name_duplicate': 'Town name "{{name}}" appears more than once (features {{features}})',
  'errors.geo_self_intersection': 'The boundary of "{{name}}" ({{code}}) crosses itself near {{at}}',
  'errors.geo_ring_bad': 'The boundary of "{{name}}" ({{code}}) is not a closed polygon',
  'errors.geo_outside_boundary': '"{{name}}" ({{code}}) lies outside the county boundary',
  'errors.geo_out_of_range':
    'The coordinates of "{{name}}" are not longitudes/latitudes once converted: is the coordinate system right?',
  'errors.geo_looks_projected':
    'The coordinates are projected metres but the file does not name its coordinate system: choose CGCS2000 3-degree Gauss–Krüger and the zone{{guess}}',
  'errors.geo_zone_mismatch': 'The eastings carry zone {{found}}, not the chosen zone {{zone}}',
  'errors.geo_zone_needed': 'Choose the 3-degree Gauss–Krüger zone (25–45)',
  'errors.geo_prj_unknown': 'The coordinate system "{{name}}" in the .prj is not known: choose one by hand',
  'errors.geo_column_unknown': 'The file has no column "{{column}}"',
  'errors.geo_column_needed': 'Choose the column holding the {{what}}',
  'errors.geo_boundary_no_polygon': 'The county boundary file has no polygon feature',
  'geo.zoneGuess': ' (zone {{zone}}, judging by the coordinates)',
  'geo.what.name': 'name',
  'geo.what.code': 'division code',
};

export const geoMessages = catalog(zh, en);
