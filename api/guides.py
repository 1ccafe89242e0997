"""GET /guides/{code}: the printable guide (HTML) or, for `Accept: application/ld+json`, JSON-LD."""

from __future__ import annotations

import json
from html import escape

from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response

from api.guide_jsonld import to_jsonld
from config.settings import get_settings
from domain import guide as g
from usecases.catalog.browse import get_item

CSS = """body{font-family:"PingFang SC","Microsoft YaHei",sans-serif;max-width:960px;margin:2em auto;color:#222;line-height:1.6}
h1{font-size:1.6em;border-bottom:2px solid #b40000;padding-bottom:.3em}h2{font-size:1.2em;margin-top:1.6em;color:#b40000}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #999;padding:.35em .5em;vertical-align:top;text-align:left}
th{background:#f3f3f3;white-space:nowrap}.meta{color:#555}@media print{a{color:#000;text-decoration:none}}"""


def _e(v) -> str:
    return escape(str(v if v is not None else ""))


def _rows(pairs) -> str:
    return "".join(f"<tr><th>{_e(k)}</th><td>{v}</td></tr>" for k, v in pairs)


def render_html(item) -> str:
    v = item.published
    d = v.guide
    fee = d["fee"]
    basic = [
        ("事项名称", _e(d["name"])), ("实施编码", _e(item.code)), ("基本编码", _e(item.item.basic_code)),
        ("事项类型", _e(d["item_type"])), ("实施主体", _e(item.department.name)),
        ("统一社会信用代码", _e(item.department.credit_code)), ("受理单位", _e(d["accepting_unit"])),
        ("行使层级", _e(g.LEVEL_LABELS.get(item.level, item.level))), ("办件类型", _e(g.CASE_KIND_LABELS[d["case_kind"]])),
        ("法定办结时限", f"{d['legal_limit_days']}个工作日"), ("承诺办结时限", f"{d['committed_limit_days']}个工作日"),
        ("到办事现场次数", f"{d['visits']}次 {_e(d.get('visits_reason'))}"),
        ("网上办理深度", _e(g.ONLINE_DEPTH_LABELS[d["online_depth"]])),
        ("办理形式", _e("、".join(g.HANDLING_FORM_LABELS[f] for f in d["handling_forms"]))),
        ("通办范围", _e(g.SCOPE_LABELS[d["scope"]])),
        ("是否支持预约", "是" if d["appointment"] else "否"), ("是否支持网上支付", "是" if d["online_payment"] else "否"),
        ("是否支持物流快递", "是" if d["delivery"] else "否"),
        ("共同实施部门", _e("、".join(j["name"] for j in d.get("joint_departments", [])) or "无")),
        ("中介服务", _e("、".join(d.get("intermediary_services", [])) or "无")),
        ("办理结果", _e(d["result"])),
    ]
    basis = "".join(f"<li><b>{_e(b['law'])}</b> {_e(b['article'])}：{_e(b['text'])}</li>" for b in d["legal_basis"])
    steps = "".join(
        f"<tr><td>{i}</td><td>{_e(s['name'])}</td><td>{_e(s['role'])}</td><td>{s['time_limit_days']}个工作日</td>"
        f"<td>{_e(s['criteria'])}</td></tr>" for i, s in enumerate(d["steps"], 1))
    materials = "".join(
        f"<tr><td>{i}</td><td>{_e(m['name'])}</td><td>{_e(g.SOURCE_LABELS[m['source']])}"
        f"{'（' + _e(m.get('e_licence_type')) + '）' if m.get('e_licence_type') else ''}</td>"
        f"<td>{_e(g.NECESSITY_LABELS[m['necessity']])}</td><td>原件{m['originals']}份，复印件{m['copies']}份；{_e(m['spec'])}</td>"
        f"<td>{_e(m['fill_notes'])}{'<br>空白表格：' + _e(m['blank_form']) if m.get('blank_form') else ''}"
        f"{'<br>示例样表：' + _e(m['sample']) if m.get('sample') else ''}</td>"
        f"<td>{'<br>'.join(_e(x) for x in m['common_errors'])}</td></tr>" for i, m in enumerate(d["materials"], 1))
    faq = "".join(f"<dt>问：{_e(f['q'])}</dt><dd>答：{_e(f['a'])}</dd>" for f in d["faq"])
    c, k = d["consultation"], d["complaint"]
    fee_text = (f"收费标准：{_e(fee['standard'])}<br>收费依据：{_e(fee['basis'])}"
                + (f"<br>减免：{_e(fee['waivers'])}" if fee.get("waivers") else "")) if fee["charged"] else "不收费"
    status = "" if item.status == "published" else "<p><b>本事项已停用，以下为停用前的办事指南。</b></p>"
    return f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(d['name'])} 办事指南</title>
<style>{CSS}</style></head><body><h1>{_e(d['name'])} 办事指南</h1>{status}
<p class="meta">{_e(item.division.name)} · {_e(item.department.name)} · 第{v.number}版 · 发布于 {_e(v.published_at.date() if v.published_at else '')}</p>
<h2>一、基本信息</h2><table>{_rows(basic)}</table>
<h2>二、设定依据</h2><ul>{basis}</ul>
<h2>三、受理条件</h2><p>{_e(d['conditions'])}</p>
<h2>四、申请材料</h2><table><tr><th>序号</th><th>材料名称</th><th>来源渠道</th><th>必要性</th><th>份数与规格</th><th>填报须知</th><th>常见错误示例</th></tr>{materials}</table>
<h2>五、办理流程</h2><table><tr><th>序号</th><th>环节</th><th>办理人员</th><th>时限</th><th>审查标准</th></tr>{steps}</table>
<h2>六、收费</h2><p>{fee_text}</p>
<h2>七、办理时限</h2><p>法定办结时限{d['legal_limit_days']}个工作日；承诺办结时限{d['committed_limit_days']}个工作日。{_e(d.get('limit_note'))}</p>
<h2>八、咨询与监督投诉</h2><table>{_rows([('咨询电话', _e(c.get('phone'))), ('咨询地址', _e(c.get('address'))), ('网上咨询', _e(c.get('online'))), ('投诉电话', _e(k.get('phone'))), ('投诉渠道', _e(k.get('online')))])}</table>
<h2>九、常见问题</h2><dl>{faq}</dl>
</body></html>"""


def _wants_jsonld(request: Request) -> bool:
    accept = request.headers.get("accept", "")
    return "application/ld+json" in accept or request.query_params.get("format") == "jsonld"


async def guide_page(request: Request) -> Response:
    code = request.path_params["code"]
    item = await get_item(code)
    if item is None or item.published is None:
        if _wants_jsonld(request):
            return JSONResponse({"code": "NOT_FOUND", "message": f"事项不存在：{code}"}, status_code=404)
        return HTMLResponse(f"<!doctype html><meta charset='utf-8'><title>未找到</title><p>事项不存在：{_e(code)}</p>",
                            status_code=404)
    if _wants_jsonld(request):
        body = json.dumps(to_jsonld(item, get_settings().public_base_url), ensure_ascii=False)
        return Response(body, media_type="application/ld+json; charset=utf-8", headers={"Vary": "Accept"})
    return HTMLResponse(render_html(item), headers={"Vary": "Accept"})
