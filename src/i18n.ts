/** UI languages: Chinese by default, English on request. Every UI string exists in both. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

const zh = {
  appTitle: '杨浦城市更新地图',
  appSubtitle: '2024年工作与2025年计划中的项目',
  loading: '正在加载地图…',
  mapLabel: '杨浦区项目地图',
  language: '语言',
  switchLanguage: 'English',
  basemap: '底图',
  basemapEmbedded: '内置底图(离线)',
  basemapOsm: 'OpenStreetMap(在线)',
  basemapTianditu: '天地图(在线)',
  basemapTiandituNoKey: '天地图(需配置密钥)',
  basemapFallback: '在线底图无法加载,已切换回内置底图。',
  dismiss: '关闭',
  dataError: '数据文件无法加载:',
  mapError: '地图无法启动:',
  webglMissing: '此浏览器不支持 WebGL,无法显示地图。',
  attributionEmbedded: '底图:杨浦城市更新地图项目整理(行政区界源自公开数据,已转换为 WGS-84)',
} as const;

export type StringKey = keyof typeof zh;

const en: Record<StringKey, string> = {
  appTitle: 'Yangpu Renewal Map',
  appSubtitle: 'Projects of the 2024 work report and the 2025 plan',
  loading: 'Loading the map…',
  mapLabel: 'Map of projects in Yangpu District',
  language: 'Language',
  switchLanguage: '中文',
  basemap: 'Basemap',
  basemapEmbedded: 'Embedded (offline)',
  basemapOsm: 'OpenStreetMap (online)',
  basemapTianditu: 'Tianditu (online)',
  basemapTiandituNoKey: 'Tianditu (needs a key)',
  basemapFallback: 'The online basemap could not be loaded; switched back to the embedded basemap.',
  dismiss: 'Dismiss',
  dataError: 'A data file could not be loaded:',
  mapError: 'The map could not start:',
  webglMissing: 'This browser has no WebGL, so the map cannot be shown.',
  attributionEmbedded: 'Basemap: Yangpu Renewal Map (district boundaries from public data, converted to WGS-84)',
};

export const STRINGS: Record<Lang, Record<StringKey, string>> = { zh, en };

/** The string for `key` in `lang`. */
export function t(lang: Lang, key: StringKey): string {
  return STRINGS[lang][key];
}
