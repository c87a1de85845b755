# How the texts beside this file were made: one 支出决算表 (公开03表) of 15 rows, consistent, and two copies with one
# slip each (a row total 770.47 for 670.47; a part 1,148.11 for 1,184.11), built in Word (python-docx) and in Calc
# (openpyxl), printed to PDF by LibreOffice and read back by pdftotext, plain and -layout:
#   /usr/bin/python3 make.py
#   soffice --headless --convert-to pdf --outdir out w-*.docx c-*.xlsx
#   for f in out/*.pdf; do pdftotext $f ${f%.pdf}.plain.txt; pdftotext -layout $f ${f%.pdf}.layout.txt; done
# (Debian: python3-docx python3-openpyxl libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei.)
# The texts are kept as pdftotext wrote them. calc-zeros-*.plain.txt come the same way from a helper's 支出决算表 with
# 0.00 printed in its blank cells (2080506's 本年支出合计 113.94 written 113.49 in the slip copy).
import sys, docx, openpyxl
from docx.shared import Pt
from openpyxl.styles import Border, Side, Alignment
H=['本年支出合计','基本支出','项目支出','上缴上级支出','经营支出','对附属单位补助支出']
ROWS=[['合计','','8,141.94','4,906.99','3,234.95'],
['208','社会保障和就业支出','1,744.33','1,731.48','12.85'],
['20805','行政事业单位养老支出','1,744.33','1,731.48','12.85'],
['2080501','行政单位离退休','883.08','883.08',''],
['2080505','机关事业单位基本养老保险缴费支出','228.07','228.07',''],
['2080506','机关事业单位职业年金缴费支出','633.18','620.33','12.85'],
['210','卫生健康支出','1,302.10','1,285.10','17.00'],
['21011','行政事业单位医疗','1,302.10','1,285.10','17.00'],
['2101101','行政单位医疗','631.63','631.63',''],
['2101102','事业单位医疗','670.47','653.47','17.00'],
['213','农林水支出','5,095.51','1,890.41','3,205.10'],
['21301','农业农村','5,095.51','1,890.41','3,205.10'],
['2130101','行政运行','706.30','706.30',''],
['2130104','事业运行','1,184.11','1,184.11',''],
['2130106','科技转化与推广服务','3,205.10','','3,205.10']]
def variant(v):
  rows=[r[:]+['']*(8-len(r)) for r in ROWS]
  if v=='total': rows[9][2]='770.47'
  if v=='part': rows[13][3]='1,148.11'
  return rows
def word(rows,out):
  d=docx.Document(); d.add_paragraph('支出决算表'); d.add_paragraph('部门：某某县农业农村局                                   金额单位：万元')
  hdr=[['项目','']+H,['科目编码','科目名称']+['']*6,['栏次','']+[str(i) for i in range(1,7)]]
  t=d.add_table(rows=len(hdr)+len(rows),cols=8); t.style='Table Grid'
  for i,row in enumerate(hdr+rows):
    for j,v in enumerate(row):
      c=t.cell(i,j); c.text=v
      for p in c.paragraphs:
        for r in p.runs: r.font.size=Pt(9)
  t.cell(0,0).merge(t.cell(0,1)); t.cell(3,0).merge(t.cell(3,1))
  d.add_paragraph('注：本表反映部门本年度各项支出情况。'); d.save(out)
def calc(rows,out):
  wb=openpyxl.Workbook(); ws=wb.active; thin=Side(style='thin'); b=Border(left=thin,right=thin,top=thin,bottom=thin)
  ws['A1']='支出决算表'; ws['H2']='公开03表'; ws['A3']='部门：某某县农业农村局'; ws['H3']='金额单位：万元'
  hdr=[['项目','']+H,['科目编码','科目名称']+['']*6,['栏次','']+[str(i) for i in range(1,7)]]
  for i,row in enumerate(hdr+rows):
    for j,v in enumerate(row):
      c=ws.cell(row=4+i,column=j+1)
      if v!='':
        if '.' in v: c.value=float(v.replace(',','')); c.number_format='#,##0.00'
        else: c.value=v
      c.border=b; c.alignment=Alignment(wrap_text=True)
  for col,w in zip('ABCDEFGH',[10,24,12,10,10,10,8,12]): ws.column_dimensions[col].width=w
  ws.cell(row=4+len(hdr)+len(rows),column=1).value='注：本表反映部门本年度各项支出情况。'
  ws.page_setup.orientation='landscape'; wb.save(out)
for v in ['clean','total','part']:
  word(variant(v),f'w-{v}.docx'); calc(variant(v),f'c-{v}.xlsx')
