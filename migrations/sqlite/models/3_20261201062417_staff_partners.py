from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "partner_client" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "client_id" VARCHAR(64) NOT NULL UNIQUE,
    "name" VARCHAR(100) NOT NULL,
    "secret_hash" VARCHAR(255) NOT NULL,
    "scopes" JSON NOT NULL,
    "active" INT NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "rotated_at" TIMESTAMP,
    "disabled_at" TIMESTAMP,
    "created_by" VARCHAR(64) NOT NULL
);
        CREATE TABLE IF NOT EXISTS "staff_account" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "username" VARCHAR(64) NOT NULL UNIQUE,
    "display_name" VARCHAR(64) NOT NULL,
    "password_hash" VARCHAR(255) NOT NULL,
    "active" INT NOT NULL,
    "failed_logins" SMALLINT NOT NULL,
    "locked_until" TIMESTAMP,
    "created_at" TIMESTAMP NOT NULL,
    "password_changed_at" TIMESTAMP NOT NULL
);
        CREATE TABLE IF NOT EXISTS "staff_sign_in_lock" (
    "username_index" VARCHAR(64) NOT NULL PRIMARY KEY,
    "failed_logins" SMALLINT NOT NULL,
    "locked_until" TIMESTAMP
) /* Wrong-password counter for usernames that have no account. */;
        CREATE TABLE IF NOT EXISTS "staff_role" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "role" VARCHAR(24) NOT NULL,
    "created_at" TIMESTAMP NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "center_id" INT REFERENCES "service_center" ("id") ON DELETE RESTRICT,
    "department_id" INT REFERENCES "department" ("id") ON DELETE RESTRICT,
    "division_id" VARCHAR(12) REFERENCES "division" ("code") ON DELETE RESTRICT,
    "staff_id" INT NOT NULL REFERENCES "staff_account" ("id") ON DELETE CASCADE
) /* One role of one staff member, bound to exactly one scope (domain/roles.py). */;
CREATE INDEX IF NOT EXISTS "idx_staff_role_role_4d8c1c" ON "staff_role" ("role");
        ALTER TABLE "auth_session" ADD "staff_id" INT REFERENCES "staff_account" ("id") ON DELETE CASCADE;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DELETE FROM "auth_session" WHERE "staff_id" IS NOT NULL;
        ALTER TABLE "auth_session" DROP COLUMN "staff_id";
        DROP TABLE IF EXISTS "staff_role";
        DROP TABLE IF EXISTS "staff_sign_in_lock";
        DROP TABLE IF EXISTS "staff_account";
        DROP TABLE IF EXISTS "partner_client";"""


MODELS_STATE = (
    "eJztXW1z27qx/isYfbnOjOLG8mt6O52xHZ9WrRNnLKXp9LjDgUhIwjVFqHyxrXOa/34BkB"
    "TfAIqUSIlk8CXnmNwFxQcgsPtgd/F7b0EMZDrH1547HyHHwcTq/RH83rPgAtH/Ed3ugx5c"
    "LqOb7IILJyaXh1RQc2KSE8e1oe7Se1NoOoheMpCj23jp+o/qXQMHzyxkvMcWMNAL1tEfAb"
    "EQFV9gcwXIFNhoaiNnDlzyjCznGDyiF/KMrRnALkCW4QD0guyVfxvQVrB7zB5tEJ0+m8rV"
    "+hTPwv/xkOaSGXLnyKbP+vXf9DK2DPSGnPDP5bM2xcg0EthigzXAr2vuasmvffs2/PQLl2"
    "RvMNF0YnoLK5Jertw5sdbinoeNY6bD7s2QhWzoIiMGtuWZZtA34SX/F9MLru2h9U81ogsG"
    "mkLPZF3W+9PUs3TWU4A/if1z9ufgp8XENO3Lw1gb3Y01rZfpYfYTUt0RXNKJxUYHtlwG1O"
    "8//HYjQPjVHnvA7V+vH49OL95xCIjjzmx+k8PV+8EVoQt9VQ56hLLf21mkb+fQFiMdaaTQ"
    "pj92G5zDCxHQ0aewhrAuUHsL+KaZyJq5c/rnyYcPOSj/4/qRA02lONKEfrn+Z/0luDXw7z"
    "HEI4R1GzE0NOhmUf5E77h4gcRIJzVTaBuB6nH4P3VhH2JZB/r0BY0Hy1wFX1cO+OPh57vR"
    "+PrzV/a4heP8x+T4XY/v2J0Bv7pKXT26SPXTuhHwfTj+K2B/gn89fLlLfzdrufG/euw30W"
    "mbaBZ51aARmwjCqyFqiV43oeNqnrNVv6d1O9jzLenpEJPcrrbZUrhVRyc1K+jmYGSqXq6r"
    "lzU6Yzm+7VZ0vcwodm7ZPB0UWDVPB9JFk91KrZnYxb8hSxPZgEPLlSyXCaUUyvSXt+/7oT"
    "+X/uf94OTs8uzq9OLsiorw37m+cpmD/PDLOAWr48LptByocRUFqQ8pc1mmz0JzOhiDWYB/"
    "ITaiLtbf0YrjPKQ/ClpCMzrwKW+jltqF8I9wCIVXo59ow9e1o5f6XCkA9LWR60+m16Pb60"
    "93vezgrQDYEWvnWteJ18bxWxTd+HcrxpaN4gnUn1+hbWiS4Rx4/Zrv9WfBvwn0f/n7IzKh"
    "i4ULXID7o9/WmDXVXos1AzzHkQxIDL8Estlbi8EifQVacMZfiT2bPSk1CQg4p9j8IOebYt"
    "PRRqpJjkTFJI50rSm6ygTjfTfypuFrTD+Hs1lSfJDG362MIZpSq8YMPSzQCTP04qyAGXpx"
    "JjVD2a2kvcQRy0I8Rm+SEbxW2J+NfyD37e6f44TnFsJ49Pn6n+8S3tv9w5e/hOIx2G/vH2"
    "5ScFMXydT4HyUgTyhtBXszV/i9oY4NzfIWE2SXQT2hpFDfAfXy87hAtZIe6PRU/oJsTBvb"
    "hqVLqSqarsk0ndptkX9i3dptybAwRRzaYO99R1c2td/fyq8968jGPyPqKNI2tCkRWAVlkP"
    "pqk7cVg4vY+Le1bMs+nEKIzWxoseljSd8Yox0HWLdhq5Mx+YSW0HYXiD8tQ5rE7vbzeBMj"
    "Kaeok72tUTVTJ89oVcbUDsQ7R5WcFYlzOZOHuZxlolye6WuVQjaQr4soORy2JxdFYojSxl"
    "IshOgija2YEpFjuxMb0rRVJAXu4KoIuoMrObzsXiZCy8AuBdAoBXNKrXOTxEkhqHOQzgAt"
    "4VM3UNb7HcqtjZmg3hJ1qASGpxzemErnAB4UiuUc5MRyDrKxnAZ+wczrE8ZQ5ITMJtU6OS"
    "8XmpZzZuV3+YEVIYRZ2EsHAHyKNdUy0Ivu/qcGXCIA4PFuNH4c3o6LRQDgxdJEzBHiXuiO"
    "bu3QRYthosEO9YEg0som5q5MAI9WeaTtdIhoqtX/Dz9ukfcf+/BzfP+41EE8/9KGaGct0E"
    "pWlX4OH6Bcqxr33Ez0gswy6K4VOsgKFMssykksajrjcrisrcoJlyWkDZeANpTv3rC9KjJs"
    "r+TD9iozbMl0inUMTQndckOorQMtMc4Z3RTgE6pc12AO+2C/++83Dw/3iT3Ym2E6uOTb55"
    "s7Or55F1Ah7Fv52eB/Zmm6ngjzX0wCJfsKcaUU2FOm1VqrVAT2p4dvN/d34Ovj3e1wNHz4"
    "ktzm5jeTID/eXd+nUSbWbAuY41oK5wI4L6FNfciSPExCqQtRa3smYXz89kvBNAzxogxMYq"
    "jtwL9EO9E7EgnJre+WeSqFOBd9jk3DFiVflcKpc0MzGXeq+LytxhZ9QWTvyuUhm5XOuOVt"
    "dRUpxXweivkkC/qouxdZ6FPsdj+X/+SCGnppXPTTDZ79LAFQHweD09PLwYfTi6vzs8vL86"
    "sP60io7K28kKib4V+YK5iw+DaHSXEASxjWoXz3CJDqWVHHm/wf0l2tLMZpvQ5S0NUHRYSg"
    "lfMTk1pqUG8e1HR9EIWK54SehAp7pKOdlUMN1v2Q0jUko8KVSaBgHP9t9PBFxnesVdL5LF"
    "h3wX+BiZ3a3MFYdbyJh00XW84xe+whCuQxiBI0aiaFL52t10/mqLAG0il8RNc9294q1yil"
    "up9ko73ONz9trlGdJr7A3xZY+mKvXG7wYyqv4azCxtqkDxYCE+hgHbAmAHTAuhVkgMmKlx"
    "CNCCxWFpRfCRgWcPTknU8+oifv4nxi0H/Rh3N65fSc/nuGriZP3sery4/vstVK9/hclb/R"
    "rPwNFRoThrcWsS8Gcvti0IJojUNupVQerrH0JtTamtM1/wXZ0hhi6QQhU1c12QRl7nRS0r"
    "UOFfbm6vWsILFhD0O5yExxIp8pTjIzBbFMbCH6u5eiMJnRApqmdByndbcav1vNHSf1jt7T"
    "weXFeuCyP/LG7Ojz9f19duAy+0S0z5cPaaSlwExuRLheqXSYSGN/84Bhw6m7p4mg8jUtsr"
    "HLLWYZvf0N3BYtYyrZqOaw8Jivxl3gUg5bpKEG7+a6uDggXneMGwp20IdBay3DuGjsUGxs"
    "SSKHxJNwBQB3MkoojW9m+SmCsso/PEj+YeDtVhCo9A+/pQ6hvms4SYTyK30z8ioA+TO0Vm"
    "PC/i04uL/zllpHruUMbP5iWopjj17TZoMPGVp8pfOBJDbvBVZDhhle/tKl+VAHH8a6qwIh"
    "ppxk4gNBd24TbzaP+koLV1RhcW96XUvTxj82bi2EX4hkTyH2AW3YTHiJSRbaRQgU2EFj0A"
    "JJBP7HATMPG+gYfA05sFDeAdBGVHzh8eeLdwoqbFuwG/BrL7tzElRG/bfaKTjgToGspq0U"
    "WGk925/XoG86nSIIOmg1n6KKl8qh71ZAQbzXvaWxZa8nNVWvN6XXQ4xi3Z6Jk4829Mr3e1"
    "pXlaRuTkdnv2+b9sF2YWJJTdXLTe7lcAWelCowmtRSsbAFY2G505bFWR4Ju1ZQcbCJD6qK"
    "OFghYVHUmxXpKv+rwIZKhnXYkZXudC5nP73DIhp2ZY/JqzPS9x5PkTSVL7rZz6PiTCrWxD"
    "Q+RW3tSm0dtGhZg4Jgayii6xkYBfNk4VSmmI6KtigQbeEQW+AKyY8gDsT3ZxZ8aPDEsL9U"
    "lGT0RhWbgzuGb7RqhzD1rultwmhxztssjEWCpLcKWQNcP7tDyLWSq39Fu4T3ZIatW5ZTIT"
    "JL1jfzzRImtq7gVmx/cPR5BJgGcOj7HINH8uoAg3i0RZb9Q40SwN7hvYkX2AUmMmbIBkdL"
    "+g8vIA+gZQD2l27SidqVZBTV8AxlODXLcGrSwbkHzs+smaDxv4LyUKf1FNYFsKaTljaHTq"
    "mSpQmlDlqtNcDcqs3ZA5hGnaDx0dsS0+a26OWkZgc3Y7vUzezVvMV2X3NSVe3KNa2fG1Ks"
    "gbtD90R/7sl8JX6zv9lXMkO5jb7Sd5tYs/fci9GJx8oMgrWH8r9gil8QeGUi3NFxAGuYez"
    "a+C0OdUHByDhbY8lzkZL2kylvfwT9qkinfIEa0KrNH7kNNITY9W1TcMT9LNa7XGSavijxV"
    "9pnQ1YR+T1hQfiF/LUrrqsVILUbCxegrtF3a7bfcvRYtSEmB3EVp6YtqeiSr9hb3Nt3XXW"
    "AnIGBKpRwnlNSaupFKUKdOxYLoi0XR54XRZ+LoHaTbyC3NiaXUOoj24Py8ANpUSl43it0T"
    "lNsR2IPyaLxIoxnheOx5nQnHo+sw9cSy3ZF7slKkpI5UKn6kUrsoYZW5sdmOL5KvYxN3y1"
    "5PaipnrWnOWrLgg8NA3qabU6qqn5vczy3L26jLSqnD5WkK92GTt9W1R7vIxr9JqyYLpPq5"
    "LAiT12BGQVEhezMxaqZCeBgd38oo49sktZR/U7l/8wJNvCVdnlLtoNndxZVZeVc/lXeFXs"
    "jzltnScU1ldTf526aWWtmisXEVlSEqYKOW9Gk6XkKzZGX5lJrCdnP27RqzLM6lE29vsYt/"
    "Q13Otk2PMHGibWZ6UNgWwDY+KzYpgfkRTelyMR/TFVnobifu9/McbduXpH5xKKpc7DZNo/"
    "0cF5v3ael92qSWijfYGG+gPCk59N31pFQqw6bVtem9XMiV8pztagc6ylVuRf86yJGeAvLt"
    "2/CTLJbJkR8C4nnYOGa63fp0/XIffl/Fe4G/aa4/F6BVgcfBdpBGUWvtBHej15EcXU3yO0"
    "YI2vp8jOxFT+B1xO7283wOh8tpbihYqcfxay9sl9dwT5cJT92m/32lQ3Du+oLKN9mbbxL0"
    "QmGvJJDvYNho9XWWgiGdnW9NAiXjNlJJITxlOi3EOAfTTw/fbu7vwNfHu9vhaBhsoq6tEn"
    "6TXYpiEx/vru/VmVbqTKvGWgyyM60Obi5w8G/Z0eG22GKIC2wwGvyiTXokq5jKNn3redYA"
    "q7pVwhgIxDvHTZ4VydY5kyfrnGVydVQuVKzS4lWRXKjBVU6txas0vs/01UqN3EC+k/gWgr"
    "dEJUtoGDZ1hcvgG1PpIMSDQul8g5x0vkE2nY+d7ud6ooLvOe5CXEk5DEUcBpNYsy1wjmsp"
    "oIsATZbIoo/X5sSzS80dGUU1gxSbQXjZlzJIrxU6iHD1bI46qbxWiyOHg1DHEvdKkBDVHU"
    "tMwZxONZuYouSQMicTj1hDj7Sd1m6yZo8lThC9spOFy4C0/aHCTYVoD5wWJxTljFbIN27m"
    "s0Kec3P5uRvoYB0weXD05J1fTuGTd3E50J+8ywuE6JXp+fmTd4auJk/ex6vLj4JK3Ns1od"
    "iyZrFlE9aL6xrvRe2BpFbnuLPqz4tV3Fm9dYT4pgVHqQTICaUuIl05izYlNivJSY0zwxOl"
    "VORWrskqqwo2xSvYMPQmnoMtIYu5Efi46h5hX19pLe7QxNApl1geU1FZ5Ylu2DarvER9Ct"
    "nBizs6Np0+dDEVxbqOqNvVY07E8HUFqx0dwljY2pwOpioO6xqzhlpncudQQcJjutZvmT6g"
    "KzrzLHk0F8dXciaX4Niu9LFcbvi8QidyZaPB0+eG7dbHiZNEO93PiTct2tfpM9a26O8tjm"
    "HzOz2f4mGs4bXOq/D3RBxP/H4/l+ThRCaMiaqYpX2N4bpZGI+Oz7IUQVyncwxM9ZmVBnaW"
    "JlxpZWFO63WQJ6ge7CV0nFdCp9+yCcMZxQ7CXUtpZ1VLeH9MDMSsZCg/8Werw1USyuqElU"
    "Rgkzph5efIlVWFDuTfU3cLHayXd30OrdlW3S9pooPjoCX9Lv3ctyJtg3zlHZnHcrndzZzm"
    "81naPQc0NfTb2HO4zhowGZETormJxbFDuY2BOuy8eyYNyBSwsxm5PligxQTZfTAhnmUAlw"
    "D0RlsxV74IO7MFHBlkQYH5Ax8ox8uVIIKn4rYVqdQsUikcZEV971C+eye5D4oQHAM5wTFQ"
    "dbqU+RrrO3UCRb1F8HhadrmKCAmdrTiVhlmBVdccNhA7DXRRuphzRk+BKwD3cGk1TUO25g"
    "hE334uNYLjKqpayuZqKRyvLL7ly6WktrZbhnLRVKX48NpcL/swaWANmySqzQLLmg5VDN50"
    "NZluIpwwmwrgG1kDVQzgRGPdBDhjPpVOZayd0RrRThta90R/7sl4rZhIfzO75VBpDVuaGc"
    "pvZLm+28SavQ+pfcCXDGSDKbFBGObiAHcOXTCHLwhYBARxUFlSa/umnqwn6zumA9VzAXb7"
    "4ImObypBW6Ya7F2oGgqln3rglXimAVxkmgBaALou7RL6pNc51uexZ6E37LhP1pFnPVO/0g"
    "L+VV/ZQi9Ug7X97hjQDwcZYLICEExMOqwBH9qMnGPPtYi9gCZ2qEjYdh845Ml6pe/Cm1ki"
    "sjTp76UfGVV1CVcLZcGEvIEjhyw4reDQZ4QQvQPYCX6I49JP2NiVzAsfqXHhMvZwVlMFNk"
    "m8ZTntp8ITVHiC2q+sd7+yzjXZj3MXrMTrAHj5+ruOWVexwa3yxvPm88OmDjdo6ay+Go5D"
    "bIEfIyeSAvHOrInVMki1TZfJNO8qsml2rOTbqnya1LumM2piWWjJlBpBykw6qyaeYbVb+t"
    "Q6dkO6LAaVZQTrYlRzZnOFlNdItuKTAiLmyfJYAEXmtAC1au511fQ7ocy6udboYM7ByUWR"
    "jZi0xR3biLlQFU32uQNOFksbzZHllE/qyOiqcg8lkjsOE3vQuPFd7w7jwXZpmobz7ts09Z"
    "/KUL31XU0tjVYZ4eJXTtvi8RKMSWOcQZ+sZ7Ih0d1vKmubh9cDb6CqNPdrZGN93hNY58Gd"
    "XOscRjKKt2rTHJ9ngb8gWxzoILcRYyodNBPryfulH1UJhAPxDqJbS1lB+kRXGOsgL/4VU9"
    "l/8a/D7O4cosxX9TswP/4fqOvt0g=="
)
