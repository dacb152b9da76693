/**
 * English names for the basemap's labels where OSM's extract carries none (the Geofabrik layers
 * have only `name`). Translations only: no geometry comes from here. A name not listed keeps its
 * Chinese form in English too; streets-partial brings OSM's own `name:en`.
 */
export const EN: Readonly<Record<string, string>> = {
  杨浦区: 'Yangpu District', 虹口区: 'Hongkou District', 宝山区: 'Baoshan District', 浦东新区: 'Pudong New Area', 黄浦区: 'Huangpu District',
  定海路街道: 'Dinghai Road Subdistrict', 平凉路街道: 'Pingliang Road Subdistrict', 江浦路街道: 'Jiangpu Road Subdistrict',
  四平路街道: 'Siping Road Subdistrict', 控江路街道: 'Kongjiang Road Subdistrict', 长白新村街道: 'Changbai Xincun Subdistrict',
  延吉新村街道: 'Yanji Xincun Subdistrict', 殷行街道: 'Yinhang Subdistrict', 大桥街道: 'Daqiao Subdistrict',
  五角场街道: 'Wujiaochang Subdistrict', 新江湾城街道: 'Xinjiangwancheng Subdistrict', 长海路街道: 'Changhai Road Subdistrict',
  黄浦江: 'Huangpu River', 复兴岛: 'Fuxing Island', 复兴岛运河: 'Fuxing Island Canal', 杨树浦港: 'Yangshupu Creek', 虬江: 'Qiujiang River',
  走马塘: 'Zoumatang', 东走马塘: 'East Zoumatang', 小吉浦: 'Xiaojipu', 虹口港: 'Hongkou Creek', 沙泾港: 'Shajing Creek', 苏州河: 'Suzhou Creek',
  中环路: 'Middle Ring Road', 内环高架路: 'Inner Ring Elevated Road', 军工高架路: 'Jungong Elevated Road', 北横通道: 'North–South Cross Passage (Beiheng)',
  逸仙高架路: 'Yixian Elevated Road', 外环高速: 'Outer Ring Expressway', 南北高架路: 'North–South Elevated Road', 延安高架路: "Yan'an Elevated Road",
  军工路: 'Jungong Road', 长阳路: 'Changyang Road', 控江路: 'Kongjiang Road', 江浦路: 'Jiangpu Road', 四平路: 'Siping Road', 淞沪路: 'Songhu Road',
  黄兴路: 'Huangxing Road', 大连路: 'Dalian Road', 宁国路: 'Ningguo Road', 邯郸路: 'Handan Road', 大学路: 'Daxue Road',
  杨高中路: 'Middle Yanggao Road', 杨高北路: 'North Yanggao Road', 浦东北路: 'North Pudong Road', 五洲大道: 'Wuzhou Avenue', 浦东大道: 'Pudong Avenue',
  场中路: 'Changzhong Road', 长江路: 'Changjiang Road', 翔殷路隧道: 'Xiangyin Road Tunnel', '翔殷路隧道/民星路': 'Xiangyin Road Tunnel / Minxing Road',
  杨树浦路: 'Yangshupu Road', 临平路: 'Linping Road',
  曲阳路: 'Quyang Road', 鞍山新村: 'Anshan Xincun', 延吉中路: 'Middle Yanji Road', 黄兴公园: 'Huangxing Park', 翔殷路: 'Xiangyin Road',
  嫩江路: 'Nenjiang Road', 市光路: 'Shiguang Road', 邮电新村: 'Youdian Xincun', 同济大学: 'Tongji University', 国权路: 'Guoquan Road',
  五角场: 'Wujiaochang', 江湾体育场: 'Jiangwan Stadium', 三门路: 'Sanmen Road', 殷高东路: 'East Yingao Road', 新江湾城: 'Xinjiangwancheng',
  国帆路: 'Guofan Road', 提篮桥: 'Tilanqiao', 江浦公园: 'Jiangpu Park', 隆昌路: 'Longchang Road', 爱国路: 'Aiguo Road',
  殷高路: 'Yingao Road', 上海财经大学: 'Shanghai University of Finance and Economics', 复旦大学: 'Fudan University', 抚顺路: 'Fushun Road',
  平凉路: 'Pingliang Road', 丹阳路: 'Danyang Road', 昌邑路: 'Changyi Road', 海伦路: 'Hailun Road',
};

/** The English name: OSM's `name:en` if given, else the table, else the Chinese. */
export const en = (zh: string, osmEn?: string | null): string => osmEn || EN[zh] || zh;
