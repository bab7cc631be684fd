/**
 * The fields a government portal prints above a document (its 信息公开 metadata table), by the fact
 * each names: the labels portals use for it, as printed. The saved-page reader reads these fields into
 * the document's metadata; the first label of each list is the one the site shows.
 */
export const PORTAL_LABELS = {
  issuer: ['发文机关', '发布机构', '发文单位', '发布单位'],
  docNumber: ['发文字号', '文号'],
  issued: ['成文日期', '发文日期', '印发日期'],
  published: ['发布日期', '公开日期', '发布时间'],
  index: ['索引号'],
  topic: ['主题分类', '信息分类', '分类'],
  title: ['标题', '名称'],
  validity: ['有效性', '时效性'],
} as const;

/** Every label of a portal field, for recognising a metadata table's cells. */
export const PORTAL_FIELD_LABELS: readonly string[] = Object.values(PORTAL_LABELS).flat();
