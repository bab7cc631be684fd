import iconv from 'iconv-lite';

/** HTML-escapes text placed into the page (a seed line may hold < or &). */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The seed's lines as a portal's article body: a paragraph per line, runs of `a | b |` rows as a table. */
function body(lines: string[]): string {
  const out: string[] = [];
  let rows: string[][] = [];
  const flush = () => {
    if (rows.length)
      out.push(
        `<table class="MsoTable" border="1">` +
          rows.map((r) => `<tr>${r.map((c) => `<td><p>${esc(c)}</p></td>`).join('')}</tr>`).join('') +
          '</table>',
      );
    rows = [];
  };
  for (const line of lines) {
    if (line.includes('|')) rows.push(line.split('|').map((c) => c.trim()));
    else {
      flush();
      if (line.trim()) out.push(`<p style="text-indent:2em">${esc(line)}</p>`);
    }
  }
  flush();
  return out.join('\n');
}

/** Blocks of chrome the page wraps the document in, by the rule the reader must report each under. */
export const CHROME_BLOCKS = {
  'site-header': '西岭省人民政府门户网站',
  navigation: '首页 政务公开 政务服务 互动交流 走进西岭',
  breadcrumbs: '当前位置：首页 > 政务公开 > 政策文件',
  'share-bar': '分享到：微信 微博 QQ空间',
  'print-buttons': '【打印本页】 【关闭窗口】',
  'related-links': '相关文件 关于开展2024年度节能宣传周活动的通知',
  comments: '网友评论 我要评论 请登录后发表评论',
  footer: '主办单位：西岭省人民政府办公厅 网站标识码：1100000001 京ICP备00000000号',
} as const;

/** What the page's own scripts and styles hold: never text, never published. */
export const PAGE_SCRIPT = 'document.title="pwned";window.evil=1';

/**
 * A page in the shape a provincial portal serves (written for the tests, not copied from a site):
 * header with logo and menu, breadcrumbs, a 信息公开 metadata table, the title in a heading, the text,
 * a share bar, print and close buttons, related links, a comment box and a footer; scripts and styles
 * in head and body; declared and encoded as GB2312 (GBK).
 */
export function portalPage(seed: string, fields: Record<string, string>): Uint8Array {
  const lines = seed.split(/\r\n|\r|\n/);
  const [title, ...rest] = lines;
  const c = CHROME_BLOCKS;
  const fieldRows = Object.entries(fields).reduce<string[][]>(
    (rows, [k, v], i) => (i % 2 ? rows.at(-1)!.push(`${k}：`, v) : rows.push([`${k}：`, v]), rows),
    [],
  );
  const fieldTable = fieldRows.map((r) => `<tr>${r.map((x) => `<td>${esc(x)}</td>`).join('')}</tr>`).join('');
  const html = `<!DOCTYPE html>
<html lang="zh-CN"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>${esc(title!)}_西岭省人民政府门户网站</title>
<style>.nav li{float:left} body{font-family:SimSun}</style>
<script>${PAGE_SCRIPT}</script>
</head>
<body>
<div class="header"><div class="logo"><a href="/">${c['site-header']}</a></div></div>
<div class="nav"><ul>${c.navigation
    .split(' ')
    .map((w) => `<li><a href="#">${w}</a></li>`)
    .join('')}</ul></div>
<div class="main">
  <div class="breadcrumb">${esc(c.breadcrumbs)}</div>
  <div class="article">
    <table class="xxgk-table">${fieldTable}</table>
    <h1 class="article-title">${esc(title!)}</h1>
    <div class="article-content TRS_Editor">
${body(rest)}
    </div>
    <div class="bdshare-box">${c['share-bar']
      .split(' ')
      .map((w) => `<a href="#">${w}</a>`)
      .join('')}</div>
    <div class="print-tools"><a href="javascript:window.print()">【打印本页】</a>
      <a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
  <div class="related-links"><h3>相关文件</h3><ul><li><a href="#">关于开展2024年度节能宣传周活动的通知</a></li></ul></div>
  <div class="comment-box"><p>网友评论</p><button>我要评论</button><p>请登录后发表评论</p></div>
</div>
<div class="footer"><p>主办单位：西岭省人民政府办公厅 网站标识码：1100000001 京ICP备00000000号</p></div>
<script src="/js/stat.js"></script><script>${PAGE_SCRIPT}</script>
</body></html>`;
  return new Uint8Array(iconv.encode(html, 'gbk'));
}
