/**
 * What web pages, news apps and digital newspapers print around an article: share widgets, print
 * buttons, breadcrumbs, banners, login prompts, meta lines (来源/作者/编辑/时间), credits, view
 * counters and the "相关新闻" tail. All rules read line shape and the genre's fixed vocabulary,
 * on the simplified copy, never particular outlets.
 */
import { visibleLength } from './text.ts';

/** Buttons and widget labels; a line made only of these (and separators) is chrome. */
const CHROME_WORDS = [
  '请使用浏览器分享功能进行分享', '点击右上角', '微信好友', '朋友圈', 'QQ空间', 'QQ好友', '新浪微博', '微信公众号', '官方微博',
  '公众号', '微博', '微信', '分享到', '分享', '扫码阅读手机版', '手机阅读', '手机版', '扫一扫', '二维码', '返回首页', '返回顶部',
  '返回', '打印本页', '打印', '关闭窗口', '关闭', '加入收藏', '收藏', '设为首页', '增大字体', '减小字体', '放大字体', '缩小字体', '字体', '字号', '默认', '大字', '听新闻',
  '看评论', '评论', '点赞', '在看', '转发', '官方移动发布平台', '移动发布平台', '高级检索', '检索', '本学科首页', '首页',
  '报刊搜索', '搜索', '新闻中心', '登录', '注册', '马上注册', '立即注册', '上一篇', '下一篇', '上一页', '下一页', '更多', '大', '中', '小',
  // A picture's placeholder left in the text: 【资料图】, [图片].
  '资料图片', '资料图', '配图',
  // The accessibility toolbar of government portals, and the mailbox link beside their banner.
  '无障碍语音播报', '无障碍浏览', '无障碍', '语音播报', '长者模式', '关怀版', '适老化', '读屏', '辅助浏览', '轻松阅读', '大鼠标',
  '辅助线', '指读', '连读', '页面原始配色', '配色', '换肤', '政务邮箱',
];
const CHROME_WORD = new RegExp(CHROME_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
const SEPARATORS = /[\s|｜·•:：【】[\]()（）/／、,，!！>»›<«‹\-—_=*#＞]+/g;

/**
 * A line of buttons and widget labels only ("点击右上角", "【字体：大 中 小】", "返回首页 分享到微信"),
 * with the counts some widgets show beside them ("0 收藏 打印 增大字体 减小字体", "评论 12 点赞 3").
 */
export function isWidgetLine(norm: string): boolean {
  if (visibleLength(norm) > 40) return false;
  const labels = norm.replace(CHROME_WORD, '');
  if (labels === norm) return false;
  const rest = labels.replace(/\d+/g, '').replace(SEPARATORS, '');
  return rest.length === 0 && norm.replace(SEPARATORS, '').length > 0;
}

/** Site banners, login and forum prompts, app prompts ("打开“XX”看评论"). */
const SITE_PROMPT =
  /^[•·\s]*欢迎(来到|访问|光临|您)|马上注册|立即注册|没有账号|才可以(下载|查看|浏览)|登录后(才能|可以)?|^(打开|下载)\S{0,16}(看评论|查看|阅读|客户端|APP)|预览时标签不可点|收录于合集|在手机(上)?打开|扫码(阅读|查看|打开|关注)|扫描二维码|长按(识别)?二维码|点击上方|关注我们|点个在看|^(原文链接|原文地址|网址|链接)\s*[:：]/i;
/** A page asking for a browser plug-in: "获取 Adobe Flash Player", "此页面上的内容需要较新版本的 Adobe Flash Player。". */
const PLUGIN_PROMPT = /Flash\s*Player|需要较新版本的|请(?:升级|安装)(?:您的)?浏览器/i;
/**
 * The keyword strip a pirated mirror prints over the article it copied ("亚洲…无码…_久久…精品…_…",
 * "…中文字幕,…在线高清,…"): words of its own trade, several of them, and no sentence.
 */
const MIRROR_KEYWORDS = /无码|一区二区|中文字幕|精品|久久|国产|欧美|亚洲|成人|午夜|在线观看|在线播放|在线高清|[Aa][Vv](?![a-z])|视频|福利|影片|影院|人妻|激情|不卡/g;
function isMirrorKeywordStrip(text: string): boolean {
  if (/[。！？]/.test(text)) return false;
  return new Set(text.match(MIRROR_KEYWORDS) ?? []).size >= 4;
}

/** Counters: 阅读量:2547, 浏览次数：12, 点击：88. */
const COUNTER = /^(阅读|浏览|点击|访问|阅读数|阅读量|阅读次数|浏览量|浏览次数|点击量|点击数|点击率|访问量)\s*[:：]?\s*\d+\s*(次)?$/;
/**
 * A line that is a link: "http://…", "原文：https://…", or a page's address stamped with the time it
 * was saved ("http://www.xx.gov.cn/ (2023-01-05 09:45:05)").
 */
const LINK = /^(\S{0,8}[:：]\s*)?https?:\/\/\S+(\s*[(（]\s*\d{4}[-./]\d{1,2}[-./]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*[)）])?$/i;
/** A file name or image name left by a page ("GE Ontime_fororder_123_副本", "img_2031.jpg"). */
const FILE_NAME = /[A-Za-z0-9]+_[A-Za-z0-9_]+|\.(jpe?g|png|gif|webp|bmp)$/i;

/** "首页 > 党建 > 正文", "XX网 >> 新闻频道 >> 要闻", "当前位置：首页>>热点". */
export function isBreadcrumb(norm: string): boolean {
  if (visibleLength(norm) > 50 || !/[>›»＞→]|位置|所在/.test(norm)) return false;
  const text = norm.replace(/^(当前位置|当前所在|您的位置|你的位置|所在位置|位置)\s*[:：]\s*/, '');
  if (text !== norm && /首页|>|›|»/.test(text)) return true;
  const parts = text.split(/\s*(?:>>|>|›|»|＞|→)\s*/).filter((part) => part.length > 0);
  return parts.length >= 2 && parts.every((part) => visibleLength(part) <= 14 && !/[，。；,;！？]/.test(part));
}

/**
 * A navigation bar: three or more short links between bars ("设为首页 | 免责声明 | 关于XX | 加入收藏"),
 * or a long menu of many very short ones, however long it runs (a site's regional menu
 * "北京|天津|河北|…|新疆", a channel menu).
 */
export function isNavigationBar(norm: string): boolean {
  if (norm.length > 300 || !/[|｜]/.test(norm)) return false;
  const parts = norm.split(/\s*[|｜]\s*/).filter((part) => part.length > 0);
  const link = (part: string, most: number): boolean => visibleLength(part) <= most && !/[，。；,;！？]/.test(part);
  if (parts.length >= 8 && parts.every((part) => link(part, 6))) return true;
  return norm.length <= 80 && parts.length >= 3 && visibleLength(norm) <= 60 && parts.every((part) => link(part, 10));
}

/**
 * Labelled meta fields printed anywhere on a short line, alone or run together:
 * "2020-11-12 作者:佚名 来源: XX", "日期 | 来源:XX | 责编:XX", "【责任编辑:XX】".
 */
const META_FIELD =
  /(^|[\s|｜【[（(\d])(本文来源|文章来源|信息来源|来源|稿源|作者姓名|作者|本版责编|本版编辑|值班编辑|责任编辑|编辑|责编|美编|版式|编审|审核|审校|初审|复审|终审|校对|签发|监制|统筹|发布时间|发布日期|发布者|发表时间|更新时间|时间|日期|出处|浏览次数|点击数|阅读量|字号|索引号|发布机构|发布单位|生成日期|成文日期|文号|主题分类|公开方式|所属机构)\s*[:：丨|｜]/;
export function isMetaLine(norm: string): boolean {
  return visibleLength(norm) <= 80 && META_FIELD.test(norm) && !/[。；]/.test(norm);
}

/** A date (with or without a time) standing as a token of a short line: "旅游 XX晚报 2022-09-19 07:06". */
const DATE_TOKEN = /(^|\s)\d{4}[-./]\d{1,2}[-./]\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?(\s|$)|\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}/;
/** A page's own address printed beside its date ("http://www.xx.com.cn 2013-03-25 16:11 XX网"): not counted as text. */
const PAGE_ADDRESS = /(?:https?:\/\/|www\.)[\w./?=&%#:~+-]+/gi;
export function isDatedMetaLine(norm: string): boolean {
  return visibleLength(norm.replace(PAGE_ADDRESS, '')) <= 40 && DATE_TOKEN.test(norm) && !/[。，；,;！？]/.test(norm);
}

/**
 * Credits: "XX日报客户端记者 张三 XX报业全媒体记者 李四", "通讯员 王五 报道", "融媒记者:赵六", "(实习编辑 钱七)";
 * an app's city desk writes its Latin brand apart from the city: "ZAKER 哈尔滨记者 康福柱".
 */
const CREDIT_UNIT =
  '(?:(?:[A-Za-z]{2,12}\\s+)?[\\p{Script=Han}A-Za-z]{0,14}?(?:记者|通讯员|实习生|摄影|摄像|编辑|责编|编审|审核|签发|撰稿|校对|制图|设计)(?:\\s*[:：/／]\\s*|\\s+)' +
  // A newspaper's own reporter glued to the name: "□马林本报记者周文" (通讯员 first, then 本报记者).
  '|[\\p{Script=Han}·]{0,4}?(?:本报|本刊|本台|本网)(?:记者|通讯员)\\s*' +
  // …or under the outlet's own name: "□XX日报全媒体记者张三".
  '|\\p{Script=Han}{2,12}?(?:日报|晚报|报|网|电视台|融媒体中心|客户端)(?:全媒体|融媒体|融媒|首席|特约|见习|实习)*(?:记者|通讯员)\\s*)' +
  '[\\p{Script=Han}·]{2,4}(?:[\\s、，,]+[\\p{Script=Han}·]{2,4})*';
// The writer's name may stand first, bare, before the outlet's credit: "张玲 ZAKER 哈尔滨记者 康福柱".
const CREDIT = new RegExp(`^(?:[\\p{Script=Han}·]{2,4}\\s+(?=[A-Za-z\\p{Script=Han}]))?(?:${CREDIT_UNIT}\\s*)+(?:报道|摄|供稿|整理)?$`, 'u');
const CREDIT_WORD = /记者|通讯员|实习生|摄|编辑|责编|编审|审核|签发|撰稿|校对|制图|设计/;
/** Labelled name credits: "文/张三 图/李四", "文 | 张三", "撰文：张三", "策划：李四". */
const NAME_CREDIT =
  /^(?:(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图|文字|文|图|图片|摄影|摄像|撰文|策划|主编|出品|监制|视频|海报|统筹)(?:\s*[/／|｜:：丨]\s*|\s+)[\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4})*\s*)+$/u;
const BOX_MARKS = /^[□■◆◇▲△●○◎]+\s*/;
export function isCreditLine(norm: string): boolean {
  if (norm.length > 60) return false;
  if (NAME_CREDIT.test(norm.trim())) return true;
  if (!CREDIT_WORD.test(norm)) return false;
  // A newspaper or magazine prints its byline after a box or a bullseye: "□本报记者 张三", "◎本刊记者 李四".
  const text = norm.trim().replace(BOX_MARKS, '').replace(/^[（(【[]\s*|\s*[）)】\]]$/g, '');
  return visibleLength(text) <= 50 && !/[。；！？]/.test(text) && CREDIT.test(text);
}

/** 原标题：…, 内容提要/摘要 labels standing alone. */
const LABEL_ONLY = /^[【[]?(摘\s*要|内容提要|内容摘要|提要|导读|核心提示)[】\]]?\s*[:：]?$/;
const ORIGINAL_TITLE = /^[【[]?原标题\s*[:：]/;

/** The headline a reprint says it first had: "原标题：XX" → "XX", or null. */
export function originalTitle(norm: string): string | null {
  const match = ORIGINAL_TITLE.exec(norm.trim());
  if (!match) return null;
  const title = norm.trim().slice(match[0].length).replace(/[】\]]$/, '').trim();
  return title.length > 0 ? title : null;
}

/** An HTML tag a copied page kept as text: `<strike id="x">`, `</menu>`. */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?\/?>/g;

/**
 * A line with nothing to read: stray marks ("?", "??", "x", "•") left by the page, or only the
 * HTML tags a mirror copied as text ("• <strike id=…><menu id=…></menu></strike>").
 */
function isResidue(norm: string): boolean {
  const text = norm.replace(HTML_TAG, '').replace(/\s+/g, '');
  // Item markers and section stars may stand alone on a line: they are structure.
  if (!/[\p{Script=Han}\p{L}\p{N}]/u.test(text)) return !/[△▲□■◆◇●◎★☆]/.test(text);
  return /^[A-Za-z]$/.test(text);
}

/** A newspaper's citation under a reprint: "《 XX日报 》( 2024年01月29日 10 版)". Group 1 is the paper. */
/** A magazine mirror's issue line under the headline: "青禾党建 2016年7期", "乡村振兴 2021年第3期". */
const MAGAZINE_ISSUE = /^\p{Script=Han}{2,12}\s*\d{4}\s*年\s*(?:第\s*)?\d{1,2}\s*期$/u;
/** An article page's keyword or tag strip ("关键词:东塘村青禾县长廊"): words run together, not text. */
const KEYWORD_STRIP = /^[【[]?(?:关键词|关键字|标签|主题词)[】\]]?\s*[:：]\s*\S/;
export const PAPER_CITATION = /^《\s*([^《》]{2,16}?)\s*》\s*[（(]\s*\d{4}年\d{1,2}月\d{1,2}日\s*(?:第\s*)?\d{1,3}\s*版\s*[）)]$/u;

/** True when a line is web or app chrome on its own. */
export function isWebChrome(norm: string): boolean {
  const text = norm.trim();
  if (text.length === 0) return false;
  if (isMirrorKeywordStrip(text)) return true;
  // Chrome is short; of a long line only a bare link or a menu can be.
  if (text.length > 100) return LINK.test(text) || isNavigationBar(text);
  if (isResidue(text) || isWidgetLine(text) || isBreadcrumb(text) || isNavigationBar(text)) return true;
  const length = visibleLength(text);
  if (length <= 60 && (SITE_PROMPT.test(text) || PLUGIN_PROMPT.test(text))) return true;
  if (PAPER_CITATION.test(text) || MAGAZINE_ISSUE.test(text) || (length <= 60 && KEYWORD_STRIP.test(text) && !/[。！？]/.test(text))) return true;
  if (COUNTER.test(text) || LABEL_ONLY.test(text) || LINK.test(text) || (length <= 80 && ORIGINAL_TITLE.test(text))) return true;
  if (length <= 40 && FILE_NAME.test(text) && !/[。，；]/.test(text)) return true;
  return isMetaLine(text) || isDatedMetaLine(text) || isCreditLine(text);
}

/**
 * Lines after which the page has nothing more of the article: related-article lists, next/previous
 * links, "显示全文", a disclaimer ("声明：…").
 */
const TAIL_MARKER =
  /^[【[\s]*(相关新闻|相关推荐|相关文章|相关阅读|相关资讯|推荐阅读|新闻推荐|热点推荐|热门推荐|猜你喜欢|精彩推荐|往期回顾|往期推荐|更多精彩|显示全文|展开全文|阅读全文|查看原文|阅读原文)[】\]\s]*[:：]?$/;
export function isTailMarker(norm: string): boolean {
  if (norm.length > 100 && !/^\s*(免责)?声明/.test(norm)) return false;
  const text = norm.trim();
  if (TAIL_MARKER.test(text)) return true;
  if (/^(免责)?声明\s*[:：]/.test(text) || /^[-—\s]*END[-—\s]*$/i.test(text)) return true;
  return (visibleLength(text) <= 40 && /上一篇|下一篇/.test(text)) || (visibleLength(text) <= 80 && /^(上一篇|下一篇)/.test(text));
}

/**
 * An outlet's name alone on a line ("XX融媒", "今日XX", "XX日报", "XX报网"). Only trusted in the page
 * header and trailer: inside the body a short line ending in 网 or 报 may be a subhead.
 */
const OUTLET_NAME =
  /^[\p{Script=Han}A-Za-z]{1,14}(日报|晚报|早报|都市报|报社|报业|报|网|网站|门户网站|人民政府|融媒|融媒体|融媒体中心|客户端|电视台|广播电视台|广播电视|新闻|发布|在线|云|头条|之声|视窗|手机台|时讯|快讯)$|^(今日|掌上)[\p{Script=Han}]{2,4}$/u;
/** A site's channel after its name: "XX网-YY频道", "XX网 YY分站", "XX网·YY站". */
const OUTLET_CHANNEL = /^[\p{Script=Han}A-Za-z]{1,12}(网|报|台)\s*[-—–·|｜\s]?\s*[\p{Script=Han}A-Za-z]{1,10}(频道|分站|站|专栏)$/u;
export function isOutletName(norm: string): boolean {
  const text = norm.trim();
  if (visibleLength(text) <= 24 && OUTLET_CHANNEL.test(text)) return true;
  return visibleLength(text) <= 16 && !/\s/.test(text) && OUTLET_NAME.test(text);
}

/**
 * A site banner: the outlet's name with the links printed beside it ("XX市政府门户网站 政务邮箱",
 * "XX县人民政府 无障碍 长者模式"). Returns the name, or null.
 */
export function bannerOutlet(norm: string): string | null {
  const [name, ...links] = norm.trim().split(/\s+/);
  if (name === undefined || links.length === 0 || !isOutletName(name)) return null;
  return isWidgetLine(links.join(' ')) ? name : null;
}
