from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "window_group" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "name" VARCHAR(64) NOT NULL,
    "prefix" VARCHAR(2) NOT NULL,
    "opens" VARCHAR(5) NOT NULL,
    "closes" VARCHAR(5) NOT NULL,
    "lunch_start" VARCHAR(5),
    "lunch_end" VARCHAR(5),
    "slot_minutes" SMALLINT NOT NULL,
    "seats" SMALLINT NOT NULL,
    "opens_days_ahead" SMALLINT NOT NULL,
    "closes_days_ahead" SMALLINT NOT NULL,
    "release_at" VARCHAR(5) NOT NULL,
    "center_id" INT NOT NULL REFERENCES "service_center" ("id") ON DELETE CASCADE
);
        CREATE TABLE IF NOT EXISTS "slot" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "starts_at" TIMESTAMPTZ NOT NULL,
    "ends_at" TIMESTAMPTZ NOT NULL,
    "capacity" SMALLINT NOT NULL,
    "booked" SMALLINT NOT NULL,
    "group_id" INT NOT NULL REFERENCES "window_group" ("id") ON DELETE CASCADE,
    CONSTRAINT "uid_slot_group_i_f81201" UNIQUE ("group_id", "starts_at")
);
        CREATE TABLE IF NOT EXISTS "appointment" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "booking_code" VARCHAR(12) NOT NULL UNIQUE,
    "status" VARCHAR(12) NOT NULL,
    "idempotency_key" VARCHAR(64) NOT NULL,
    "active_key" VARCHAR(40) UNIQUE,
    "created_at" TIMESTAMPTZ NOT NULL,
    "cancelled_at" TIMESTAMPTZ,
    "cancel_reason" VARCHAR(200) NOT NULL,
    "citizen_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE,
    "for_citizen_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE,
    "implementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE RESTRICT,
    "slot_id" INT NOT NULL REFERENCES "slot" ("id") ON DELETE RESTRICT,
    CONSTRAINT "uid_appointment_citizen_a5b79d" UNIQUE ("citizen_id", "idempotency_key")
);
CREATE INDEX IF NOT EXISTS "idx_appointment_status_aca7a1" ON "appointment" ("status");
        CREATE TABLE "window_group_item" (
    "window_group_id" INT NOT NULL REFERENCES "window_group" ("id") ON DELETE CASCADE,
    "itemimplementation_id" INT NOT NULL REFERENCES "item_implementation" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "window_group_item";
        DROP TABLE IF EXISTS "appointment";
        DROP TABLE IF EXISTS "slot";
        DROP TABLE IF EXISTS "window_group_item";
        DROP TABLE IF EXISTS "window_group";"""


MODELS_STATE = (
    "eJztXW1znDi2/iuq/nKTqo6v3X7N7K1bZTvOrHecOGU7m60dT1FqUHdzTSOWFzuevfnvKw"
    "loBAgadQMNRF8yY9ARzSMhnfPovPx7tMQGsry9c8fBpu0vke2PfgH/Htlwicj/iG6PwQg6"
    "TnKTXvDh1GLtYabh1PNdqNM+Z9DyELlkIE93Tcc3sU2u2oFl0YtYJw1Ne55cCmzzXwHSfD"
    "xH/gK55Mbvv4900zf/RDbt2jTQ0sE+svVX7Qm9jv74g160DfQdebQx/dN50mYmsozUK5kG"
    "FWfXNf/VYdeubf8ja0h/y1TTsRUs7aSx8+ovsL1qbYYvN0c2cqGPaPe+G9CXo789giJ+3/"
    "A9kibhT+RkDDSDgeVzYEy15NpI0z7fPmj3Vw+aNpKAT8c2hZ78VI+9/Zz+hHeTg6PTo7PD"
    "k6Mz0oT9zNWV0x/hoxNgQkEGz+eH0Q92H/owbMEwTkCdYvxEnk+QM1Ae3ssFdMX4ZuUySJ"
    "NXyCId49pdqJfwu2Yhe+4vyJ8HkxJc/35+d/nX87s3B5O39IGYfCrhZ/Q5ujNhtyj0CdSe"
    "D/3AkwE5kagH3vhCCb5sYFH8U3qHcXZxkQBbINoU6smS2vq0PjmqAPnJUSHk9FYacrJLmM"
    "9IFu201EZAR3O3i4vH0X4FlI/2C1Gmt9Io6y6iSGjQz6P8gdzxzSUSI52WzCBtRKJ78f/0"
    "cYKTFzRubes1GvIS6B+uP13dP5x/+kIft/S8f1kMv/OHK3pnwq6+Zq6+OckM06oT8O364a"
    "+A/gn+efv5isGLPX/usicm7R7+OaK/CQY+1mz8okGDm53x1Ri19KhDW0eWtdm4Z2RrGPns"
    "F7fjge/JQMeYVBhpjUxlD9syC2lOsL1Na9SOljDZr7KaklaFyym7l1lPQ4NEkzIq0kLrjY"
    "s+LJ612BcJrjPsahthmxdU+ArwNZeOhaiVDukvkYNYKKtQFqDsWdiXw5aTUIhGiFImZ/Yk"
    "pB04PigN8EfsInNu/4ZeGc7X5EfRDU6Aa8RwXSY99QziH/Eciq8mGpYLX1YEWGbXIQiQ90"
    "Z+qBac31+ef7gaFS3BCt8K+OZ3nvUY08+9BnDvo24Giiy3KKYgvSPq8t315cOoZGurAd1r"
    "Hy2vc50OFGvh5l6AOl2Yp1B/eoGuoaVWaHoHT3Dmyqpt/tZyssxegTacM5zoC9GfH59FBP"
    "7iHnleCED+qIK7PS49qiANNY9rue6sYnQOPDJxkPHOtIGBnk0d/QKwjUjzpWm9AjwDLpoR"
    "Y24BfPyEbG8P3KFnxm8D0wfINjyAnpH7Gt4GpBfT3xtlhq+5pwhOVLY5M/n69fqDxKFJEJ"
    "jGHpVphtAf/c8ssHU6UoA9if5z9L9NWZYlOguzIg9DDoC37tmrlx+ihKMtY7UnEoMz1w8q"
    "mesHJeb6gcBcV/TnT0h/WtDztcDbaNyzsgMc+Z6MdCX+06Vb4UYDnZZULHf3R3kDljsnOL"
    "ht87DKWfhh8Vn4Ye4sfFcUd8e+n9q5QR/OZpLkICeiIO0kOdgxhJviBtlMrIO4ov2c6zoO"
    "+jh/K/NX3HcrxraYSeE3PWb1a6HVnwf/IpL/+NsdslY0lRj3u7CvB9pVfzXWHPA/muSd4k"
    "VAwDlx60Mx38QtR/W6xSrH1x06vjoEH6Sxd5NRRDNig3N7rd8/kCGWh/gBfS+YwSuBQbhf"
    "lplvV/94SFluMYxvPp3/423Keru5/fxr3JyD/fLm9iIDNzGRLI39IQF5SqgWZ8yfDHXT0O"
    "xgOUWuDOopIYX6FqjLr+MC0aE5Ide/lD8j1ySdbcLSZUQVTddlmk6dthR/YsM6bcmxMFUM"
    "Wi5W0NOWUBQ4JmPTZmIUezYhCk3aVIwMh5gCaw1YkWvHtkCl3Ul6uZmU48RMW6jr5CXRlm"
    "B9Qa6HbWiRxR2esx6HOrlo3Jk912ZYoKlLIebi7690jmHX/HNovmUpxOYutOmW7pA3Nree"
    "aIOGrUkW8wNyoFsY58/dHZdxmUa6naIzW9MbG6YzJcNvaw1w7pDNW3/g7RN5LSlko/atRe"
    "y3hu3BSRW/vqwBw7n1nWSxFdOUxdhuxVB2bRfJpkI4q5QL4awkGcKZwGvSMH3p3B4ZscEt"
    "EgeVoC5BOgd0wRnHmmOkdqdyb/2YoGG4kUVSFV5OZHAANxIObZjPplcUUFrixp4WG+S6XE"
    "eKmhJnpxjCPOzSTjkfuK56BnpVj5zMhJOObyqKNtvSrB10pJnA+9HF1rZMAPMguyP9DIid"
    "a9T+jz9ukfXPffgltj/faieWv7QiOlgNtKbEZ8V8gDKtGjwHt9AzsmTQXQkMkBWoFu1XEu"
    "zXdcZlZ5p+/YSLA0nHEtDG7Yc3bc+qTNuz4ml7lpu2eDYzdRNaBXTLBSa6DrTFOOdkM4BP"
    "iXBTkzkeg3Z9Yi5ub29ozyu/iIvrrMPX108XV2R+syEgjcxQy88H5FBN0w9EmH+0MCw4V+"
    "CFMmDPqFRvtVIR2B9uv17cXIEvd1eX1/fXt58Z8CvXE3YzDfLd1flNFmVszzeAmZdSOFfA"
    "2YEusSEleZiU0BA8SVsmYUL82qVgOoZ4VQYmNdW24F+Sk+gtiYT00XfPLJVKnIu+MC3DFQ"
    "VESuE0uKmZ9gVXfN5Gc4u8IHK35fKQS9PZXLK+hoqUYj53xXziJXnU1XOR6xN3e1zKf7KG"
    "GnrunPfThTn/WRyg3k8mh4enk/3Dk7Pjo9PT47P9lSdU/laZS9TF9a/UFExpfOvdpBiAEo"
    "p13H54BEj9rKgXTP8P6b4mi3FWboAUdP1OETFocnZiWkpN6krVTUSu4qWFTfDmAZ2b0dHe"
    "q0cU1nZI6QYCxOGrhaFgHv/t/vZzEd+xEsnGmJm6D/4fWKbXmDnIZaycBqblm7a3Rx+7i6"
    "SVFKIUjZoLq81G0I7TcWO0g2xYLdb1wHU3iv/LiLYTANjqevPTxv81qeIL7G2Bpi+2yosV"
    "fpO01/JZpdfnC761EZhCz9QB7QJAD6x6QQaYvrK0vgmBRVP1sisRwwLePAbH0/foMTg5nh"
    "rkX7R/TK4cHpN/j9DZ9DF4f3b6/m0+g3CLz1XxG92K31CuMbF7axX9YlKsX0x64K2xy6OU"
    "2t01nGBKtK0F2fOfkVvoQ1y4QBSJqzyJgtSTOpY0rWOB9uqH2lFgQwtTucpKcVC8UhzkVg"
    "psW6aNyO92RG4y90toWYXzOCvbXhWgg2Zn7+Hk9GQ1cekfZXP2/tP5zU1+4lL9RHTOVw5p"
    "IqXATB9E9KCOsOHCmd/SQlD7npbo2HKbWU5O1QITbGMq2Ki9etjMBJYy2BIJNXnX56o2I+"
    "J1S7+h6AT9OuqtZxhX9R3i5laFemDpXBXbOmYN0Usoi29u+6mCsoo/3En8oUoJJuF7E1ED"
    "NXh1/T3saUhAbUnMJyi/kDfDLwKQP0H79QHTfyuuBN9YT71jIktWAfZiWuZAInlNl04+ZG"
    "i8WhACiV02CjThDtVSw31eC6GOVpHVUEWNqLCwnKO/cHEwXyRjpcXqh7A6AbmuZTn21GcV"
    "dTInvTr1DfuvtLufZOxX71p1AvCQbz/8UTfSk2DtYVy8TBacwnGr6Jrjt2euZaVzt0iAls"
    "uENkjj8F8emAemgfbAl5g1jtt7ALqINF8G7Pnis7Ua+xacn/0uqGAb5ff+Q52t7fBsrSgz"
    "eyGwhVnZf14TuOsEpMBNp9cMpErBXQz9sFxw+FEPHGPDUU9LqlHvyqjHGHHDnlPDkyNw+X"
    "HPyqrCCt0Z6Pz37ZIx2MyxMi2pRrnLoxzvwFOplLxpKeU9XtF7nBlteZyLfcdXAspzPPVB"
    "1eE5LqQtqlqzIlllf1U4gsyxDlue4ww6+nmcPZMUTTvZYq9N+sbfmDNUGPya3ByXUXEWad"
    "bFwFdFbW1Lbe00zV+H3MYbSDsdGCaK1snKwX+cjPJPquCf5GFXYAoVLgtx8/bUgv0OLwzt"
    "BW+l/Z3qOCrc0uGpV0eFmXfNHhUmm3PZiTHnO5U9MKQdMPn8OSGTSu/+NZ0S3uC5aV/SKC"
    "SRWrK6Wa6W0GarnIfVzgfvP90DKgE88j574A6/eMDAAemRxssRpQTQd3hnmUvTBxYy5sgF"
    "bxzyDyu5AKBtAPqXbpGF2i+IwWvgGUpx6pbi1KXy7zuOaG6YoAm/Anmos3IK6wpYk0VLW0"
    "BPKslvSmiAWmsDMPfqcHYHqtEgaHz03TFJdxuMclpygIexQxpm+mrBcrOvOS2qTuW6Ns4d"
    "SW/CzKEbrD+NimwldnO83lay4nZrbaVvLrbn75gVo+OAJuYEKwvlL2BmPiPwQpswQ8cDtG"
    "Nm2YQmDDFCwcExWJp24CMvbyXV3vsW9lGXVPkOMaJ1qT3FNtQMmlbgitKhlsd183KDYfLq"
    "iOymnwnZTcj3ZAoSlpTvRVlZtRmpzUi4GX2Brk+G/ZKZ16INKd2gdFNywqaanrRVZ4utLf"
    "dNp6SKCBipIP2UkNpT11IJqk4b50RfzYu+zI0+50fvId1FvjQnlhEbINqT4+MKaJNWxZnW"
    "6D1BgiqBPljsjZdIdMMdjz5vMO54ZB8mllh+OEprkSVCqghZ9SJk/aKEVeTGej2+SryOi/"
    "0NRz0tqYy1rhlr6RQpHgV5k2HOiKpx7vI49yxuoyktpQmTpyvcB3I9bEOLfLTwXNeRF75K"
    "lgDJtxqXsiBRe42Z0jCR6AwXogoM0XttFBgKr2lU5ZExgzJi7dtCu9kiGrF6nMAlTaRYFU"
    "5ELeBrOSt5NWio7i4DNm100zf/RJIxfGkhFbwnTp4ym8mhyosoTNcHRDK88vjKJ2Wl/RAF"
    "kDo49BDlqhGQ/PSqkDA0+sZrwPcy6Wmg0KbXwy5FlX5x8ffX84AMi2v+WVhxSdBqXGoJ0f"
    "YazAl0xhD6Waygxg6FWUARc+qSMW/SUuqkp3ab5xla5oaOQxnRAR5A9EQrl+Io1TnTz2SM"
    "uegZP22YN4qXVOcPXf62iaYmW3CGF1GmocDcdsjTdNOBlmRVuoyYwna92b3CTJmGFUzD7A"
    "wTG4e55UFhWwFbflXsktF9h2Zku1g8kB1ZaG6n7o/LDG03bEns4ripMrH7tIyOS0xsNqbS"
    "HqtpKeV5vfYUS1lSxdAP15JSQd3rdteuj3IlUyrwNsui7ilTuRfj6yGvsILo16/XH4qiOr"
    "ziAqJBYBp7VHZYn26Y+DAcK34U2JuWH6OGaNVgcdATpPukt36Cu/4cNTW7umR33CPo6osH"
    "5C5HAquDuzsuszk81k7z44a1Why/j+J+WTWrbMGkzG3y3xcyBRd+2FDZJq3ZJtEoVLZKov"
    "YDDKCrP+NsNKXz662FYcG8TUQyCM+oTA8xLsH0w+3Xi5sr8OXu6vL6/jo6RF1pJewmvZRE"
    "ad1dnd+oetiqHnZnNYaietg7VxcY+JeI5vURawx8gzVKQ5i+Vk/aKqayT996mTZA8w9LKA"
    "NR88Fxk0dV8hYcFactOMplLVBZIbic82dVskJMzkqyzp9l8X0iryY1c6P2g8S3ErwSOf2h"
    "YbhRBFxVfDmRAUI8qZTYZFKS2GSST2xCi937gaj0VYm5wAspg6GKwWBhe74BzryUAroK0N"
    "hBNnm8tsCBK7V25ATVClJtBWEJMGWQXgkMEOH62RzDfDYLzyiKQc6IDRDqejSOEg4ihrAG"
    "HuID11XPQK9KQmQmXEEEWDETkQ1tdLElCg65iIQ//nZH699EmJYE3t2Rfnp7yJpDPU30kh"
    "+HX7YE6RvrZEATUwCRNndx4NQC1K+0pyGh1QIDyOjXYv4vZmfXs38xK7w+bfkF9Ewd0Pbg"
    "zWNwfDqDj8HJ6UR/DE5PECJXZsfHj8EROps+Bu/PTt8LKjht1oXiFrvFLU7pKK5qg1XVnt"
    "JSg2MaD6plSC1JkKqYxnbzz7IjHoaSBMgpoSEiXTvnOMMuLeVAVFkjEAWglGY8zQurzKfV"
    "M59S9KaBZ9pCznct8Lxoi7CvrvQWd2iZ0JMLw+dEVAx+ahg2jcHPsRBV7OR0yfktrRuqhF"
    "+nOuzh9lDJJOT8D7flF1Iej0PBakuDkHPyW5DJVEeR5wfaUe9U7hLiTFjeefWW2cLOSa3s"
    "dElnhm9BLWdBuedsOWc/fl6lSs553/lsventxviG9HYV15Ye9Din3rTqWGdrc28w3huU7w"
    "4HvZzisbA/EnE79Pq4lNSJW9TsAD6PGToy5VyfBVpl3cAVBdMmBZOMQw7b8jCqlKCKlOt0"
    "JBWyjY2iIRMxNcCdHmAdOlA3fYGnZnmVRl5uSJ7vdRRqnGKaVEkW0URKVb3kwGT7vlxQBi"
    "8ypLnZVFTGSrXa0h1imEep44xHBD+7ZOMyOH7OcTB5xlJsZ8nQFedJTwNCvdkDbD51s8jK"
    "yaR2LrF2mFML5Jqq+JU+rYrjEgMnINa37AEoLzO48+X6s+wYpudY8FWThTkrN8BT0PrBdq"
    "DnvWCydsomj8oJDhDuRgqeqgqb7Z0zQ5MW0rPw3BSdmZWbXjlhZYGlglx0miN4o/ThWVmV"
    "N6nTZJBKelf4PQ036d1qe9cX0J5vNPwFXQxwHvRk3As/941cUqLcVdsSFVJ5vrq5zJf7oH"
    "AVPrcNchFXGe3nx1IOWssRQb3BqHECjAFWxH7FaK6jvty43drYjVsbAdoa4BnA5P+ZPFii"
    "5RS5YzDFgW0AHwP0nfRivYZNdOwg8MbASwLMf7OJsue8CoI6au5bMXHdYuLiSVaVsIjbN8"
    "VT7I6Cm1RhhSbFrNBEJbpWOj83dqqYfbNZ5FleM8kqubzMRkRUx1Tnuov2GMiBLjvvlAM2"
    "J6fAFYC7u7wUXUO24aA0Veq5cccWVepZyrOlsNSzsODUbvKodGyRqDeNSl51qGPyZtOxDh"
    "PhlNpUAd9EG6hjAqc6GybAOfVJOhdQ44zWPRm0a/sG60+jIl6LazJez255pLVm2poVt1/L"
    "cn1zsT1/F5+HALZlIBfMsAti3yAP+AvogwV8RsDGIHIey5Nam3f1aD/a30wyUQMfmP4YPJ"
    "L5TVqQnokEfRcihuLWjyPwggPLAD6yLABtAH2fDAl50svC1Bfcs9B30/Mf7TeB/UTsShuE"
    "V0NhGz0TCdr32z1APhxkgOkrgGBqkWkN2NSm5Bx9ro3dJbRMjzSJ+x4DDz/aL+RdWDcOwo"
    "5Ffi/5yIioj5lY3BZM8XfwxsNLRit45BkxRG+B6UU/xPPJJ2xsS+bFj9RYYxl9OC+pvMEK"
    "rOVi2k/5dCifDnXI2+whb5N7chj6LNiJVzHRxfvvKoxZOVT3yhovW893m02qQ1tn/elkPe"
    "wK7JhiIilqPpg9sV4GqbHlMp35q44EC1uWwulVioXMu2aTLHCJSdJZFgRZFLKJFvikG9tl"
    "1Fj5bhRui1FqVsG+mCRtXZ808yVpW3OmhYR5sgPqQKHyLOx21wwHQWbfXEkMMFDj4KTKQU"
    "xW4+YOYk5Ukss2T8Dx0nHRAtmefCRMTlZlAJSIiNmN70Hn5nezJ4w7O6XpGs7bH9M0X9aw"
    "fu27nvSKvVLCxa+c1cX5GgZpZZxCn05xuSb3WZTrP6ebx9cja6CuzGd8EotCFX2V46JYT+"
    "dLFCgea1gauVIYG4xSd9HMlDprSyQGCHAVprCYKMzxhLQcmnT9tJbrpo323/+yvz9qBd4q"
    "Qf/FIf+5gH/dwsLIrxKX6pVEiwAfnPYVYCuw9YXGMkjKoJwRa809dXQw6TfSSK4SbkqoRZ"
    "QP+4oyzZarLU078EXLRrmHQ1a2PXv9sAceDh6CosxqayCNhdrDctJ9KJkOoBnw1dPgAkHp"
    "zJYi+fYAPug+wKESsAXCwg5ahPio+xi7yELQQ8I4x5JI0pRUmzrwWV+3NMU7jxTv3AX6sj"
    "7eOa2vbZusIiqQMBCg6ysso0j5Vkh5vmruhtQ831EhMR/drZmeP0euqS9GAmY+ujMuI+Vh"
    "0kbR8X3aCscldPwzcsVxiMVqHScyRM64kVymjiBFfDHCUfMBottIIVjyRF8YilhcrpETab"
    "9c426CL3ZRmLH+AIkf/wGQX+E5"
)
