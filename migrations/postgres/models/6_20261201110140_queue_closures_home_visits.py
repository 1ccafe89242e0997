from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "calendar_override" (
    "day" DATE NOT NULL PRIMARY KEY,
    "working" BOOL NOT NULL,
    "note" VARCHAR(100) NOT NULL,
    "updated_by" VARCHAR(64) NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE "calendar_override" IS 'An admin''s answer for a day the holiday package does not know (years not yet announced).';
        CREATE TABLE IF NOT EXISTS "booking_restriction" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "citizen_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE,
    "trigger_id" INT NOT NULL UNIQUE REFERENCES "appointment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_booking_res_ends_at_bb26aa" ON "booking_restriction" ("ends_at");
COMMENT ON TABLE "booking_restriction" IS 'Booking suspended after repeated no-shows (3 in 90 days → 30 days, settings).';
        CREATE TABLE IF NOT EXISTS "closure" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "reason" VARCHAR(200) NOT NULL,
    "created_by" VARCHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cancelled_bookings" INT NOT NULL,
    "center_id" INT NOT NULL REFERENCES "service_center" ("id") ON DELETE CASCADE,
    "group_id" INT REFERENCES "window_group" ("id") ON DELETE CASCADE
);
COMMENT ON TABLE "closure" IS 'A centre (or one window group) closed for a period: its slots take no bookings, and the';
        CREATE TABLE IF NOT EXISTS "home_visit" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "eligibility" VARCHAR(12) NOT NULL,
    "address" TEXT NOT NULL,
    "contact_phone" TEXT NOT NULL,
    "disability_certificate" TEXT,
    "preferred_times" VARCHAR(200) NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "scheduled_at" TIMESTAMPTZ,
    "note" VARCHAR(200) NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "updated_at" TIMESTAMPTZ NOT NULL,
    "assigned_to_id" INT REFERENCES "staff_account" ("id") ON DELETE SET NULL,
    "center_id" INT NOT NULL REFERENCES "service_center" ("id") ON DELETE RESTRICT,
    "citizen_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE,
    "implementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS "idx_home_visit_status_407471" ON "home_visit" ("status");
COMMENT ON TABLE "home_visit" IS '上门办理: a request by an elderly (70+) or disabled citizen; a centre admin schedules it.';
        CREATE TABLE IF NOT EXISTS "appointment_reminder" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "kind" VARCHAR(12) NOT NULL,
    "due_at" TIMESTAMPTZ NOT NULL,
    "fired_at" TIMESTAMPTZ,
    "cancelled" BOOL NOT NULL,
    "appointment_id" INT NOT NULL REFERENCES "appointment" ("id") ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS "idx_appointment_due_at_3f0b9f" ON "appointment_reminder" ("due_at");
COMMENT ON TABLE "appointment_reminder" IS 'A reminder due before an appointment (one day, one hour). The sweep records an';
        CREATE TABLE IF NOT EXISTS "queue_ticket" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "seq" INT NOT NULL,
    "number" VARCHAR(8) NOT NULL,
    "priority_at" TIMESTAMPTZ NOT NULL,
    "status" VARCHAR(10) NOT NULL,
    "calls" SMALLINT NOT NULL,
    "issued_at" TIMESTAMPTZ NOT NULL,
    "called_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ,
    "finished_at" TIMESTAMPTZ,
    "served_by" VARCHAR(64) NOT NULL,
    "group_id" INT NOT NULL REFERENCES "window_group" ("id") ON DELETE CASCADE,
    "implementation_id" INT REFERENCES "item_implementation" ("id") ON DELETE RESTRICT,
    "window_id" INT REFERENCES "service_window" ("id") ON DELETE SET NULL,
    "appointment_id" INT UNIQUE REFERENCES "appointment" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_queue_ticke_group_i_63900c" UNIQUE ("group_id", "day", "seq")
);
CREATE INDEX IF NOT EXISTS "idx_queue_ticke_status_c13452" ON "queue_ticket" ("status");
COMMENT ON TABLE "queue_ticket" IS 'A queue ticket of one window group on one day (A012): from a checked-in appointment or a';
        CREATE TABLE IF NOT EXISTS "ticket_counter" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "day" DATE NOT NULL,
    "last_seq" INT NOT NULL,
    "group_id" INT NOT NULL REFERENCES "window_group" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_ticket_coun_group_i_1f1216" UNIQUE ("group_id", "day")
);
        ALTER TABLE "appointment" ADD "cancelled_by" VARCHAR(64) NOT NULL DEFAULT '';
        ALTER TABLE "appointment" ADD "checked_in_at" TIMESTAMPTZ;
        ALTER TABLE "appointment" ADD "no_show_at" TIMESTAMPTZ;
        ALTER TABLE "service_window" ADD "group_id" INT;
        ALTER TABLE "service_window" ADD CONSTRAINT "fk_service__window_g_250ccb2c" FOREIGN KEY ("group_id") REFERENCES "window_group" ("id") ON DELETE SET NULL;"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        ALTER TABLE "service_window" DROP CONSTRAINT IF EXISTS "fk_service__window_g_250ccb2c";
        ALTER TABLE "appointment" DROP COLUMN "cancelled_by";
        ALTER TABLE "appointment" DROP COLUMN "checked_in_at";
        ALTER TABLE "appointment" DROP COLUMN "no_show_at";
        ALTER TABLE "service_window" DROP COLUMN "group_id";
        DROP TABLE IF EXISTS "calendar_override";
        DROP TABLE IF EXISTS "booking_restriction";
        DROP TABLE IF EXISTS "appointment_reminder";
        DROP TABLE IF EXISTS "closure";
        DROP TABLE IF EXISTS "ticket_counter";
        DROP TABLE IF EXISTS "home_visit";
        DROP TABLE IF EXISTS "queue_ticket";"""


MODELS_STATE = (
    "eJztXetz2za2/1cw+rLOXMXXlp9pd3bGdtzWWyfO2E7T2XqHhUhIwjVFqHzYUXf7v18AJM"
    "UXSBEiRZEMvqQ1iQOKvwMC533+M5gTA5nO/sViQbDlzpHlDr4D/xlYcI7o/4huD8EALhbR"
    "TXbBhWOTj4epgWPHtaHO5pxA00H0koEc3cYLFxOLXrU802QXiU4HYmsaXfIs/IeHNJdMkT"
    "tDNr3x228DHbv4T2SxqbGB5gviIktfas9oOfj3v9lFy0BfkcMGsz8Xz9oEI9NIvBI2GDm/"
    "rrnLBb92Y7k/8IHst4w1nZje3IoGL5bujFir0dh/uSmykA1dxKZ3bY+9HPvtARTh+/rvEQ"
    "3xf2KMxkAT6JluDIyxFl0baNrHu0ft4fpR0wYS8OnEYtDTn+rwt5+yn/B2dHh8dnx+dHp8"
    "Tofwn7m6cvaX/+gIGJ+Qw/PxcfAXvw9d6I/gGEegjgl5ps+nyBkoC+/VDNpifNN0KaTpK6"
    "SRDnFtL9Rz+FUzkTV1Z/TPw1EBrr9c3F/9dHG/dzh6wx5I6Kfif0YfgzsjfotBH0HtuND1"
    "HBmQI4p64A0vFODLGYvCn9I5jNObiwTYAtJtoR5tqY0v69PjEpCfHudCzm4lIaenBH5Bsm"
    "gnqTYCOli7bdw8jg9KoHx8kIsyu5VEWbcRQ0KDbhbl9/SOi+dIjHSSMoW0EZDuh//TxQVO"
    "X9C4s8xlwPIC6B9vPlw/PF58+MQeN3ecP0yO38XjNbsz4leXqat7pyk2rSYBX24efwLsT/"
    "Cvu4/XHF7iuFObPzEa9/ivAftN0HOJZpFXDRqx1RleDVFLch1aOjLNzfieoq2B8+kvbseM"
    "7wijQ0xKcFqjS9khlsxGmiFs7tAaNCMljA7K7KZ0VO52yu/9lfNljaXOrTRd79CuX0DQZ0"
    "inIqWGrU12sTSx2sbavI1ZRHNmjESa0UlKxeU2czmw5mhSFpkk0XrLTBckz1qMMxGuE2Jr"
    "G2GbJVT4CvDF84WJmIkTsl8iB7GQVqEsQNkxiSuHbYxCIRogyszgk2ehzTZmTE8C/AOxEZ"
    "5aP6Mlx/mG/igmrgpwDdwDV9FMHYP4r3ANhVejE9+GryvvQerUoQjQ90auL+RfPFxdvL8e"
    "5G3BCt8S+GZPnvUYs8+9BnAfgml6imxsU0xAek/Ft/ubq8dBwdFWA7o3LprfZCbtKdbCwz"
    "0HdbYxj6H+/AptQ8vZoW00Z29sC7w9lwHpDz/fI3OFq5gH98E0PUKew0dGJAZbAtDkrTii"
    "7IG6eHGHmN5Z6JHQf9Yje+m7L++Ts3ZSo8xCHN8XXKw/I8FuKw/Z42qmnsDE1t18NE+txD"
    "m04JT/SjYdIw5DKTx39oAcx398NtIidntYGGlBB2pObOS6UIvBBXDo1o2Mt9gCBnrBOvoO"
    "EAvR4XNsLgGZABtN6AcyAy55RpazD+7RC1/fALsAWYYD0Auyl/5tQGfB7v4gBd72niIICK"
    "kS8vH58817iZgPz8PGPqPZZBNd71Ic/H3iWXwDAfxJ7J/jf2zLVFugNXC77JFvFYrbe/ir"
    "F8eA+NyWsYJHFL2zfx+W8jYcFngbDgXeBuW9/Qa9tyZ0XM1zNuJ7mraHnO8Ip0tZxG12FG"
    "7E6CSl8nu0n8sbOOkzhL07No/KhPId5YfyHWVC+XblZGrZ91O7dd6Fk4mkeT5GoiBtpXm+"
    "ZQhvyzrPV2IdpmM2z4WuE6+L67e0BTn23YqxLWfL5Fq/5mv9VQ2afK5HNlV3JdaKRk1Ju5"
    "PAVCkwP4kNmvlWqDB/I2VXXW+MCh4EHM9ZIMoGA8CJi2xgowXXVIFF3rJAHgfsHTEj0LsD"
    "YMClA5680eG7ETjy/xwCB7kuncd5k7VEbecRNZuhVOZRxcwjujvZrrOBxpQgVHpxqzUmZh"
    "begMUxsmYY3OSH1Sf+bqIKN68DN5b3s51QdRVtuRVNmD5tOkW2HK5Jonpw7fwx3zJluG0L"
    "t05tOF9jy+ogmaWe5ULo/i/Jg1Q5gU4t9LJcSH7hJbhQSbu7gvTwMKB994JsGxtoINDtMm"
    "OGRZqdHozWSHz4+iADC0Bjjq2/OQBazitVtybEBpCpUoDqS2BGTMz+f0Ffm74KMAhyqCLm"
    "gmcqG4C9JYK2//cSuXQGi3h0JRkC7W6bD6qg49FHiqXUHA84FKV/JaTTrn4hon2eCZtr9L"
    "lXYjOtXWAgIsRE0BLjGKNKYTmmZN3d7EUgXt7d3SYE+8ubx5Qc+PnD5fX93iEXD+kg7O87"
    "WdmFrn+pgI1wfO/8TlsJ1/AWBg+6kEsNTVL1Dun6E0NDwOTtA0nKHtqAOhoVI7AZrOzjGW"
    "G1rBhbo7AVqBAiGSvSLgpEq9igWgtkKUP0Dg3RC4oP0vi7yWz3KbLeFcCqf7/niGUhfkRf"
    "c1bwiqAXpsKiPfz618fE9h3CuPfh4tc3iS389u7jj+HwGOxXt3eXKbjpEWJq/A8JyBNEtZ"
    "Rl+sZQx4ZmefOxyNiSj3qCSKFeAXX5fVxA2rdyZPVv5S/IxnSyTWT3FKmKeG2PrJ7176nE"
    "hfxPrJsqWl7igoSKFqv9GPkDHG0ORSVkZcLDKroX2vHdF+djxhFTYK0BK8iSrApUMjOzk4"
    "dJMU6CYL6KmG2UH93JNTYjc6S9YAdX/R5/ohP9wubpK1LcgAJ1nX5KqCJWn5DtEAuaVISA"
    "F3zGvoLG6hzTL3NCBPqgFGI2+bpkOxmx8Z99K8eRQGxqQ4sJjgv6xrjyQus1bFu1lZvE8W"
    "xxPEJwa1hoK48NKlHhQKdijI3AHrF50YFXCjV5BVObeIs3gM2FjCBOYEH1R2J8B+iGDViN"
    "HAe48BkBi4DgGHSGAFoGiyUYpODd1nOerPASgCZTC5aACcPgFdFHrSrG0oe5M/C7HwD5O3"
    "idIYsHPARIgVfoAAPpJrSRoSLWW+goUBHr34DFoysR64rBGzJYhaw3ELIeGP8ka6snqHqI"
    "9RZqqyv77Ddin81pXhDInRLSnpi4uQyRg1ZLfzGQqaYgmx2SoFFJNwJUuaYlB2qcRJWfWJ"
    "9xw9dgFl/5IgnIZlXerlbzdWzplk67iX+062tQ8OVYA7xfuOnhx3C2bq3hstjGv93qCU31"
    "WbfeowVVyfO6psbuDotsXEZynAoJ7dIWOiyw9Eg2M6y1XWSL4obqb2NI5U3Bei1ANhjfWP"
    "/TxrA9PC2Tt5JWMmJpK6dpbMWhngU5QVWiPNt22Kcby56XQXd0XtBa9lygaxvYle6UnCLr"
    "3SZxWArqAqQzQOfEia8JxW92KXe2rCI0DDvwt5eFN0bSO4C3Yv40MAsoyekwVVBVO0nWy3"
    "251La8puF3gfIbQliDfvY+NlXHQC+rnaUWXIWGJ8kGKhWDNnrdeiYZ4MgrNNrErBrnwgta"
    "3tN5+mNK2Gp0y+rjFmn/sQ+/QPePj9qJ5i8tiPZWAq3lVBkW2AOUarVFH6aJXpApg+6KoI"
    "dWgXLVLAqKWbTd4rIzSb9+g8sC0okloA3H92/ZnpdZtuf5y/Y8s2zJZIJ1DM0cc0thTaEM"
    "bYOVhUIedLayEJM0XU+E+Q8mgTl+hThRCuwJo+qsVCoC+/3d58vba/Dp/vrq5uHm7iMHfh"
    "Uewm8mQb6/vrhNo0ys6QYwx6kUziVwXkCb6pCSdpgEUR+y8Rs2wvj4NWuCaRniZS0wiaVW"
    "wf4SeaIrGhKSru+OaSqlbC76DJuGLSpJK4VT75Zmsp6GsudttLZ4KFFVW15P466U5bMVlk"
    "8yp4+6fskLfYrdHhbaP/lADb20LvrpEk+/lQCod6PR0dHZ6ODo9Pzk+Ozs5PxgFQmVvVUU"
    "EnV58yNTBRMS3/owKQ6ghGAdju+fAaR+q6jjjf8P6a4mi3Garocm6PqDIkLQ5PTEJJVa1O"
    "sXNT0fRIUQCkJPQoIGzdHO0qECazNG6S0U2YRLk0DBOv7nw93HPHvHiiSdB4Z1F/wXmNjZ"
    "mjo4+PvEs3iFGTD2sOliy9lnj/3HthhQADiDKGFGzZQmTFchHCZzu9gE6dKERNc9294oRy"
    "9F2r9WWD3L0cvYxHaT3BBVIhII+IkyRfnifVQWqZRwP3jyjtEBfPLenaDzJ+9k9A49eWfH"
    "B6ffAQhsRNea44LxEkAL0FdAtrkEe2cH//MGEBsY2GFPNUBQXvt7ShKU6eCNQoCjz5DhUU"
    "0RYDfbT6TRJ6tEjXYlaiATT/EYm9iVSthIkfVQRq4rJqZE4HB+WeOdBA7vxlm1larG9PEu"
    "3XU16cLpGUIF/wbw8+OBbxKajmwXT7AORW138vmQP0Mf3IpN82Nhowni8jCTdqVSGASkvf"
    "gkGkhmcFzoelJgRxSN2UQGgaSHwl/TuTi9UNTcRE9M06qa6m0uQKV6tzVRekpVROq7tUW1"
    "kusz1wVbaba4suPgqcWEOiJXUihLqAoLqQpYDaGa6PJdFtYEkcJVgGsyZE0OXiGtQrlEsb"
    "GoI2bFWN9YA86OQVw21jf5Da8vNKYKudVWyC0Kps7fMWoAuteBrmm0hXtmCdRjslcda5uF"
    "f17oOvG6KLGVxTorryaApj8DfPx8e7uranqCdS/wPIu/jnwXNKbjtew3ut4XfWchMIYO1g"
    "GbAkAHrGZBBvMFs84PUcYEwJZ/JQjpB3tP3smYuZFPT8YG/RcdnNArRycnzNV8Pn7y3p2f"
    "vXuT9UQ3+Fzlh26XH1rVYghtemUC2kb5AW2jDpQH2KVbv3a/w8Ibm9iZ0bPlBdm5RatyN4"
    "g8cmVPyWqojk4kY7lDgub8aFYQMNDAUi6zUxzm7xSHmZ2CWCa2EP3dC1Fdhoc5NM3cdZym"
    "bU75P9zu6j0anZ2uFi77o2jNPny4uL3NLty89ojFkEZUCszO+dMNG07crvrSIxlb7jDL0C"
    "kToOAYU9UtG4u59FVgKYUtolCLd739GgeZPvVYWG+C2TqGcWmLX7S2Stj5ks0RKgLcy7IU"
    "aXwzx08ZlFXB250UvIWLBaHPqaHiykU0U4+QTyxS1WO9LFKBEaWGgiu/+DP1FSgX68+o6n"
    "J65JN0zzC1rcIhEbx+X2wBvB+gtXwk7N+Sp4rf5qpzVu2CE4W/mJZybkWvabNlhwwtLmL6"
    "QBKbc4F1C2Iajy8zaj7UwYm0YlUwiBELHa3uzCbedBbxSgtFWWFgAb2upf01ie8pmIT366"
    "qP7WW7m/WB96t3LbsA4pBXZ38wjfQiWOvYDQ+SHI9u7JxZ48p9iY0s5cMNCACZsOzdJA5/"
    "c8DUwwbaB59CD0Q43gHQRnT43OPPF/tpa5xb4Iv9TRBbYnnzMb37b+Wn3aGfNmBCeWAjAm"
    "VOEbm0WmjMFuSzdNqarTJa8qHvZm6Dymj5FrleJqMlCqeQ53uaVmWBtofR2e/bpjzYrCpU"
    "klJxuc1cDk/gsVR5miSVKn1XsvQdV9qyOOcXvlsRqLJ3iQ+qjrJ3Kh1rF+5sldGy1YyWVZ"
    "7WbvIsbvEE5Vbujm4Oi0xxJh3WxqrdyrRV1bS10x6FLUpB2ELPbM/AKNgny8Ibp1GxbiVi"
    "3RxiC1Sh3G0hHN6cWHDQ4o0hIxNs7YBKxs7V4SqsGDzXKVdh6l3TrsLocC7yGMfi8NIOQz"
    "YBp8/6CTlV8vSvyUt4S6bYumIZbSKxZHWzWCxhw1YNG8v5Bx8+PABGARz6Pvvgnrw6wCAe"
    "nZHlXlKhBLB3eGviOXaBiYwpssHegv7Dy2ICaBmA/aWbdKN2c/I5t/AMJTi1S3DinNL4u8"
    "kc8Cky1f5hvYHG/wrkoU7TKaxLYE03LW0GHakOxQmiHkqtW4C5U87ZHYhGvTDjo68LTKfb"
    "gMtJyh46Y/vEZvZq3nyzrzlJqrxybeNzcxryel3plujPgzxdid8crteVzHDcWl3pi02s6V"
    "uuxfA6SUw7CTWU78EEvyDwyoZwRccBbGKu2fgqDFVCweEJmGPLc5GT1ZJqn72CftQmUb5F"
    "FtG6xJ58HWoCsenZopr8xTUC4nS9seTVUSWAfSb0NKHfExYUvyk+i9K06jBSh5HwMPoEbZ"
    "ey/Yqr16IDKTmg8FBa+EM1PRqrfIuNbffbLm8WGGCkCj4kiNSZutaUsFsHbqvsNIelOkMc"
    "FnSGOBQ0skG6jVxpm1iKrIdoj05OSqBNR+VX7WP3BMXOBPJgfjReRNGOcDz2vN6E49FzmG"
    "piWXZcEmIiaOXEMKyIUhwZU6ptsSLc0psF/fLu7jYB+uVNuiPZ5w+X13TT4Rygg7DvNhUU"
    "+O+USVhlbqyX48vk69jE3ZDrSUqlrLVNWcu0hNysSVuKVPG5zXzuWN7GtqSUbag8bbF9IN"
    "shFjTpRwsvdJ21KRYZQLKjhoVWkGC8xlVpGFG0xhZyiaffijnk3Wh0dHQ2Ojg6PT85Pjs7"
    "OT9Y2UWyt4oMJJc3PzIxL7Gs1xtN/GsaE3lk1KAUWfO60G6OiK1oPQvPpkOkrCoxErWBr7"
    "VZyYtBfQ136bFqozrWba14ymQih2qcRGG6PiGS45XFd9ttptqGctkMyPjyKlF8VnX/q7f7"
    "3440IZt8XV54lC02/jO3e5dg1LBQE2LjNZghaI0i9K1oQVtzCvOEIh7UJaPeJKmUp6d2ne"
    "cFmnjDwKEUaQ8dEB2RyqVslMrP9C0pYzZ6Ic8b1o2KUyr/Q5u/bSqpyTYvipMo1VCgbi/o"
    "03S8gKZkh8MUmcJ2vdq9wkyphiVUw/QKW98ann/rCtsynbNju2KblO57NKHHxeyRnshCdT"
    "txf1ikaNv+SKoXh0OVit2lbXRYoGJznkpHrCapVOT1Wi+W0qTyoe+vJqWSutedrm3ncilV"
    "ynM2q6LuKFW5E/x1kJPbjfbz55v3eVkdTn4zWs/Dxj6j7den6xc+9HkV5wJ/02I3qo9WDR"
    "oH8yA9RLN1E9z1ftTE6mqX3jFn2NkDoc4R3BsW6RuxzpeaHadYW4fgAoTjgeEhMEYTunpY"
    "+6XYlGCPVQUw4HII2P/MiGe/2QePMwScV4QWdAad2IZDqQYpjtU8/ZP1e4xuP5xao1P/Dn"
    "gFPfA6QxbALntd02HP/B4sPGcGKGT4BdlLwGQnViSOOMgnqVzgQGlZW9CynulryehX4fge"
    "pgLWX9aVfhabJEusqPoXKdgn4WuyYQ+Tiepg0hEO60yeM00kSiUoyh1N0DWYPrq60tn80b"
    "iAJecBzBAqX9V6XxVM9l+vqt/0spt7Wr/JrrQ26TgPCNr67BHZ84FAy4ndLdRzHD5Oc8OB"
    "tXpVfhuE8/KOvemmsKnb9L+vdBnOXH+g0gwa878EXCjteQnG91AzqL+rRrCks3uuSWDOuo"
    "1IUghPGE0HMS7A9P3d58vba/Dp/vrq5uEmCBRdiYb8ZlKSuL++uE034Yo6BZTdGSIKJTyU"
    "aLgVbM9V00uqtcBoxyJe318rWlvtEhc4+FeI1S4VSwzxAWuEBr9Fhx6NVdEYXfrWi6QB1m"
    "NFQhgIhvcu/uK4TG224/zSbMeZymyq8l3MAHteygJ7XmCCPU/jqwzcWzRwQ8OwgyofZfGN"
    "kfQQ4lGp4o2jguKNo2zxRhO62PVE7X0L1IU4kVIYyigMJrGmG+Acp1JAlwGaLJBFH68xD7"
    "TU3pEhVDtIuR2EF/mXQXpF0EOE67fmGPgF58Zh5YOcIush1PVIHAU2iBDCGuwQ72NTdQz0"
    "skaI1ILLqXKRb4mIF0UnjrjnxWVA+cPP96zBZwBoTgqOP0uPEE9sCzMyRxpD3K2I0090ol"
    "/YPH1Fyq+9YhOz6oritWru6TwlkGpn4EQxUK/0x5HXiiB94ZP0dS35EGlTm3iLWoD6kc3U"
    "J7QaMChza36+OTk09q83JodOhvURtpfQwTpg48Hek3dyNoFP3unZSH/yzk4RolcmJydP3j"
    "E6Hz95787P3gmaHm82hTJVt8tUPWZcXLXTLiuMJ6l6Z7g+LNdUpKCniDJcN9uyhXsMOUoS"
    "ICeI+oh07SbsCbFZ90OqGRmeqGZDYaBnllg1Cykf7MnQG3sOtoQuhLXAx0lVkK1MkK2JoS"
    "NXuS5GosrWJdiwadm6jFGrjNkFzxcmYpGnXHGpqN0wIfwmMWEHj4dy5oUonLWqfSERQNsX"
    "rCoqhLGY0RldTAKIP0Br+UjYvyWNsY9sos6J3AV2WP5eWkobXr2lzRYeMrS47OfDSGzOAh"
    "ZPE+IbWG9X7AnuxTXmYIg7s4k3nUWCYfg8YQgava5l4E56SPEEaX4yZw08vqWzXb9smCzQ"
    "KT4n3rQsrxnYHOvN+R3xS5LpxSYek7gDkW2HXR8WGnXCETXnE0xDCx1dcrbLa5OkswqUCa"
    "ZJE0zEhwy2xbmRCUJVXKbV2ZHIMjYqIBSRKQa3msE6XEAdu4LA34c5NM389icxuj4lUhyN"
    "zk5XOyX7o2iTfPhwcXub1b3HhNUhlkU0omoOz4P2g8nPfbkcnzhJn9bmtpJ8VqJVxeiafr"
    "pSh6kAm/jqkk3zEWZlVzRX9DMje7sO7Hi3I5GWk+qGVKDt8KAWGBuq0qG6tCsOCxQcj2rf"
    "sg7QOE3v/Mv1F6Y1sLMw4VKThTlN10MvaP1gL6DjvBK6d8rWW84Q9hDu0clJmZD8k5P8kH"
    "x2L+WE0138IljYhW7PiEj5mSX8zBCz3vMmmWKRz6xY9coQKw0skTOls7Y6G3XcStOqWmit"
    "NgapOvG531N/68Svjnd9Bq3pRuzPmaKH66AjfM/93DcKSQnKPVc1VEiVxm7nNt/CZKAuAs"
    "V1bqjrdDVUzQb6hGyHWNCkGxS84DN2d1cpBq3h1KnOYLR1SyEHLM9MGKK5zkZoh+PWJrnc"
    "WQiw0YBMeBF3Tg/maD5G9hCMiWcZwCUAfaWzmEt/iE4WCOwZZE6B+V++UPYXS0H2S81zK5"
    "Nlu0yW4SIra9kJx2/LoLM7W+WojPlslG8+G6kmWko5ivFuLFUaLUnVnLl0MGjk49pChzpe"
    "T1DOzZ+g2chi1zLRue6GwAZaQHuDOusZOgWuANzd1YNpG7Jbzt7z5WepFRwnURFA6yOAOF"
    "5ZfOXr/KYCJzqGctkQoPjyWt/Mejf1i1q2SdRbvigrOtSxeNNlkPuJcEJsKoFvJA3UsYAT"
    "k/UT4Iz4JF2Da+sWrQfKtBvrlujPgzy7VmzIcL11y6GjNWxpZjh+rZXri02s6dvQcQT4kY"
    "FsMCE2CIOoWGtB6IIZfEHAIiCIsssatTaf6sl6sr5gulA9F2B3CJ7o+qYj6MyUgr0LJUPh"
    "6KcBeCWeaQAXmSbvu+i6lCX0Sa8zrM9iz0JfseM+WXue9Uz1Sgv4V31iC71QCjb3m31APx"
    "xkgPESQDA26bIGfGkz4xx7rkXsOTSxQ4eEcw+BQ56sV/oufJoFIguT/l76kVFSl3CycCwY"
    "k69gzyFzblZw6DNCiN4A7AQ/xHHpJ2xUNeaFj9T4YBl5OEupwuZytOV8s58KflHBL8obvl"
    "1v+DbPZD9HXHASr5LH88/fVb63ijzvlDZetJ/vtuxWi47O+ss4O8QW6DH5hqRgeG/OxHot"
    "SFvbLpMl0uqoRFGxBVWnalGk3jVdjSJWwSVZjkJQbiJdkSJenaRa6ZFV7Eb+sYip/CRM0A"
    "ruFB6MlG/sTItGrlVJLwCnAT5NGCLh15oFPO2PXuDXDLgEexcHh6M3dDKbzKlupc8Qk/be"
    "YqoXRhl5gOqgMKOwbutBVDOE5jO9sw8+eiykw6HKMFUEOeXvPmhXvnb8O9Mkmbq4DBRBGy"
    "0Q1ZBfqTbMZg5+BqQ6Kf0NefphrCwHHcX+46A/VF2OnQoPASOyikqOQwqKfNQJ3aS7lnwR"
    "gkzZSAsFdNFKyAT+aOVXEnhFLb7tSMmuK4oeZpWV6XWW3+ks0+dsYWNiY3e5SYR+krSHQU"
    "hdt0WkXN6uJ9U2KaJoLJZv8AqxyzjSyKdUf3FrHZqmtLV0RdQbjbAOKyl2HG+j0MgEodqU"
    "Wr0psaW/WfxrnFAZwdvMY16bbyMmJykVl9vM5Qm2sDPbiM0pUsXnNvOZ2fOkY9cTRCp0Pc"
    "cZrwrUbdOMkKyBLweukFZFsGdBDpqoSYGboFGgCvpuRCZ5OWSzhLXA23lTd0HUuqpbGRNY"
    "aqhbmb8D1wDyRp1IWrZZlIVaeASVCLV+XTXtrGVF9xfgxDGUAJb+AvDx8+2tXHi1cP/O8u"
    "HOQo+E/lOSC3KVWVu1c5dlRPbUKlESt1qsXNyLPciNDQgHDAtj5/hQTY+N3VbXCuZmVX5x"
    "5RdvxwZb0i9uQsfV5JzjcZLeuEhq0w6UrUApBa06v6sUs99mRHwgwAqO90i0Xd9YPJKn6z"
    "7Xo6TTIH5Fne07DZhXYUeJWInTMrESac9ELFbiVDUCb7L4DZkvbDRDliNfLTxDq7okS1QN"
    "303Zodat7x5IuS0zZG1ZyN1ZzYu2Ld3qRS+E1u/dKBEtW8OVdYgytthYX2lujKtY4DZKDO"
    "oH1vW17a4rj66ejvJtNW4L0+nEr5zOqvOVTVFaHYNe6BLKa/eccG/EsuzC60FeX13NnuO7"
    "VK7GvdrE8tXu4OetNk+Vkd4peWNYpGAr/W+LjblsNMFSVXMiih4CXCbnPz/lP5PxTxZIVB"
    "QnH9wVQYPBjwfvvjs4GDQCb5k+Z/ldzjI9znSTCHs4FBRHXlE0CPDhWVcBNj1Ln2k8vF4G"
    "5RRZY4VmB4ejbiONLKmCvgmiBlE+6irKjklcbY4tzxVtG8XZd2na5sxvRx3IwnMQFOnPay"
    "ANiZrDctR+KLkMoBlw6WhwhqBgRyhGVUTfHMCH7QfYFwIqICycoEGIj9uPsY1MBB0kzPIq"
    "6AmToGpSBj7v6pGm3EgD5fNog/lS1udRxi7PNlrPrtp57sqfpUeW+bRMW7U1H52iR4sxAU"
    "+zrp1OQhTEoNeCUSz2vY9QxR0tGyPVtwwZ5SjsmKPQd5NVchfGJ8p1FgZ3a3YZXiAb67OB"
    "wFsY3BkWOQphNEa5CLskng8LXIQv9PQSpormq5oxkj76sU7KqJl0VL4v6ySjarKPSgLhYH"
    "gP0T08KFcQrqgiXLYkHKGCkyjz858Pdx/zAnBXJOlcMay74L/AxE6HpVYRuAwMNvMqADfE"
    "dO/Dxa9puK9u7y45OLHaNmyCy0briQsOs7/+Hzj1p2o="
)
