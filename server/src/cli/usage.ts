// The Chinese help text and the one-line hint printed after a usage error.
import { maxReportBytes } from '../io/readReport';
import { t } from '../l10n';

export function helpText(version: string): string {
  return [
    t('jixiao {0} — 检查部门整体支出绩效自评报告中的数字是否前后一致', version),
    '',
    t('用法：'),
    t('  jixiao check [选项] 路径…     检查报告文件；文件夹会递归检查其中所有 .txt、.md、.docx、.xlsx 和 .pdf 文件'),
    t('  jixiao text [--encoding …] 文件  输出 jixiao 从该文件读出并检查的文本（Word、Excel、PDF 的提取结果）'),
    t('  jixiao --help                 显示本帮助'),
    t('  jixiao --version              显示版本号'),
    '',
    t('选项：'),
    t('  --format text|json|sarif      输出格式（默认 text）：'),
    t('                                  text   每个问题一行：路径:行:列: 严重程度 说明 [规则]，最后一行为汇总；'),
    t('                                         Word/Excel/PDF 文件以位置代替行列，如 报告.docx:第12段:、'),
    t('                                         报告.docx:表2 第3行 第4列:、自评表.xlsx:Sheet1!D7:、报告.pdf:第3页:'),
    t('                                  json/sarif 中的行列指 jixiao text 输出的文本'),
    t('                                  json   与语言服务器发布的 LSP 诊断相同的 JSON'),
    t('                                  sarif  SARIF 2.1.0，供代码扫描工具使用'),
    t('  --encoding auto|utf8|gb18030  文件编码（默认 auto：自动识别 UTF-8、带 BOM 的 UTF-16、GB18030/GBK）'),
    t('  --max-size MB                 大于此大小的文件跳过不查，并在标准错误中说明（默认 {0}）', maxReportBytes / 1024 / 1024),
    '',
    t('退出状态：0 没有错误；1 发现错误；2 用法错误或有文件无法读取（其余文件照常检查）'),
    '',
    t('文件格式：.txt、.md；Word .docx（自动编号按 Word 显示的样子读出，表格逐行、单元格以制表符分隔，'),
    t('  脚注和文本框不读）；Excel .xlsx（每个工作表一张表，数字按单元格格式显示，公式取保存时的计算结果）；'),
    t('  PDF（按位置排出文字，去掉页码和页眉页脚；扫描件没有文字，无法检查）。旧的 .doc、.xls、.wps 请先转换，'),
    t('  例如 soffice --headless --convert-to docx 报告.doc'),
    '',
    t('示例：'),
    t('  jixiao check 2023年部门整体支出绩效自评报告.txt'),
    t('  jixiao check --format json 报告/'),
    t('  jixiao check 某单位自评表.xlsx'),
    t('  jixiao text 2023年自评报告.docx'),
    '',
  ].join('\n');
}

export function usageHint(): string {
  return t('用法：jixiao check [--format text|json|sarif] [--encoding auto|utf8|gb18030] 路径…，或 jixiao text 文件（运行 jixiao --help 查看帮助）');
}
