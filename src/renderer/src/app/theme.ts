import { theme as antdTheme, type ThemeConfig } from 'antd';

/**
 * Colours. Red, orange, yellow and blue are the four warning levels in law and, by
 * local practice, the incident grades I-IV (domain.md): they are reserved for grades
 * and never used for chrome. The chrome is a deep navy, far from grade-IV blue.
 */
export const GRADE_COLORS = {
  I: '#cf1322',
  II: '#d46b08',
  III: '#d4b106',
  IV: '#1677ff',
} as const;

export const CHROME = {
  navy: '#14305a',
  navyDeep: '#0d2142',
  primary: '#1f4a85',
  page: '#eef1f5',
  ink: '#1f2937',
  muted: '#6b7280',
} as const;

export const FONT_FAMILY =
  "'Noto Sans SC Variable', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', system-ui, sans-serif";

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: CHROME.primary,
    colorInfo: CHROME.primary,
    colorLink: CHROME.primary,
    fontFamily: FONT_FAMILY,
    fontSize: 14,
    borderRadius: 4,
    colorBgLayout: CHROME.page,
    colorTextBase: CHROME.ink,
  },
  components: {
    Layout: { headerBg: CHROME.navy, siderBg: '#ffffff', headerHeight: 60, headerPadding: '0 20px' },
    Menu: { itemSelectedBg: '#e6ecf5', itemSelectedColor: CHROME.primary, itemHeight: 44 },
    Card: { headerFontSize: 15 },
    Table: { headerBg: '#f5f7fa' },
  },
};

export const wallTheme: ThemeConfig = {
  algorithm: antdTheme.darkAlgorithm,
  token: { fontFamily: FONT_FAMILY, colorBgBase: '#060d1a', colorPrimary: '#3b82c4' },
};
