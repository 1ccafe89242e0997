"""Search at catalog scale: fill the catalog to ~100,000 implementations, then time search().

Not a test. bench/catalog.py calls these against a connected database (demo-seeded or empty):

    await scale_catalog(100_000)              # synthetic basic items + published implementations
    await measure(DEFAULT_QUERIES, rounds=10)  # {"p50_ms": …, "p99_ms": …, …}

The ranking query relies on the covering index of search_term (term, item_id, weight), see
models/search.py: measure on a database migrated with it.

Synthetic basic items (basic codes 98xxxxxxxx) combine real service objects with real service
actions (社会保障卡 + 补领 → 社会保障卡补领, aliases 补办社保卡 / 社保卡补办), so the index has the
term distribution of a real catalog: many items share 申领, 登记, 许可证, 社保 …
"""

from __future__ import annotations

import random
import statistics
import time

from tortoise.transactions import in_transaction

from domain.codes import government_credit_code, implementation_code
from models import Department, Division, ItemImplementation, ItemVersion, ServiceItem, Theme
from usecases.catalog.search import reindex_items, search

BASIC_PREFIX = "98"

# What citizens type: colloquial Chinese, full pinyin (with spaces), initials, one-typo pinyin,
# mixed input, a long sentence, and very common words that match much of the catalog.
DEFAULT_QUERIES = [
    "办社保卡", "shebaoka", "sbk", "shebaoak", "shebaka", "shbaoka", "社保ka", "she bao ka", "结婚", "结婚登记",
    "身份证丢了", "补办身份证", "营业执照", "yingyezhizhao", "yyzz", "公积金提取", "医保", "低保", "养老保险",
    "驾照到期了", "户口迁移", "社保卡丢了怎么办", "护照", "huzhao", "许可证", "登记", "申领",
    "我想办理一下社会保障卡但是不知道去哪里办理需要什么材料",
]
BATCH = 2000

# (formal object, what citizens call it, theme)
OBJECTS: list[tuple[str, str, str]] = [
    ("社会保障卡", "社保卡", "社会保障"), ("居民身份证", "身份证", "户籍身份"), ("居民户口簿", "户口本", "户籍身份"),
    ("机动车驾驶证", "驾照", "交通出行"), ("机动车行驶证", "行驶证", "交通出行"), ("营业执照", "执照", "市场准入"),
    ("食品经营许可证", "食品许可证", "市场准入"), ("药品经营许可证", "药证", "医疗卫生"),
    ("建设工程规划许可证", "规划证", "住房保障"), ("不动产权证书", "房产证", "住房保障"), ("结婚证", "结婚证", "户籍身份"),
    ("出生医学证明", "出生证", "医疗卫生"), ("残疾人证", "残疾证", "社会保障"), ("教师资格证", "教资", "公共教育"),
    ("医师执业证书", "医师证", "医疗卫生"), ("护士执业证书", "护士证", "医疗卫生"),
    ("道路运输经营许可证", "运输证", "交通出行"), ("烟草专卖零售许可证", "烟草证", "市场准入"),
    ("排污许可证", "排污证", "市场准入"), ("取水许可证", "取水证", "市场准入"), ("林木采伐许可证", "采伐证", "市场准入"),
    ("渔业捕捞许可证", "捕捞证", "市场准入"), ("危险化学品经营许可证", "危化品证", "市场准入"),
    ("安全生产许可证", "安许证", "市场准入"), ("建筑业企业资质证书", "建筑资质", "市场准入"),
    ("普通护照", "护照", "交通出行"), ("往来港澳通行证", "港澳通行证", "交通出行"),
    ("往来台湾通行证", "台湾通行证", "交通出行"), ("居住证", "居住证", "户籍身份"), ("就业创业证", "就业证", "劳动就业"),
    ("失业保险金", "失业金", "社会保障"), ("城乡居民基本养老保险", "居民养老保险", "社会保障"),
    ("职工基本养老保险", "养老保险", "社会保障"), ("基本医疗保险", "医保", "医疗卫生"), ("住房公积金", "公积金", "住房保障"),
    ("最低生活保障", "低保", "社会保障"), ("特困人员救助供养", "特困供养", "社会保障"), ("临时救助", "救助金", "社会保障"),
    ("高龄津贴", "高龄补贴", "社会保障"), ("残疾人两项补贴", "残疾补贴", "社会保障"), ("生育保险待遇", "生育津贴", "社会保障"),
    ("工伤保险待遇", "工伤赔偿", "社会保障"), ("义务教育入学", "上学报名", "公共教育"), ("学生学籍", "学籍", "公共教育"),
    ("户口迁移", "迁户口", "户籍身份"), ("新生儿入户", "上户口", "户籍身份"), ("个体工商户", "个体户", "市场准入"),
    ("农民专业合作社", "合作社", "市场准入"), ("注册商标专用权质押", "商标质押", "知识产权保护"),
    ("专利实施许可合同", "专利许可", "知识产权保护"), ("户外广告设施设置", "户外广告", "市场准入"),
    ("城市道路挖掘", "挖路", "交通出行"), ("占用城市绿地", "占绿地", "住房保障"), ("建筑垃圾处置", "建筑垃圾", "住房保障"),
    ("养犬登记证", "养狗证", "户籍身份"), ("公共场所卫生许可证", "卫生许可证", "医疗卫生"),
    ("放射诊疗许可证", "放射许可", "医疗卫生"), ("民办非企业单位", "民非", "政策支持"), ("社会团体", "社团", "政策支持"),
    ("慈善组织", "慈善机构", "政策支持"), ("种子生产经营许可证", "种子证", "市场准入"), ("兽药经营许可证", "兽药证", "市场准入"),
    ("农药经营许可证", "农药证", "市场准入"), ("拖拉机驾驶证", "拖拉机证", "交通出行"), ("船员适任证书", "船员证", "交通出行"),
    ("导游证", "导游证", "文化体育"), ("网络文化经营许可证", "网文证", "文化体育"), ("出版物经营许可证", "出版许可证", "文化体育"),
    ("电影放映经营许可证", "放映许可证", "文化体育"), ("娱乐场所经营许可证", "娱乐许可证", "文化体育"),
    ("营业性演出许可证", "演出许可证", "文化体育"), ("高危险性体育项目经营许可", "体育经营许可", "文化体育"),
    ("法律援助", "法援", "法律和信息咨询"), ("公证书", "公证", "法律和信息咨询"), ("司法鉴定许可证", "鉴定许可", "法律和信息咨询"),
    ("律师执业证", "律师证", "法律和信息咨询"), ("职业技能等级证书", "技能证", "就业技能培训"),
    ("创业担保贷款", "创业贷", "政策支持"), ("脱贫人口小额信贷", "扶贫贷款", "扶贫脱贫"),
]

# (formal action, colloquial verb placed before the object, colloquial phrase placed after it)
ACTIONS: list[tuple[str, str, str]] = [
    ("申领", "办", "怎么办"), ("补领", "补办", "丢了"), ("换领", "换", "到期了"), ("核发", "申请", "在哪办"),
    ("变更登记", "变更", "信息变了"), ("注销登记", "注销", "不要了"), ("有效期延续", "延期", "快过期了"),
    ("备案", "备案", "备案"), ("年度报告", "年报", "年检"), ("信息查询", "查", "查询"), ("挂失", "挂失", "丢失"),
    ("信息修改", "修改", "写错了"), ("转移接续", "转移", "换工作"), ("待遇申领", "领", "领钱"),
    ("资格认定", "认定", "资格"), ("证明开具", "开", "证明"), ("首次申请", "第一次办", "新办"), ("复审", "复审", "复查"),
    ("暂停", "暂停", "停用"), ("恢复", "恢复", "解冻"), ("异地办理", "异地办", "外地办"), ("缴费", "交", "交钱"),
    ("费用退还", "退", "退钱"), ("关系转入", "转入", "转进来"), ("关系转出", "转出", "转出去"), ("打印", "打印", "打印"),
    ("预约办理", "预约", "预约"), ("撤销", "撤销", "撤回"), ("损毁换发", "换新", "坏了"), ("迁移", "迁", "搬家"),
    ("跨省通办", "跨省办", "外省办"), ("电子证照申领", "电子", "电子版"),
]

def synthetic_items(n: int, taken_names: set[str]) -> list[dict]:
    """n distinct basic items (name, aliases, theme) from OBJECTS × ACTIONS, deterministic."""
    rnd = random.Random(2026)
    combos = [(o, a) for o in OBJECTS for a in ACTIONS]
    rnd.shuffle(combos)
    out: list[dict] = []
    for (formal, short, theme), (action, verb, phrase) in combos:
        name = formal + action
        if name in taken_names:
            continue
        aliases = [verb + short, short + phrase] if verb != action else [short + action]
        if short != formal:
            aliases.append(short + action)
        out.append({"name": name, "aliases": list(dict.fromkeys(aliases)), "theme": theme})
        if len(out) == n:
            break
    return out


def _guide(name: str, unit: str, item_type: str) -> dict:
    return {
        "name": name, "item_type": item_type, "accepting_unit": unit,
        "conditions": "符合法定条件的申请人", "result": name.replace("申领", "") or name,
        "legal_basis": [{"law": "《贵州省政务服务条例》", "article": "第十条", "text": "（演示数据）"}],
        "steps": [{"name": "受理", "role": "窗口受理", "time_limit_days": 0, "criteria": "材料齐全"},
                  {"name": "审核", "role": "部门审核", "time_limit_days": 3, "criteria": "符合条件"}],
        "materials": [{"name": "居民身份证", "source": "e_licence", "e_licence_type": "居民身份证", "form": "both",
                       "originals": 1, "copies": 0, "spec": "A4纸", "necessity": "required",
                       "fill_notes": "无", "common_errors": ["证件过期"], "acceptance": "在有效期内"}],
        "fee": {"charged": False, "basis": "", "standard": "", "waivers": ""},
        "legal_limit_days": 20, "committed_limit_days": 5, "limit_note": "", "visits": 1,
        "visits_reason": "核验原件", "online_depth": 3, "handling_forms": ["window", "pc", "mobile"],
        "scope": "province", "appointment": True, "online_payment": False, "delivery": True,
        "case_kind": "promised", "faq": [{"q": "可以网上办吗？", "a": "可以。"}, {"q": "收费吗？", "a": "不收费。"}],
    }


async def _ensure_geography() -> list[tuple[str, str, int, str]]:
    """(division code, level, department id, department name), one or more per division.

    Divisions without a department get a bench 政务服务中心 department; an empty database gets
    a small Guizhou tree first (province, 9 cities, 10 counties each).
    """
    if not await Division.exists():
        async with in_transaction() as conn:
            province = await Division.create(code="520000", name="贵州省", level="province", kind="省",
                                             path="520000", using_db=conn)
            for c in range(1, 10):
                city_code = f"52{c:02d}00"
                city = await Division.create(code=city_code, name=f"演示市{c}", level="city", kind="地级市",
                                             parent=province, path=f"520000/{city_code}", using_db=conn)
                for k in range(1, 11):
                    code = f"52{c:02d}{k:02d}"
                    await Division.create(code=code, name=f"演示县{c}-{k}", level="county", kind="县",
                                          parent=city, path=f"520000/{city_code}/{code}", using_db=conn)
    staffed = set(await Department.all().values_list("division_id", flat=True))
    missing = [d for d in await Division.all().order_by("code") if d.code not in staffed]
    if missing:
        await Department.bulk_create([
            Department(key=f"bench-{d.code}", kind="zwfw", name=f"{d.name}政务服务中心（基准测试）",
                       credit_code=government_credit_code(d.code, 90_000_000 + i), division_id=d.code)
            for i, d in enumerate(missing)
        ])
    departments = await Department.all().select_related("division").order_by("id")
    return [(d.division_id, d.division.level, d.id, d.name) for d in departments]


async def _next_ids(conn) -> tuple[int, int]:
    rows = await conn.execute_query_dict(
        "SELECT (SELECT COALESCE(MAX(id), 0) FROM item_implementation) AS i, "
        "(SELECT COALESCE(MAX(id), 0) FROM item_version) AS v"
    )
    return int(rows[0]["i"]) + 1, int(rows[0]["v"]) + 1


async def _fix_sequences(conn) -> None:
    if conn.capabilities.dialect != "postgres":
        return
    for table in ("service_item", "item_implementation", "item_version"):
        await conn.execute_script(
            f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
            f"(SELECT COALESCE(MAX(id), 1) FROM \"{table}\"))"
        )


async def scale_catalog(target_implementations: int = 100_000, items: int = 2_500) -> dict:
    """Add synthetic published implementations until `target_implementations` exist; reindex.

    Returns counts and timings ({"items_added", "implementations_added", "terms", …}).
    """
    started = time.perf_counter()
    existing = await ItemImplementation.all().count()
    missing = target_implementations - existing
    if missing <= 0:
        return {"items_added": 0, "implementations_added": 0, "terms": 0, "insert_seconds": 0.0, "reindex_seconds": 0.0}
    pairs = await _ensure_geography()
    by_division: dict[str, list[tuple[str, str, int, str]]] = {}
    for p in pairs:
        by_division.setdefault(p[0], []).append(p)
    division_codes = sorted(by_division)
    themes = {t.name: t.id for t in await Theme.all()}
    taken = set(await ServiceItem.all().values_list("name", flat=True))
    used_codes = set(await ServiceItem.filter(basic_code__startswith=BASIC_PREFIX).values_list("basic_code", flat=True))

    specs = synthetic_items(min(items, missing), taken)
    rnd = random.Random(7)
    async with in_transaction() as conn:
        new_items = []
        serial = 0
        for spec in specs:
            while True:
                serial += 1
                code = f"{BASIC_PREFIX}{serial:08d}"
                if code not in used_codes:
                    break
            item_type = rnd.choice(("行政许可", "行政确认", "公共服务", "行政给付"))
            new_items.append(ServiceItem(
                basic_code=code, name=spec["name"], item_type=item_type, for_individual=True,
                for_business=rnd.random() < 0.3, aliases=spec["aliases"],
            ))
        for i in range(0, len(new_items), BATCH):
            await ServiceItem.bulk_create(new_items[i : i + BATCH], using_db=conn)
        codes = [s.basic_code for s in new_items]
        ids = {}
        for i in range(0, len(codes), 500):
            chunk = ServiceItem.filter(basic_code__in=codes[i : i + 500]).using_db(conn)
            for row in await chunk.values("id", "basic_code"):
                ids[row["basic_code"]] = row["id"]
        # Themes: plain rows of the through table, one executemany.
        theme_rows = [
            (ids[s.basic_code], themes[spec["theme"]]) for s, spec in zip(new_items, specs) if spec["theme"] in themes
        ]
        if theme_rows:
            mark = "($1, $2)" if conn.capabilities.dialect == "postgres" else "(?, ?)"
            await conn.execute_many(f'INSERT INTO "item_theme" ("service_item_id", "theme_id") VALUES {mark}', theme_rows)

        next_impl, next_version = await _next_ids(conn)
        per_item, extra = divmod(missing, len(new_items))
        impls: list[ItemImplementation] = []
        versions: list[ItemVersion] = []
        added = 0
        for n, item in enumerate(new_items):
            count = per_item + (1 if n < extra else 0)
            # Distinct divisions first; when there are fewer divisions than implementations
            # wanted, further rounds use the next sequence number (another department there).
            for k in range(count):
                if k % len(division_codes) == 0:
                    order = rnd.sample(division_codes, len(division_codes))
                div = order[k % len(division_codes)]
                seq = k // len(division_codes) + 1
                code_div, level, dept_id, dept_name = rnd.choice(by_division[div])
                impl_id, version_id = next_impl + added, next_version + added
                impls.append(ItemImplementation(
                    id=impl_id, code=implementation_code(item.basic_code, code_div, seq), item_id=ids[item.basic_code],
                    department_id=dept_id, division_id=code_div, level=level, published_version_id=version_id,
                    scope="province", online_depth=3, visits=1, status="published",
                ))
                versions.append(ItemVersion(
                    id=version_id, implementation_id=impl_id, number=1, status="published",
                    created_by="bench", guide=_guide(item.name, dept_name, item.item_type),
                ))
                added += 1
            if len(impls) >= BATCH:
                await ItemImplementation.bulk_create(impls, using_db=conn)
                await ItemVersion.bulk_create(versions, using_db=conn)
                impls, versions = [], []
        if impls:
            await ItemImplementation.bulk_create(impls, using_db=conn)
            await ItemVersion.bulk_create(versions, using_db=conn)
        await _fix_sequences(conn)
        inserted_at = time.perf_counter()
        terms = await reindex_items(None, conn=conn)
    # Fresh planner statistics; on PostgreSQL also the visibility map, so the ranking query is
    # answered by index-only scans right away instead of after the next autovacuum.
    db = ServiceItem._meta.db
    await db.execute_script("VACUUM ANALYZE" if db.capabilities.dialect == "postgres" else "ANALYZE")
    done = time.perf_counter()
    return {
        "items_added": len(new_items), "implementations_added": added, "terms": terms,
        "insert_seconds": round(inserted_at - started, 1), "reindex_seconds": round(done - inserted_at, 1),
    }


def _percentile(sorted_ms: list[float], p: float) -> float:
    if not sorted_ms:
        return 0.0
    k = min(len(sorted_ms) - 1, max(0, int(round(p / 100 * len(sorted_ms) + 0.5)) - 1))
    return sorted_ms[k]


async def measure(queries: list[str], rounds: int, first: int = 10, division_code: str | None = None) -> dict:
    """Time search() for every query, `rounds` times (after one warm-up pass): p50/p99 in ms."""
    for q in queries:
        await search(q, first=first, division_code=division_code)
    timings: list[float] = []
    for _ in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            await search(q, first=first, division_code=division_code)
            timings.append((time.perf_counter() - t0) * 1000)
    timings.sort()
    return {
        "count": len(timings),
        "p50_ms": round(_percentile(timings, 50), 2),
        "p99_ms": round(_percentile(timings, 99), 2),
        "max_ms": round(timings[-1], 2) if timings else 0.0,
        "mean_ms": round(statistics.fmean(timings), 2) if timings else 0.0,
    }
