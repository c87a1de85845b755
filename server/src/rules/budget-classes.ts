// The 类 of the 功能分类 and 经济分类 (and 人员经费 / 公用经费): names of one level of the classification, each a sibling
// of the others, none a part of another.
const CLASS =
  /^(一般公共服务|外交|国防|公共安全|教育|科学技术|文化旅游体育与传媒|文化体育与传媒|社会保障和就业|卫生健康|医疗卫生与计划生育|节能环保|城乡社区|农林水|交通运输|资源勘探工业信息等|资源勘探信息等|商业服务业等|金融|援助其他地区|自然资源海洋气象等|国土海洋气象等|住房保障|粮油物资储备|灾害防治及应急管理|债务付息|工资福利|商品和服务|对个人和家庭的补助|资本性|对企业补助)(支出)?[（(]?类?[)）]?$|^(人员经费|(日常)?公用经费)$/;

/** `一般公共服务支出`, `工资福利支出（类）`, `人员经费` (spaces taken out). */
export function isBudgetClass(label: string): boolean {
  return CLASS.test(label.replace(/[\s\u3000]/g, '').replace(/^\d{4}年度?/, ''));
}
