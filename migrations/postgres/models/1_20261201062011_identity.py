from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "citizen" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "phone_index" VARCHAR(64) NOT NULL UNIQUE,
    "phone" TEXT NOT NULL,
    "real_name" TEXT,
    "id_number" TEXT,
    "id_number_index" VARCHAR(64) UNIQUE,
    "verified_at" TIMESTAMPTZ,
    "created_at" TIMESTAMPTZ NOT NULL
);
        CREATE TABLE IF NOT EXISTS "login_code" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "phone_index" VARCHAR(64) NOT NULL,
    "client_index" VARCHAR(64) NOT NULL,
    "code_hash" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "consumed_at" TIMESTAMPTZ
);
CREATE INDEX IF NOT EXISTS "idx_login_code_phone_i_ea98bc" ON "login_code" ("phone_index");
CREATE INDEX IF NOT EXISTS "idx_login_code_client__a04f1d" ON "login_code" ("client_index");
CREATE INDEX IF NOT EXISTS "idx_login_code_created_7309ff" ON "login_code" ("created_at");
COMMENT ON TABLE "login_code" IS 'One SMS code sent. Rows double as the rate-limit ledger (per phone and per client).';
        CREATE TABLE IF NOT EXISTS "login_lock" (
    "phone_index" VARCHAR(64) NOT NULL PRIMARY KEY,
    "failures" SMALLINT NOT NULL,
    "locked_until" TIMESTAMPTZ
);
COMMENT ON TABLE "login_lock" IS 'Wrong-code counter per phone; five wrong codes lock the phone for 15 minutes.';
        CREATE TABLE IF NOT EXISTS "auth_session" (
    "id" UUID NOT NULL PRIMARY KEY,
    "device" VARCHAR(100) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "last_used_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "revoke_reason" VARCHAR(32) NOT NULL,
    "citizen_id" INT REFERENCES "citizen" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "auth_session" IS 'A signed-in device: one family of refresh tokens. Revoking it ends every token in it.';
        CREATE TABLE IF NOT EXISTS "refresh_token" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "token_hash" VARCHAR(64) NOT NULL UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "expires_at" TIMESTAMPTZ NOT NULL,
    "used_at" TIMESTAMPTZ,
    "session_id" UUID NOT NULL REFERENCES "auth_session" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "citizen";
        DROP TABLE IF EXISTS "login_code";
        DROP TABLE IF EXISTS "refresh_token";
        DROP TABLE IF EXISTS "login_lock";
        DROP TABLE IF EXISTS "auth_session";"""


MODELS_STATE = (
    "eJztXe1z4jYa/1c8fLndmWwmIYSwvZubgSTb0iahE0jbabfjMViALsamfkk219v//STZxp"
    "YsGRtssL36kl0kPbL9e/TyvOnR362VpQPDOe177nIMHAdaZus75e+Wqa0A+g+v+kRpaet1"
    "VIkLXG1qkPYaaqg6sZZTx7W1mYvq5prhAFSkA2dmw7XrP6rVVxy4MIH+AZqKDl7gDHynWC"
    "ZAzVfQeFOsuWKDuQ2cpeJaz8B0TpVH8GI9Q3OhQFcBpu4o4AXYb361gnqB7il+tG7N0LNR"
    "u1Kf4pnwLw+orrUA7hLY6Fl//ImKoamDL8AJf66f1TkEhk5hC3XcASlX3bc1KXt6Gt58Ii"
    "3xF0zVmWV4KzNqvX5zl5a5ae55UD/FNLhuAUxgay7QY2CbnmEEvAmL/DdGBa7tgc2r6lGB"
    "DuaaZ2CWtf4198wZ5pRCnoT/dP4dvFqsmao+jCbq+Haiqq0Eh/ErMOwIimaWiUcHNF0M1N"
    "9f/X4jQEhpCz/g+of+47uL7nsCgeW4C5tUErhaXwmh5mo+KQE9QtnndhLp66Vm85GOKBi0"
    "0cvugnNYEAEdTYUNhGWB2lppX1QDmAt3iX6en52loPxL/5EAjVoRpC00c/1p/RBUtf06jH"
    "iE8MwGGA1Vc5Mo36AaF64AH2makkFbD0hPw/+UhX2IZRnoow/UR6bxFsyuFPAnw/vb8aR/"
    "/zN+3Mpx/jIIfv3JLa5pk9I3pvRdl+HTphPl1+HkBwX/VH4fPdyy82bTbvJ7C78TWrYt1b"
    "ReVU2PLQRhaYgaxXVDc1zVc3biO0vbQM7XhNMhJqmstvFWuBOjacoC2ByMTMnlsrisohXL"
    "8WW3rPtlgrBx2+ZFO8OuedEWbpq4itkzoQv/C0yVJwMOTVewXVJEDMrozes3f9Dron8+tM"
    "87V53eRbfTQ03Ie25KrlKQHz5MEKxYvp4/c2W/ALAkxJ8sGyB94CfwRpAeopfSTK7MFyhA"
    "11FP9UL4aziIwtLoFW3tdaOVMGMLAYA+G7j+zO+Pr/s3ty2C9FSbPb9qtq4KIA/UKNVXo5"
    "LIDwL6Tz89AkNzIXfFCEB/9Pua4K7qKwIkoCc4Wm0rhh+FbLJq1V6xJZqpLcgn4WfjJzED"
    "laPEx8awWIGPTZmtursYiYK1YuGKmHUlDEb8ftpwxdfBkxQleI3wASr5tjw7O0NWzL5+XK"
    "Cpfb3bybCvdzvCfR1X0fs6QSwJ8QR8EYzgDcHhhKYjycO3v00oUTiE8d19/7f3lDh8N3r4"
    "Pmweg/36bjRg4EYyp6GSHzkgp4h2gr2ae/zBUIe6anqrKbDzoE4RSdT3QD3/Os4hLYQDjV"
    "7KX4ANUWe7mD0YUmn3qLLdQ5qvxVOsWebrhKUgi0IbODP3VGUZB2otZ/thFdkbsNZsdwXI"
    "0xK6bKz2JE2d1el2UqM92NJRskb7DN7ySEBB88ZpsJ0s/tyO2J3bSXhzn9Fn5UI2aF+W/n"
    "o8bM+7WXzl7B4Wc5V3WWz5mqoY272U1MoJEzS47V4WdNs9Mby4LhGJoEMXAajngpkha9wi"
    "cZ4J6hSkE0ALzFxbLInSN5jJN4iEWCTncgROMbwxksYB3M4Us9ROiVlqJ2OWdPgCsTDOdc"
    "CmhIbRZI1clzMtyymr8vt0n2wIYQFO2ZtYVzUDPatblhlwlF/2EenAj8PrSTbHLFytDYAV"
    "IaKp7qnODl2wGlIdNogH5aq14ZjlKbWx8Zyi0sZbHUWhzS1fNVawKmSxPElRc6XGUKKF3w"
    "AvwMiD7oaggcputsDwlLjwqhsSjhd0X7gdYa2hjnNAG7Zv3rDtZRm2PfGw7SWGrTWfwxnU"
    "DIEVYWBZBtBMPs4JWgbwKSIuazCHPDist28wGt1RHp/BkHVlP90PbtH4JixAjaAvvIYW3v"
    "iBAhe6Hg/zT4alCczlcSIG7Dmmqq2zhQf2zehpcHer/Px4ez0cD0cPtFONVNIgP97271iU"
    "LXOxA8xxKolzBpzXmo1Uo5zmBYqoCTEyB7Yt+Pgd1rJQMcSzGhaoobaHWSFysO5pUqA9uj"
    "XTVISmBMo7sYSGbvOOI+TCqXFDk45yk2aqncYW+kBg7wnXGNj45PM16atJSJVq0LNW6FG3"
    "L6JAlVj1SapZjzRUwUvlYlUGcPGthKt8bLcvLq7aZxfd3mXn6uqyd7aJW0lWpQWwDIbfYw"
    "2HEmS2B7UQAHPIi2H75un1xRv7HG/6HzBz1bwYs3QNtKwW78IOQcun/tBUclBvH9Rof7A4"
    "pzBSAgVCggNaWZ03B8lhh7G1lnCiS3szLI0zjn8cjx5EavyGhA0KhzNX+Z9iQKc0LSeWs2"
    "fqQcOFpnOKH3uMtD0YIso6mDgHwx55OaEDvXEH7DkYazbzbHungH2G9DAR+wddb77ZgP0y"
    "RXyOGsmR9PnKpljgh6i9CpMEWzOmjUygTDUHzhTchaI5yqYXoCvTN5LYLLLL4GRlpCQwHC"
    "jvPnuX04/gs9e9nOroLzi7RCUXl+hvB/Smn72PvauP75M51A74XBltX61oexnxEQYjZpEv"
    "2mL5ol2DIIRjeggKj0JYe1MkbS3Rnv8CbGHEp3CBEJHL5DtJB64zs3Kq1iHBwVS9lhmEoR"
    "9gKGdZKc7FK8V5YqWwTAOaAL33mhf9MV5phiEcxyztTuN3p7XjvNzRe9G+6m4GLv6RNmbH"
    "9/27u+TAxfIJz32VDmlEJcGMrwJIlPVyHV6IKA63Dui2NncPtBAUvqdFMna+zSxBd7iBW6"
    "NtTB4NKTnaOaarERU4l8IWUcjBuz0BIgwMr3uGwwSO4WHQW80wzhoSExtbgoAY/iJcAMCN"
    "DH5h8U1sP1lQlqfFjnJaLNB2C4i/+cXvqUGo7xtOEqH8ir7MeuWAfK+ZbxML/804uH8lPd"
    "XOuJYysMmHqYyNPfpMGw8+oKvxnc4H0rIJF3DGDyx4+VuX6kMdTIwNq4JGmJi2xAcN3aVt"
    "eYtlxCs13FG5GXJRucqajb9udS2EM0TgU4hNoC3OhJdYy0xehIAAX3+imQqNwD8cZeFBHZ"
    "wqP4c2sLC9o2g2QM1XHnk+31NQYN8cb8AfraTnJEgv+Kf0FBzRUyBKDCkEVpgU8tsV6Ktu"
    "TuEEHdTaniIzAIqhb1ZAQZzr3lrfkes0peR6VbgeYhRjeyJQPnLo5ec7SyvzulaH0cn5bS"
    "Me7BYmRlNKLleZy+EOPM2VDpKmkrGwGWNhidKWxFkcCbshkHGw1IQqIg6Wa7DIqs3yaKX+"
    "lcGhkrA67GmVbvQRxRPWw8Ibdnnvmioz0vcOzoHwKF9UeZJmijNQsyoe45OmrX1NW0fNxV"
    "WhINgSUp56OgRmvmua4zQy2iJDtIVj2RxVSLgshM0PJxacVXhhONxRFDp6owjn4J7hG7Xy"
    "EDLfyroJo805zVkYiwRhXYW4A0Kf9BASKnr3L8hLeGctoHmNz1TwxJJNZbpYgpttEpNl8w"
    "+O78cKplAc9D2nyqP16ii65aEe8ekfJJQo+Bs+GHAFXcUA+gLYyrs1+kPSfSuaqSv418xA"
    "C7UrOFFUwjOk4FQtwalKt08e+XxmyQYafxbkh5qlk1hnwBotWupSc3Jl4qSIGii1lgBzrZ"
    "yzRxCNGmHGB1/WEHW3A5dpygY6Y5vEZvxp3mq32UyTSq9c1fhckWQNRB26s2bPLZGuRCpP"
    "tutKRthuq670q22Ziw9Ei5lZHs6ep2w0lH8qc/gClFfchCg6joI7JpqNr8IgJVQ5v1RW0P"
    "Rc4CS1pMJ730M/qpIoXyGLaFFij1iHmmvQ8PAMTaCefko1TtcYS14R51TxNEG7CZpPkJN+"
    "IX0vYmnlZiQ3I+5m9Ajm6EOWE+sZcOP7qfrULcn2W6JFO2wqHYsHW+tLto8RnuY2JdBUck"
    "ttmCVBBvxuX/6zhHlLy0JjN3kqmt/ZLZTfkRaFWvDXAY4wKcfT0/BGEMNAUTEc9jyon2La"
    "Zk1dP/rG51WcC+RLU4MbA7SSAOeOaux77nIc9VZPcLeGM9Kjq0pxjGOg2bPlBNirFkfriN"
    "WepOkcDmmnumHDQjWOP1phv+RINXtql6lG/76iIbh0/YZSNzmYbhJwIbNWErRvoG+z+LDH"
    "YEgn11vxTWwRyY7XsFUN4xRMi7iHTaaYkimmqiMxiFJMHV1ciF/8xJUYmJuh0oQGP4ZyFr"
    "WVlso6zfU0aQAHweYQBoLmjbNNdrKkoOiIU1B0Eiko5D3vsYMPvUwnH3opRx969buMvMYH"
    "SzRdt5EqnAffGEkDIW6fZVkgUCvxPQFniSXiWPdjVw3qkhWG412Q/Y0Bba2BiR6vLi2Pd3"
    "GpeO1IEMoVJNsKQqKw8iC9IWggwsVbc2Ti8GPd+y6zBLdyGCGKyxIszF+bJ0nw7qlrK4p3"
    "qddNx+1kYkNNaEbbbqYJzXfbg5wH0dVv+Ca3q7n22etetWefvasuAKhkvvUGud26kEagah"
    "mByB2Aat4r4WiqxpmEis9KKk1CMXCzoZsGbwJfYosnKOUAmSJqItKFG4fmlo0PfiCZQ/c0"
    "TqT9wLIMoJmC0wsJYgbzKaIuC/RwMTmsaj0Yje6IOh0GZQ2GEwbtp/vBLeLCe1rFTh5xwO"
    "hNPQeaXOPcVuDjpAeEfVNSW9w1A2oO76iOOFFijKQaqRLx82qdKjHHCRBRer8Cbj9pbGo/"
    "JjhzEyi2J2Z0aFpTsNpTIYxFYy3RYCoiJdQEd1Q7kTvFwsFNBrX5yqy3xRB8BZmfOMmh2O"
    "RPbvi8THmfkkHObHaq/XhM5atsNJ+pL83KazaT1w783iHZl8/0VBOPP2o5xp3NcBabdTYj"
    "UAbdNMbeIvOOluaykSkxZUrM2k2KvLvjlpSYMZkydzbMuLy0nzC0PQlm4Cfi7IuRB2m7v+"
    "M1alvwcZYo4FVeRFeFXVNwEV3Kvim6ia4Rht1uFsMue8IzZtjtSv/EQZNLrtY2WALTgS8c"
    "lFNttwlaabzNYbz1l/F8R4YoGnloaPuhoWivLObYUHQwpWY4Z43ZoUbYgY8OFS99F2MZr5"
    "UQzv9kVhaPB1TRwrjwimqR2Yq68HrPe6wzGK36wIazZYsjnQc1qdK5FrWRdqs6rfFpEnjs"
    "OvKsMmKMpIFiYvvyMktQ9+WlOKgb1zHOZjSpciAcNG8guqUECaEnuoF5P6srP0ZyeFd++T"
    "teVZz2xQfZfv0/PpxfWg=="
)
