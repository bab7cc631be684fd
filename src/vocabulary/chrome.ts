/**
 * Words of a publishing site's chrome around a document: the footer of a government portal.
 * The cleaner cuts lines made of them (and reports them); they are never the document's own.
 */
export const PORTAL_FOOTER_WORDS = [
  '主办单位',
  '承办单位',
  '协办单位',
  '技术支持',
  '网站标识码',
  '网站地图',
  '联系我们',
] as const;
/** A footer field that names the portal's owner: 主办：…, 承办：…. */
export const PORTAL_OWNER_FIELDS = ['主办', '承办'] as const;
/** A line that is one of these alone is a page's tool or navigation word. */
export const PAGE_TOOL_WORDS = [
  '首页',
  '网站导航',
  '地区导航',
  '站点导航',
  '手机客户端',
  '手机版',
  '创建桌面图标',
  '搜索历史清空',
  '搜索',
  '登录',
  '注册',
  '投稿',
  '我要投稿',
  '分享',
  '收藏',
  '点赞',
  '打印',
  '关闭',
  '返回',
  '回帖成功',
  '打印本页',
  '关闭窗口',
  '相关阅读',
  '相关新闻',
  '相关文章',
  '热点推荐',
  '推荐阅读',
] as const;
/** A line that opens with one of these is a comment thread's or an editor's line: 上一篇, 责任编辑. */
export const THREAD_OPENERS = [
  '抢板凳',
  '只看楼主',
  '全部回复',
  '我来说两句',
  '经验值',
  '上一篇',
  '下一篇',
  '责任编辑',
] as const;
/** Fields of a news page's byline: 编辑：…, 审核：…. */
export const BYLINE_FIELDS = ['编辑', '审核', '校对'] as const;
/** What a news site writes before the document it reposts: 原文如下：. */
export const ORIGINAL_FOLLOWS = ['原文如下', '全文如下', '以下为原文', '以下是原文', '附原文', '原文', '全文'] as const;
/** A portal's metadata fields (索引号：…, 发文字号：…): the document's own facts, kept. */
export const PORTAL_FIELDS = [
  '索引号',
  '主题分类',
  '信息分类',
  '发文机关',
  '发布机构',
  '成文日期',
  '发文日期',
  '发布日期',
  '发文字号',
  '文号',
  '标题',
  '公开方式',
  '有效性',
  '生效日期',
  '废止日期',
] as const;
