import {
  anyOf,
  BYLINE_FIELDS,
  ORIGINAL_FOLLOWS,
  PAGE_TOOL_WORDS,
  PORTAL_FIELDS,
  PORTAL_FOOTER_WORDS,
  PORTAL_OWNER_FIELDS,
  THREAD_OPENERS,
} from '../../src/vocabulary/index.ts';
import { forMatching } from '../lib/text.ts';

/**
 * Line classifiers for the publishing site's junk. They describe page chrome
 * (navigation, share buttons, comment threads, reposting notices), never a
 * particular site: a line is junk because of what it is, not where it came from.
 */
const chrome: RegExp[] = [
  new RegExp(`^(?:${anyOf(PAGE_TOOL_WORDS)}|分享到.*|扫码.*|扫一扫.*)$`),
  new RegExp(`^(?:${anyOf(THREAD_OPENERS)}|${anyOf(BYLINE_FIELDS)}[:：])`),
  // Government portal footers and tool rows.
  new RegExp(
    `${anyOf(PORTAL_FOOTER_WORDS)}[:：]?|^${anyOf(PORTAL_OWNER_FIELDS)}[:：]|ICP备|公网安备|政府网站找错|我要纠错`,
  ),
  /^(【?(打印本页|关闭窗口|打印|关闭|收藏本页|返回顶部)】?\s*)+$/,
  /^(相关链接|相关附件|附件下载|相关文件|友情链接)[:：]?/,
  /^\S*(门户网站|政府网|政务网|官方网站)$/,
  /^\d+\s*[.、．]?\s*\S+\.(pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i,
  /^[•·●▪◆■□\-*]\s*\S{0,12}$/,
  /(您的位置|当前位置|所在位置)\s*[:：>]/,
  /^[^。，,；;]{0,40}(>|＞|»)[^。，,；;]{0,40}(>|＞|»)/,
  /\d+\s*人已(收藏|打赏|点赞|阅读)|已点赞|人订阅|条内容\s*·/,
  /^(特别声明|免责声明|版权声明|声明)[:：]/,
  /版权归.{0,12}所有|转载.{0,12}(授权|注明)|请联系我们删除|来源注明/,
  /^投稿与新闻线索|^联系电话[:：]|微信\/手机|邮箱[:：]\S+@?/,
  /^(文章)?来源[:：][^。，,]{0,30}$/,
  /^【?\s*字[体号]\s*[:：]?\s*[大中小\s]+】?$/,
  /(公众号|二维码|客户端|APP下载|App下载)/,
  /^(浏览次数|阅读数|阅读量|点击数)[:：]?\s*\d*$/,
];

/** A page number left between two pages of text copied out of a PDF: `- 3 -`, `— 3 —`, `―― 3 ――`, `第3页`, `3`. */
const DASHES = '[-—–－_―‒─]{1,3}';
const pageNumber = new RegExp(
  [
    String.raw`${DASHES}\s*\d{1,4}\s*${DASHES}`,
    String.raw`第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?`,
    String.raw`\d{1,3}\s*\/\s*\d{1,3}`,
    String.raw`\d{1,3}`,
  ]
    .map((form) => `^(?:${form})$`)
    .join('|'),
);

/** A row of menu words: three or more short tokens separated by spaces, no punctuation. */
function isMenu(text: string): boolean {
  // 2022 年 3 月 2 日: a date with the spaces a PDF puts around numbers, not a row of menu words.
  if (/^\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$/.test(text)) return false;
  const tokens = text.split(/\s+/).filter(Boolean);
  return (
    tokens.length >= 3 && text.length <= 60 && tokens.every((t) => t.length <= 8 && !/[。，,；;：:、（）()]/.test(t))
  );
}

export function isChrome(raw: string): boolean {
  const text = forMatching(raw).trim();
  if (!text) return false;
  return chrome.some((rule) => rule.test(text)) || isMenu(text);
}

export function isPageNumber(raw: string): boolean {
  return pageNumber.test(forMatching(raw).trim());
}

/** A page number that says so by its dashes or words (— 3 —, 第3页); a bare 3 may be a value cut off its line. */
export function isMarkedPageNumber(raw: string): boolean {
  const text = forMatching(raw).trim();
  return pageNumber.test(text) && !/^\d{1,3}$/.test(text);
}

/** A short line with no sentence punctuation: junk only when it stands among junk (a tag, a brand name). */
/** A line of link titles or names among junk: no sentence punctuation, not too long. */
export function isLinkRow(raw: string): boolean {
  const text = forMatching(raw).trim();
  return text.length > 0 && text.length <= 40 && !/[。，,；;：:]/.test(text);
}

export function isShortFragment(raw: string): boolean {
  const text = forMatching(raw).trim();
  return text.length > 0 && text.length <= 10 && !/[。，,；;：:、（）()《》]/.test(text);
}

/**
 * The line a news site puts between its own lead-in and the reposted document (alone, or ending a lead-in paragraph).
 */
export const originalFollows = new RegExp(
  `(^|[。，,])\\s*(?:《[^》]{1,30}》)?${anyOf(ORIGINAL_FOLLOWS)}\\s*[:：]?\\s*$`,
);

/** A portal's metadata field (索引号：…, 发文字号：…): kept as the document's own facts, never cut. */
export const PORTAL_FIELD = new RegExp(`^${anyOf(PORTAL_FIELDS)}[:：]`);
