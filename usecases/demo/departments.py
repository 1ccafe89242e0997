"""Names of the demo implementing bodies, by department kind and division level."""

from __future__ import annotations

PROVINCE_NAMES = {
    "rsj": "贵州省人力资源和社会保障厅", "gaj": "贵州省公安厅", "crj": "贵州省公安厅出入境管理局",
    "jgj": "贵州省公安厅交通管理局", "mzj": "贵州省民政厅", "wjw": "贵州省卫生健康委员会",
    "jyj": "贵州省教育厅", "scjgj": "贵州省市场监督管理局", "ybj": "贵州省医疗保障局",
    "zjj": "贵州省住房和城乡建设厅", "gjj": "贵州省住房资金管理中心", "zrzyj": "贵州省自然资源厅",
    "sfj": "贵州省司法厅", "cl": "贵州省残疾人联合会", "swj": "国家税务总局贵州省税务局",
    "wtl": "贵州省文化和旅游厅", "xczx": "贵州省乡村振兴局", "nync": "贵州省农业农村厅",
    "zscq": "贵州省知识产权局", "zwfw": "贵州省政务服务中心",
}

# County/city suffixes; {d} is the division's name.
LOCAL_NAMES = {
    "rsj": "{d}人力资源和社会保障局", "gaj": "{d}公安局", "crj": "{d}公安局出入境管理大队",
    "jgj": "{d}公安局交通管理大队（车辆管理所）", "mzj": "{d}民政局", "wjw": "{d}卫生健康局",
    "jyj": "{d}教育局", "scjgj": "{d}市场监督管理局", "ybj": "{d}医疗保障局",
    "zjj": "{d}住房和城乡建设局", "gjj": "{d}住房公积金管理中心", "zrzyj": "{d}自然资源局",
    "sfj": "{d}司法局", "cl": "{d}残疾人联合会", "swj": "国家税务总局{d}税务局",
    "wtl": "{d}文体广电旅游局", "xczx": "{d}乡村振兴局", "nync": "{d}农业农村局",
    "zscq": "{d}市场监督管理局（知识产权局）", "zwfw": "{d}政务服务中心",
}


def department_name(kind: str, level: str, division_name: str, city_name: str | None = None) -> str:
    if level == "province":
        return PROVINCE_NAMES[kind]
    if level == "township":
        # Township-level services are run by the township government itself.
        return f"{division_name}办事处" if division_name.endswith("街道") else f"{division_name}人民政府"
    if level == "village":
        return f"{division_name}{'居民' if division_name.endswith('社区') else '村民'}委员会"
    if kind == "gjj" and level == "county" and city_name:
        return f"{city_name}住房公积金管理中心{division_name}管理部"
    return LOCAL_NAMES[kind].format(d=division_name)


def kind_for_level(kind: str, level: str) -> str:
    """Township and village items are handled by the local government whatever their kind."""
    if level == "township":
        return "xzzf"
    if level == "village":
        return "cwh"
    return kind
