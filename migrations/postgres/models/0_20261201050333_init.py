from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "division" (
    "code" VARCHAR(12) NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "level" VARCHAR(10) NOT NULL,
    "kind" VARCHAR(16) NOT NULL,
    "path" VARCHAR(80) NOT NULL,
    "official_code" BOOL NOT NULL,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "parent_id" VARCHAR(12) REFERENCES "division" ("code") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_division_level_f8692a" ON "division" ("level");
CREATE INDEX IF NOT EXISTS "idx_division_path_692d76" ON "division" ("path");
CREATE TABLE IF NOT EXISTS "department" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(40) NOT NULL UNIQUE,
    "kind" VARCHAR(16) NOT NULL,
    "name" VARCHAR(128) NOT NULL,
    "credit_code" VARCHAR(18) NOT NULL UNIQUE,
    "phone" VARCHAR(32) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "division_id" VARCHAR(12) NOT NULL REFERENCES "division" ("code") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_department_kind_9ff52d" ON "department" ("kind");
CREATE TABLE IF NOT EXISTS "domain_event" (
    "id" BIGSERIAL NOT NULL PRIMARY KEY,
    "type" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "payload" JSONB NOT NULL,
    "occurred_at" TIMESTAMPTZ NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_domain_even_type_c8ca2a" ON "domain_event" ("type");
CREATE INDEX IF NOT EXISTS "idx_domain_even_subject_f1ea98" ON "domain_event" ("subject_id");
CREATE INDEX IF NOT EXISTS "idx_domain_even_occurre_918e89" ON "domain_event" ("occurred_at");
CREATE TABLE IF NOT EXISTS "life_event" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "audience" VARCHAR(12) NOT NULL,
    "sort" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "service_center" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "key" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "latitude" DOUBLE PRECISION NOT NULL,
    "longitude" DOUBLE PRECISION NOT NULL,
    "opening_hours" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "division_id" VARCHAR(12) NOT NULL REFERENCES "division" ("code") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "service_item" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "basic_code" VARCHAR(10) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "item_type" VARCHAR(12) NOT NULL,
    "for_individual" BOOL NOT NULL,
    "for_business" BOOL NOT NULL,
    "aliases" JSONB NOT NULL
);
COMMENT ON TABLE "service_item" IS 'Basic item (基本目录事项).';
CREATE TABLE IF NOT EXISTS "item_implementation" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "code" VARCHAR(24) NOT NULL UNIQUE,
    "level" VARCHAR(10) NOT NULL,
    "published_version_id" INT,
    "scope" VARCHAR(14) NOT NULL,
    "online_depth" SMALLINT NOT NULL,
    "visits" SMALLINT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "department_id" INT NOT NULL REFERENCES "department" ("id") ON DELETE RESTRICT,
    "division_id" VARCHAR(12) NOT NULL REFERENCES "division" ("code") ON DELETE RESTRICT,
    "item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_item_implem_scope_0ce642" ON "item_implementation" ("scope");
CREATE INDEX IF NOT EXISTS "idx_item_implem_status_6d2e25" ON "item_implementation" ("status");
COMMENT ON TABLE "item_implementation" IS 'One basic item as implemented by one department in one division (实施清单事项).';
CREATE TABLE IF NOT EXISTS "item_version" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" INT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "published_at" TIMESTAMPTZ,
    "retired_at" TIMESTAMPTZ,
    "created_by" VARCHAR(64) NOT NULL,
    "guide" JSONB NOT NULL,
    "implementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_item_versio_impleme_6cb969" UNIQUE ("implementation_id", "number")
);
COMMENT ON TABLE "item_version" IS 'One version of an implementation''s guide. Published versions are immutable.';
CREATE TABLE IF NOT EXISTS "search_term" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "term" VARCHAR(32) NOT NULL,
    "weight" DOUBLE PRECISION NOT NULL,
    "item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_search_term_term_878f8c" UNIQUE ("term", "item_id")
);
CREATE TABLE IF NOT EXISTS "theme" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "sort" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "service_window" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "number" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "comprehensive" BOOL NOT NULL,
    "center_id" INT NOT NULL REFERENCES "service_center" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_service_win_center__ae5e5b" UNIQUE ("center_id", "number")
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSONB NOT NULL
);
CREATE TABLE IF NOT EXISTS "item_life_event" (
    "service_item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    "lifeevent_id" INT NOT NULL REFERENCES "life_event" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_item_life_e_service_3fecad" ON "item_life_event" ("service_item_id", "lifeevent_id");
CREATE TABLE IF NOT EXISTS "item_theme" (
    "service_item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    "theme_id" INT NOT NULL REFERENCES "theme" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_item_theme_service_adafc3" ON "item_theme" ("service_item_id", "theme_id");
CREATE TABLE IF NOT EXISTS "window_item" (
    "service_window_id" INT NOT NULL REFERENCES "service_window" ("id") ON DELETE CASCADE,
    "itemimplementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_window_item_service_83c578" ON "window_item" ("service_window_id", "itemimplementation_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtzq7YW/SuMv9zTmdxM4sSPc6fTGTvJaX2bxGcS9zE96TAyyDb3YHB5JPW0+e9Xkn"
    "kJJAw2YKD6koe0t4CljbS19pb4q7M2Vajb57dwAyxnDQ2n8x/pr44B1hD9wag9kzpgswnr"
    "cIED5joRV2m5ue1YQMEtLoBuwzMsYCuWtnE000ClhqvruNBUkKBmLMMi19D+cKHsmEvorK"
    "CFKr78joo1Q4V/Qtv/d/NVXmhQV6lb1lR8bVIuO9sNKZsYziciiK82lxVTd9dGKLzZOivT"
    "CKS13e0voQEt4EDcvGO5+Pbx3XnP6j/R7k5Dkd0tRnRUuACu7kQedy6HZR1ZfpzO5Oe7mS"
    "x3cgCkmAYGF92qTZ5+iW/h393L68H18Kp/PUQi5DaDksH77tIhMDtFAs/jrPNO6oEDdhIE"
    "4xDUr3CbRPVmBSw2rJ54DFd0w3FcfRTrC+wa/Cnr0Fg6K/Tv9UUKij+Pnm5+GD19uL74Bl"
    "/QRKa/eysevZouqcJAR4BFj5ULWU++GGj9gjpge9nPgO1ln4strqKxJb9zYOvLl4VtOAhW"
    "D253mAXd7pAPL66j8VUsqGoOAlDNBXNMrXWDxGUmqFOQTgC9QQDlgjhQqM6UO51KwL3qZg"
    "D3qssFF1fR4AJVtaBt54E3otI6gLsXWeY4JMWFmNTRGKvaq2aj25JZzhkf55haK8flTMNy"
    "yqiMoca+8OIr03HzIUzC/sm0oLY0foRbAv4E3SUwFNao4S8CIk01DPR337L80nCCsMBbsI"
    "iIGxz6Az05dAgKT3fPs6fJDfKUMdxzoHx9A5Yqc3DX1hsd4oUQwPfKGF3GXgOffnyCOhHi"
    "Iz9x4HpCNdiiPiBwml0zAiMFcLJq3V3HS4ABluSR8LXxleI2y1rURuw5ZUkblTrJgja3f9"
    "Vax6qQwfIsZZkrVgwB2P3rDGD3r7lg4yraCdDhK9TzoBsotHCxm8XJuuT7WJe1JxJO5sAW"
    "zyNsAGo4B7S+fPvMdpjFbId8sx0mzNZcLDRFAzqHRRibpg6BwcY5oRsDfI6UyzJmvw/Kc5"
    "RYEI+n03vc8tq2/9BJwWQWw/qnh/Edsm/SBUhI2zmvPsMbGY2RH+m4LMw/6Sbg0OVRpRjY"
    "C6yVAW0PuLpMeilg305/Gt/fSZ+f7m4mz5PpIwF+6wG/q6RBfrob3cdRNo3lATBHtQTOGX"
    "DeAAstjXLSC5TSQYN1zUCumFvY4Vcts1AzxLMSC5SpHUErhAHWIykFOqLbsJUKl0qgohMr"
    "TVcR6kfi1DrTpEASNNVhtoUeEFpHwvUMrVdNgTekrTYhVSqhZ67Rpe5eeYkqkeqzVFqPCM"
    "rwtXa5KmNt+U9JV/nY7V5dDboXV/1h73ow6A0vgryVZFVaAst48j1e4VCOzP6kFgJgDn/R"
    "l2/fur54ss925/+DiiPnxTiu10JmtfgQtg9avuUPrSWMer9Ro/nBtPJAHChUyLLaWxv5Yd"
    "VwrcVDvAFb3QQMO/7v8/SRt4wPVGIwq5riSH9LumaXtsrpfLtwDQWjKM1dTXc0wz7Hl/2u"
    "rA5IARxDRLGDPtAfHka/xvvg5n46JpCZtrO0SCukgXGcoFUU17KgKgPGSv8Woeloa8jhZ2"
    "nVeOd4uuf+Hw0cbywI1KmhbzvBGoHXN7PJA1rojx4+Ux10O5rd4ZouzXl5pR/iQYqgEemX"
    "yewHCf8r/TZ9vIv3YyA3+62D7wm4jikb5psM1AhEfqkPY5Lq4TMSZbr4jGUkw9NnLzb5Dr"
    "+G5GUtqbDP7+9MDSjNga0pEm5CArYUtAJVab6VTCQQ8jKSZuxKPOJA+vDi9uYf4Yvb781V"
    "9BNe9FDJVQ/9vIbD+Yv7cTj4+M15J2ZxVV5XZNvXK9teZHz4yYhZ/Isu37/oNiAJ4ZQRgs"
    "KzEDbuHHlbKzTnv0KLm/HJHSB46vuHjPrzscUMGpFFn2LmXFr7CpUt9TqGl4ZegSlnGSku"
    "+SPFZWKkMA1dMyC67w0r++N5DXSda8dx3YPs96Cx47Jc673qDvqB4eJ/0mz2+WF0f580XO"
    "yfsMJX6ZCGWgLM6CiAXFk31+aFUKO6cUC1wMKpaCAofE4Lfex8k1lCrzrDbdA0JraGlJzt"
    "HFmrkSVwrgVbqCGM1zPelIQYzSNej0yH8QLDE6+1hmGcNSUmYluchBj2IFwAwK1Mfonjm5"
    "h+sqAsdoudZLeYt9otIP/m511LLUL92HSSEOU39GTmGwPkB2BsZyb+mdG4fyEtNY5cSzFs"
    "8mByjGMPH9PCxgdVOTrT7YA0LdIL+MQP7Hjtpi55B7X3YgRd5QlhZZqJ9wSdlWW6y1XYV7"
    "I/o1Lv1s3o+WZ0S6Iecpw2ft8bWvDfEE5MIfIC7QkmvEYkM0URPAXJXEjAkGgE/mVLS1dT"
    "4bn02efAfHlbAhZE4muXXJ8dKSiwbUY04EsnGTkx3PUc1f4uIgUnjBR4nZAd2FBBOPQsUr"
    "WGdAoj6aDRfIpiQTKX5E8ooDWrySeo1pzblVAQ7XV3ox7Y67Sm6PW69LqPUaTbE4nyYUAv"
    "f7/HdQvo+ZqFBJvb0cn320J9cFiaGK0pernOvezPwPNcx0HSWiIXNmMuLFm0JXHmZ8IGCi"
    "IPlnqhisiDZRIWWVezLF2x/soQUEmwDkey0q3eongWj7CwzI7JpKWQ1GVm+t5rC8jdyhdW"
    "nqVRcToSq+M2PkFtHUttnfQsrholwZZw5KmratAbJzNvZYroiGyLDNkWtmkxlkLcYcEXr8"
    "4tuKjxwFDdVhQ6e6OI4OCR6RuNihDGnjUeJgwn57RgYSQTJB4qxA0Q/WSEkGjRs39BUcJn"
    "CCxlNYPWmuWXRGpTHRObyMmOL1ioZ/Kl47dLIqQiCHdKT8XviqxTqS/fwmm0eF/lDS3wVq"
    "ykL/7xaaHKgWen1Q3jFEyLODxN5IWKvNAasRacvNATcxX0aU1MvyB2nFOaa7BzfJRQVvAW"
    "TXrX07wB8amskj6VJQ5nL/dzTvU/QbzBbFBTvjJUGcSlfGfoVIda1w3qkhcMpzvV+h8GtL"
    "mBBrq8vDJd1mmj/LEjoShGkGwjSBM+tddgNkfs9hUfgqvBeF3h1j7uprM8O/sO329WU7xL"
    "PSM6ypPxiRqfRttP0/j03f5dXuPwvDZ8/NpgAV7c/qCrvLiDPoSoZLH32LfDmhAkUL1IIH"
    "JwX+4vI9NaraOEit9KJCihCLjZ0E2DN4Ev4eIJSjlAppTaiHTh5NDCtGT0aMjnUF3AOJ0w"
    "9StoSWXxGbTsn0HD6M1dWzOY5Nxe4KOqFcIelDQWd6BrwIYMyPm7GyIq9djfgK/X6P0NOb"
    "LsxCeDjvxkUCQd7OjvBkUT0NqCVWFpnGj9s2YNLLnzOGe4oca53HkzOIOnzHrEC8GXk67J"
    "yOiMZ2w6/vUyJWsmdyDGU0qP62Nqk0mr+5l60qx9HU+/PaC/D8jQ3XV6KsWzs1oGuROYM5"
    "/WCSxQJN20hm8Rm4XK+7iU2Mci9rE07aUoeB9LxKfMvYUl6i8d5wzt37nixYkY82IYQdof"
    "73gLZQvetBImvIrT4+owa3JOj0uZN3nHx7WC2O1nIXbjx69EiN2+iE9UeDyKYq43FlxBw9"
    "ZeGSincrcJXUHe5iBvd8N4vi1DlI7YNLR/01A4Vxazbah13xk/i+XsUBZW8dah4r3vYpjx"
    "Rjnh7EeO++LRhCraGeeeK82jrahTqo88fDoDaTWClqasOgzv3KtJ9c5BKCN4qyaN8WkeeO"
    "QM8aw+YkSlhW5it9fLktTd6/GTunFdLNiMXqocCHviLUS3lCQhdEWH+V0Wfig/olJ9KL/8"
    "Ga8uQfvik2zf/w9s8SoE"
)
