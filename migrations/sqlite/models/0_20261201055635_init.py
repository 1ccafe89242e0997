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
    "official_code" INT NOT NULL,
    "latitude" REAL,
    "longitude" REAL,
    "parent_id" VARCHAR(12) REFERENCES "division" ("code") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_division_level_f8692a" ON "division" ("level");
CREATE INDEX IF NOT EXISTS "idx_division_path_692d76" ON "division" ("path");
CREATE TABLE IF NOT EXISTS "department" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "type" VARCHAR(64) NOT NULL,
    "subject_type" VARCHAR(32) NOT NULL,
    "subject_id" VARCHAR(64) NOT NULL,
    "actor" VARCHAR(64) NOT NULL,
    "payload" JSON NOT NULL,
    "occurred_at" TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS "idx_domain_even_type_c8ca2a" ON "domain_event" ("type");
CREATE INDEX IF NOT EXISTS "idx_domain_even_subject_f1ea98" ON "domain_event" ("subject_id");
CREATE INDEX IF NOT EXISTS "idx_domain_even_occurre_918e89" ON "domain_event" ("occurred_at");
CREATE TABLE IF NOT EXISTS "life_event" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "audience" VARCHAR(12) NOT NULL,
    "sort" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "service_center" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "key" VARCHAR(40) NOT NULL UNIQUE,
    "name" VARCHAR(128) NOT NULL,
    "kind" VARCHAR(12) NOT NULL,
    "address" VARCHAR(200) NOT NULL,
    "latitude" REAL NOT NULL,
    "longitude" REAL NOT NULL,
    "opening_hours" VARCHAR(200) NOT NULL,
    "phone" VARCHAR(32) NOT NULL,
    "division_id" VARCHAR(12) NOT NULL REFERENCES "division" ("code") ON DELETE RESTRICT
);
CREATE TABLE IF NOT EXISTS "service_item" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "basic_code" VARCHAR(10) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "item_type" VARCHAR(12) NOT NULL,
    "for_individual" INT NOT NULL,
    "for_business" INT NOT NULL,
    "aliases" JSON NOT NULL
) /* Basic item (基本目录事项). */;
CREATE TABLE IF NOT EXISTS "item_implementation" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
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
) /* One basic item as implemented by one department in one division (实施清单事项). */;
CREATE INDEX IF NOT EXISTS "idx_item_implem_scope_0ce642" ON "item_implementation" ("scope");
CREATE INDEX IF NOT EXISTS "idx_item_implem_status_6d2e25" ON "item_implementation" ("status");
CREATE TABLE IF NOT EXISTS "item_version" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" INT NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "updated_at" TIMESTAMP NOT NULL,
    "published_at" TIMESTAMP,
    "retired_at" TIMESTAMP,
    "created_by" VARCHAR(64) NOT NULL,
    "guide" JSON NOT NULL,
    "implementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_item_versio_impleme_6cb969" UNIQUE ("implementation_id", "number")
) /* One version of an implementation's guide. Published versions are immutable. */;
CREATE TABLE IF NOT EXISTS "search_term" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "term" VARCHAR(32) NOT NULL,
    "weight" REAL NOT NULL,
    "item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_search_term_term_878f8c" UNIQUE ("term", "item_id")
);
CREATE INDEX IF NOT EXISTS "idx_search_term_term_5a8617" ON "search_term" ("term", "item_id", "weight");
CREATE TABLE IF NOT EXISTS "theme" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "name" VARCHAR(32) NOT NULL UNIQUE,
    "sort" INT NOT NULL
);
CREATE TABLE IF NOT EXISTS "service_window" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "number" VARCHAR(16) NOT NULL,
    "name" VARCHAR(64) NOT NULL,
    "comprehensive" INT NOT NULL,
    "center_id" INT NOT NULL REFERENCES "service_center" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_service_win_center__ae5e5b" UNIQUE ("center_id", "number")
);
CREATE TABLE IF NOT EXISTS "aerich" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "version" VARCHAR(255) NOT NULL,
    "app" VARCHAR(100) NOT NULL,
    "content" JSON NOT NULL
);
CREATE TABLE IF NOT EXISTS "item_theme" (
    "service_item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    "theme_id" INT NOT NULL REFERENCES "theme" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_item_theme_service_adafc3" ON "item_theme" ("service_item_id", "theme_id");
CREATE TABLE IF NOT EXISTS "item_life_event" (
    "service_item_id" INT NOT NULL REFERENCES "service_item" ("id") ON DELETE CASCADE,
    "lifeevent_id" INT NOT NULL REFERENCES "life_event" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_item_life_e_service_3fecad" ON "item_life_event" ("service_item_id", "lifeevent_id");
CREATE TABLE IF NOT EXISTS "window_item" (
    "service_window_id" INT NOT NULL REFERENCES "service_window" ("id") ON DELETE CASCADE,
    "itemimplementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE CASCADE
);
CREATE UNIQUE INDEX IF NOT EXISTS "uidx_window_item_service_83c578" ON "window_item" ("service_window_id", "itemimplementation_id");"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        """


MODELS_STATE = (
    "eJztXWtv4zYW/SuCv+wUyAaJEz9msVjAzmS23ibxIHHbRSeFQEu0rR1ZcvVIarT570tST0"
    "qkLNmSIqn8kgd5LyUdXpGX515Sf/S2pgp1+/wT3AHL2ULD6f1D+qNngC1EfzBqz6Qe2O2i"
    "OlzggKVOxFVabmk7FlBwiyug2/AMC9iKpe0czTRQqeHqOi40FSSoGeuoyDW031woO+YaOh"
    "tooYqvv6JizVDh79AO/t19k1ca1FXqljUVX5uUy85+R8pmhvOZCOKrLWXF1N2tEQnv9s7G"
    "NEJpzbv9NTSgBRyIm3csF98+vjv/WYMn8u40EvFuMaajwhVwdSf2uEs5KuvJ8sN8IT/dLm"
    "S5VwAgxTQwuOhWbfL0a3wLf+9fXo+ux1fD6zESIbcZlozevEtHwHiKBJ6HRe+N1AMHeBIE"
    "4wjUb3CfRvVmAyw2rL54Ald0w0lcAxSbC+wW/C7r0Fg7G/Tv9UUGij9NHm++nzx+uL74Dl"
    "/QRKbvvRUPfk2fVGGgY8CixyqErC9fDrRBQROwvRzmwPZyyMUWV9HYkt8FsA3kq8I2GgTr"
    "B7c/zoNuf8yHF9fR+CoWVDUHAagWgjmh1rlB4jIX1BlIp4DeIYAKQRwq1GfKvV4t4F71c4"
    "B71eeCi6tocIGqWtC2i8AbU+kcwP2LPHMckuJCTOpojFXtRbPRbcks54yPc0Ktk+NyrmE5"
    "Y1TGUGNfePWN6bgFEKZh/2xaUFsbP8A9AX+G7hIYCmvUCBYBsaZaBvpbYFlBaTRBWOA1XE"
    "QkDQ79gZ4cOgSFx9unxePsBnnKGO4lUL69AkuVObhr250O8UII4HtljC5Tv4HPPzxCnQjx"
    "kZ85cDujGuxQHxA4zb4Zg5ECOF217W+TJcAAa/JI+Nr4SkmbZS1qY/acsaSNS73Lgrawf9"
    "VZx6qUwfIsY5krVgwh2MPrHGAPr7lg4yraCdDhC9SLoBsqdHCxm8fJuuT7WJeNJxLezYEt"
    "n0fYAdRwAWgD+e6Z7TiP2Y75ZjtOma25WmmKBnQOizA1TR0Cg41zSjcB+BIpV2XMQR9U5y"
    "ixIJ7O53e45a1t/6aTgtkigfWP99NbZN+kC5CQ5jmvAcMbG42RH+m4LMw/6ybg0OVxpQTY"
    "K6yVA20fuKZMehlgf5r/OL27lb483t7MnmbzBwL83gfeq6RBfryd3CVRNo31ETDHtQTOOX"
    "DeAQstjQrSC5TSUYN1w0CumVvw8KuXWWgY4nmJBcrUTqAVogDriZQCHdFt2UqFSyVQ0YmN"
    "pqsI9RNx6pxpUiAJmuo420IPCK0T4XqC1oumwBvSVpeQqpTQM7foUrcvvESVWPVZJq1HBG"
    "X40rhclam2/qukq3zs96+uRv2Lq+F4cD0aDcYXYd5KuiorgWU6+zde4VCOzOGkFgJgAX8x"
    "kO/eur58ss92l/+DiiMXxTip10FmtfwQdgBaseUPrSWM+rBRo/nBtIpAHCrUyLLaexv5Yf"
    "VwreVDvAN73QQMO/7P0/yBt4wPVRIwq5riSH9KumZXtsrp/XPlGgpGUVq6mu5ohn2OL/uv"
    "qjogA3AMEcUOBkB/uJ/8N9kHN3fzKYHMtJ21RVohDUyTBK2iuJYFVRkwVvqfEJqOtoUcfp"
    "ZWTXaOr3se/NHC8caCQJ0b+r4XrhF4fbOY3aOF/uT+C9VBnyaLW1zTpzkvv/RDMkgRNiL9"
    "PFt8L+F/pV/mD7fJfgzlFr/08D0B1zFlw3yVgRqDKCgNYExTPXxGokoXn7GMZHj67MUm3+"
    "HXkLyspRUO+f29uQGlJbA1RcJNSMCWwlagKi33kokEIl5G0gyvxCcOpA/P7mD5ET67w8FS"
    "RT/hxQCVXA3Qz2s4Xj67H8ejj9+d9xIWV+d1RbZ9s7LtRcZHkIyYx7/o8/2LfguSEN4zQl"
    "B6FsLOXSJva4Pm/BdocTM+uQMET/3wkNF8PracQSO26FPMgkvrQKG2pV7P8NPQazDlPCPF"
    "JX+kuEyNFKahawZE971jZX88bYGuc+04qXuU/R41dlxWa71X/dEwNFz8T5bNPt1P7u7Sho"
    "v9E1b4KhvSSEuAGR8FkCvrFtq8EGnUNw6oFlg5NQ0Epc9pkY9dbDJL6dVnuC2axsTWkIqz"
    "nWNrNbIELrRgizSE8frGm5EQo/nE64npMH5geOa31jKM86bExGyLkxDDHoRLALiTyS9JfF"
    "PTTx6UxW6xd9kt5q92S8i/+clrqUOon5pOEqH8ip7MfGWAfA+M/cLEP3Ma98+kpdaRaxmG"
    "TR5MTnDs0WNa2PigKsdnOg9I0yK9gE/8wI6XN3XJHtT+ixF2lS+ElWkm3hd0NpbprjdRX8"
    "nBjEq9WzeTp5vJJxL1kJO08dvB0ELwhnBiCrEX6EAw4SUmmSuK4CtI5koChkQj8DdbWrua"
    "Cs+lLwEHFsjbErAgEt+65PrsSEGJbTOiAV976ciJ4W6XqPZXESl4x0iB3wn5gY0UhEPPIl"
    "UbSKcwkg5azacoFiRzSfGEAlqznnyCes25WwkF8V53d+qRvU5ril5vSq8HGMW6PZUoHwX0"
    "ivd7UreEnm9YSLC9HZ1+vy3UB8elidGaopeb3MvBDLwsdBwkrSVyYXPmwpJFWxpnfiZsqC"
    "DyYKkXqow8WCZhkXc1y9IV668cAZUU63AiK93pLYpnyQgLy+yYTFoGSV1lpu+dtoLcrXxR"
    "5VkWFacjsSZu4xPU1qnU1ruexdWgJNgKjjx1VQ3642TurUwxHZFtkSPbwjYtxlKIOywE4v"
    "W5BRcNHhjq24pCZ2+UERw8MX2jVRHCxLMmw4TR5JwVLIxlgiRDhbgBop+OEBItevYvKUr4"
    "BIGlbBbQ2rL8klhtpmNiEznZCQRL9Uy+9oJ2SYQ0GYRLVKPfr8hP3jieoPBh6vJhgl7IO8"
    "kG8h2cYMv3YnyTTsGbcbBapHLkqWpNwzgD0zKOVRMZoyJjtEF8Bidj9J1ZDPocJ6bHkDjo"
    "Kctp8FwiJZIVjEab3vUsb0B8RKuij2iJY9ur/dBT888WbzFP1JbvD9UGcSVfIHqv466bBn"
    "XFC4b3O+/6Lwa0uYMGury8MV3WOaT8sSOlKEaQfCNIGz7C12I2R+wDFp+Ia8B4XeOmP+52"
    "tCJ7/o7fidZQvCs9PTrOk/GJmoBGO0zTBPTd4f1f0+gkN3ww22gFnt3hqK88u6MhhKhkdf"
    "BAuOOaECRQs0ggcqRf4W8m01qdo4TK32QkKKEYuPnQzYI3hS/h4glKBUCmlLqIdOnk0Mq0"
    "ZPRoyOdQXcA4tzDz+2hpZfGBtPwfSMPoLV1bM5jk3EHg46o1wh6WtBZ3oGvAhgzI+fseYi"
    "rN2PmAr9fqnQ8F8u/Ex4RO/JhQLFHs5C8KxVPTuoJVaQmeaP2zZQ0shTM8F7ih1rncRXM7"
    "w6fMe/gLwZeTyMnI9UzmcjrB9XKlcab3JiaTTU/rY2r7Saf7mXrSvH2dTMw9or+PyN31Oj"
    "2T4vGslkHuhObMp3VCCxRJN53hW8Q2ouo+OyV2uIgdLm17KUre4RLzKQtvbon7S6c5Q4f3"
    "tPhxIsa8GEWQDsc7XiPZkrezRAmv4ly5JsyanHPlMuZN3sFynSB2h3mI3eTBLDFidyjiEz"
    "UenKKY250FN9CwtRcGypncbUpXkLcFyFtvGC+2ZYjSEZuGDm8aiubKcrYNde4L5GeJnB3K"
    "wmreOlS+910OM94qJ5z9yElfPJ5QRTvj3BOnebQVdX71icdS5yCtJtDSlE2P4Z37NZneOY"
    "hkBG/VpjE+ywOPnS6e10eMqXTQTewPBnmSugcDflI3rksEm9FLVQBhX7yD6FaSJISu6DC/"
    "2MIP5cdU6g/lVz/jNSVoX36S7dv/ARdYMg8="
)
