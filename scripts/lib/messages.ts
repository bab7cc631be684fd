import { ROLE_LABEL } from '../../src/vocabulary/index.ts';

/**
 * Every message the extractor prints, in one table: rule id (English, stable, grep-able) → the
 * sentence staff read (Chinese, like the README). Code names a rule and passes its values;
 * it never writes a message inline.
 */
export const messages = {
  // Reading policy-sources/.
  'source:no-folder': () => '找不到政策原文文件夹',
  'source:none': (formats: string) => `没有可读取的政策原文（可读取 ${formats}）`,
  'source:symlink': () => '是符号链接：出于安全不读取（请把文件本身放进 policy-sources/，不要放链接）',
  'source:not-a-file': (kind: string) => `不是普通文件（是${kind}），不读取`,
  'source:unreadable': (code: string) => `无法读取（${code}）`,
  'source:too-large': (mb: number, max: number) => `文件过大（${mb} MB，上限 ${max} MB），不像一份政策原文`,
  'source:name-too-long': (n: number, max: number) => `文件名过长（${n} 个字符，最多 ${max} 个）`,
  'source:extension-case': (ext: string) => `扩展名须为小写 .${ext}（文件名即网址，大小写不同会造成重名）`,
  'source:skipped': (formats: string) => `已跳过：只读取 ${formats} 原文和 .meta.yaml 旁注文件`,
  'source:two-sidecars': (other: string) => `与 ${other} 是同一原文的两个旁注文件，请只保留一个（.meta.yaml）`,
  'source:orphan-sidecar': (expected: string) => `旁注文件没有对应的原文（应有 ${expected}）`,
  'source:same-name': (other: string) => `与 ${other} 同名（网址相同），请改名其中一个`,
  'source:not-slug': () => '文件名须为 slug（小写字母、数字和 -，如 city-carbon-peak.txt），它就是网站上的地址',
  'source:collision': (id: string, other: string) => `文件 id “${id}” 与 ${other} 冲突，请改名其中一个`,

  // Sidecars.
  'sidecar:yaml': () => '旁注文件不是有效的 YAML',
  'sidecar:invalid': (detail: string, allowed: string) => `${detail}。可用字段：${allowed}`,

  // Decoding.
  'decode:empty': () => '文件是空的：应为政策原文',
  'decode:blank': () => '文件只有空白字符：应为政策原文',
  'decode:binary': () => '是二进制数据（含 NUL 字节）：应为 UTF-8、带 BOM 的 UTF-16 或 GB18030 编码的纯文本',
  'decode:unknown': () => '无法识别的编码：既不是 UTF-8、带 BOM 的 UTF-16，也不是 GB18030/GBK',
  'decode:not-chinese': () => '无法识别的编码：不是 UTF-8，按 GB18030 解码也得不到可读的中文',
  'decode:mixed': (line: number, found: string, rest: string) =>
    `文件混用了两种编码：第 ${line} 行是 ${found}，其余是 ${rest}。请把整个文件另存为 UTF-8`,
  'decode:utf16-odd': () => 'UTF-16 文件的字节数是奇数：文件被截断或不是 UTF-16',
  'decode:utf16-surrogate': () => 'UTF-16 文件含孤立的代理项（损坏的字符）',
  'decode:not-decoded': (format: string) => `${format} 文件须先由读取器转为文本（内部调用顺序错误）`,
  'pdf:unreadable': (reason: string) => `无法读取这个 PDF（${reason}）：文件可能已损坏或加密`,
  'pdf:no-text': (pages: number) =>
    `这个 PDF 的 ${pages} 页都没有文字层，是扫描件：需要先做文字识别（OCR），再放进 policy-sources/`,
  'pdf:pages-without-text': (pages: string) =>
    `第 ${pages} 页没有文字层（扫描页），这些页的内容没有读到：需要文字识别（OCR）`,
  'html:charset': (charset: string) => `网页声明的字符集 ${charset} 无法识别：请另存为 UTF-8 或 GBK 网页`,
  'html:not-in-charset': (charset: string) =>
    `网页内容不是它声明的 ${charset} 编码（文件可能被改动过）：请重新保存网页`,
  'html:no-text': () => '网页里没有文字：应为保存下来的政策文件网页',
  'html:no-document': () => '网页里没有找到政策正文：所有文字都是导航、页脚等网站栏目（用 --verbose 查看剪除报告）',
  'docx:unreadable': (reason: string) =>
    `无法读取这个 Word 文件（${reason}）：应为 .docx（Word 2007 及以后的格式；旧的 .doc 请另存为 .docx）`,
  'docx:no-text': () => 'Word 文件里没有文字',
  'docx:list-numbers': () => '部分自动编号没能对应到段落：编号可能与 Word 中显示的不同，请核对条款编号',
  'decode:junk-only': () => '所有行都被识别为网页杂项，没有留下正文（用 --verbose 查看剪除报告）',

  // Cleaning and names.
  'clean:invisible': (n: number) => `剪除 ${n} 个不可见字符（零宽、双向控制或控制字符），它们可能伪装名称`,
  'names:markup': (name: string) => `“${name}”含有标记字符（< > " 或控制字符），不当作名称读取`,

  // Outline.
  'outline:no-structure': () => '没有找到编号条款（一、 /（一）/ 1. / 第一条）：整篇作为一份不分条款的文件发布',
  'outline:numbering-gap': (from: string, to: string, expected: number) =>
    `编号从 ${from} 跳到 ${to}（应为 ${expected}）`,
  'outline:duplicate-number': (marker: string, anchor: string) => `同一标题下编号 ${marker} 重复，其锚点改为 ${anchor}`,

  // Tasks.
  'tasks:unclosed-parenthesis': () => '分工说明的括号没有闭合，已读到条款末尾',
  'tasks:unread-note': (words: string) => `分工说明中有没读懂的词：“${words}”`,
  'tasks:stray-separator': (list: string) => `部门列表“${list}”中有多余的分隔符，已跳过空名称`,
  'tasks:lead-also-partner': (names: string) =>
    `${names} 同时被列为${ROLE_LABEL.lead}和${ROLE_LABEL.partner}单位，按${ROLE_LABEL.lead}处理`,

  // Validation and writing.
  'content:invalid': (detail: string) => detail,
  'content:stale': (files: string) => `content/ 与原文不一致：${files}。请运行 npm run extract 并提交 content/`,
  'content:fresh': (n: number) => `content/ 与原文一致（${n} 个文件）`,
  'content:written': (written: number, removed: number, unchanged: number, ms: number) =>
    `content/：写入 ${written} 个文件，删除 ${removed} 个，${unchanged} 个未变（${ms} 毫秒）`,
  'content:incremental': (extracted: number, threads: number, cached: number) =>
    `抽取 ${extracted} 篇（${threads} 个线程），${cached} 篇未变、取自缓存`,
  'content:errors': (n: number) => `共 ${n} 个错误；content/ 未改动`,
  'content:no-space': () => '磁盘空间不足：content/ 未改动，请腾出空间后重试',
  'content:write-failed': (reason: string) => `写入失败（${reason}）：content/ 未改动`,
  internal: (what: string) => `内部错误：${what}（请把这份原文和这条消息报告给开发者）`,

  // The per-document summary of npm run extract.
  'summary:document': (c: {
    file: string;
    encoding: string;
    clauses: number;
    tasks: number;
    numbered: number;
    annex: number;
    statement: number;
    departments: number;
    targets: number;
    baselines: number;
    timePoints: number;
    ownDates: number;
    ruleSets: number;
  }) =>
    `${c.file}（${c.encoding}）：${c.clauses} 个条款，${c.tasks} 项任务（编号 ${c.numbered}、附表 ${c.annex}、陈述 ${c.statement}），` +
    `${c.departments} 个部门，${c.targets} 个目标，${c.baselines} 个基线，${c.timePoints} 个时间节点（另有 ${c.ownDates} 个印发/发布日期），` +
    `${c.ruleSets} 个申报规则集`,
  'summary:accounting': (source: number, kept: number, removed: number, rules: string) =>
    `字符核算：原文 ${source} = 保留 ${kept} + 剪除 ${removed}${rules ? `（${rules}）` : ''}`,
  'summary:removed': (rule: string, from: number, to: number, text: string) =>
    `剪除 [${rule}] 第 ${from}–${to} 行：${text}`,

  // The command line.
  'cli:unknown-flag': (flag: string, known: string) => `不认识的参数 ${flag}（可用：${known}）`,
} satisfies Record<string, (...args: never[]) => string>;

export type RuleId = keyof typeof messages;
/** The values a rule's text is filled with. */
export type ArgsOf<R extends RuleId> = Parameters<(typeof messages)[R]>;

/** The sentence for a rule, with its values filled in. */
export function say<R extends RuleId>(rule: R, ...args: Parameters<(typeof messages)[R]>): string {
  return (messages[rule] as (...a: unknown[]) => string)(...args);
}
