from tortoise import BaseDBAsyncClient

RUN_IN_TRANSACTION = True


async def upgrade(db: BaseDBAsyncClient) -> str:
    return """
        CREATE TABLE IF NOT EXISTS "proxy_authorization" (
    "id" SERIAL NOT NULL PRIMARY KEY,
    "item_codes" JSONB NOT NULL,
    "valid_until" TIMESTAMPTZ NOT NULL,
    "created_at" TIMESTAMPTZ NOT NULL,
    "revoked_at" TIMESTAMPTZ,
    "agent_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE,
    "principal_id" INT NOT NULL REFERENCES "citizen" ("id") ON DELETE CASCADE
);"""


async def downgrade(db: BaseDBAsyncClient) -> str:
    return """
        DROP TABLE IF EXISTS "proxy_authorization";"""


MODELS_STATE = (
    "eJztXe1zozYa/1cYf7ndmWwmcRzH27u5mTjJtr7mZSd22k67HQYb2dYFg8uLs25v//eTBB"
    "gkJAw22ED1JbsGPQJ+j16ed/3VWlg6MJzTa8+dD4HjQMtsfaf81TK1BUD/4d0+UVrachnd"
    "xBdcbWyQ9hpqqDqxlmPHtbWJi+5NNcMB6JIOnIkNl67/qNa14sCZCfQP0FR0sIIT8J1imQ"
    "A1X0BjrVhTxQZTGzhzxbVegemcKs9gZb1Cc6ZAVwGm7ihgBey1f1tBvUD3FD9atybo2ahd"
    "qU/xTPiHB1TXmgF3Dmz0rN9+R5ehqYOvwAl/Ll/VKQSGTmELddwBua666yW59vIyuP1EWu"
    "IvGKsTy/AWZtR6uXbnlrlp7nlQP8U0+N4MmMDWXKDHwDY9wwh4E17y3xhdcG0PbF5Vjy7o"
    "YKp5BmZZ619Tz5xgTinkSfhP59/Bq8Waqerj00gd3o1UtZXgMH4Fhh3BpYll4tEBTRcD9d"
    "c3v98IEHK1hR9w88P187uL7nsCgeW4M5vcJHC1vhFCzdV8UgJ6hLLP7STSN3PN5iMdUTBo"
    "o5fdBefwQgR0NBU2EJYFamuhfVUNYM7cOfp5fnaWgvJP188EaNSKIG2hmetP68fgVtu/hx"
    "GPEJ7YAKOham4S5Vt0x4ULwEeapmTQ1gPS0/A/ZWEfYlkG+ugD9SfTWAezKwX80eDhbji6"
    "fviMH7dwnD8Mgt/16A7faZOra+bquy7Dp00nys+D0Q8K/qn8+vR4x86bTbvRry38TmjZtl"
    "TTelM1PbYQhFdD1CiuG5rjqp6zE99Z2gZyviacDjFJZbWNt8KdGE1TFsDmYGRKLpfFZRWt"
    "WI4vu2XdLxOEjds2L9oZds2LtnDTxLeYPRO68E9gqjwZcGC6gu2SImJQRm9ev/mDXhf986"
    "F93rnq9C66nR5qQt5zc+UqBfnB4wjBiuXr6StX9gsAS0L8ybIB0gd+BGuC9AC9lGZyZb5A"
    "AbqJeqoXwt/CQRRejV7R1t42WgkzthAA6LOB68/86+HN9e1diyA91iavb5qtqwLIAzVK9d"
    "WoJPL9gP7Tj8/A0FzIXTEC0J/9vka4q/qKAAnoCY5W24rhRyGbvLVoL9grmqnNyCfhZ+Mn"
    "MQOVo8THxrBYgY9Nma26uxiJgrVi4YqYdSUMRvx+2nDF18GTFCV4ifABKvm2PDs7Q1bMvn"
    "5coKl9vdvJsK93O8J9Hd+i93WCWBLiEfgqGMEbgsMJTUeSh+9+GVGicAjju4frX95T4vD9"
    "0+P3YfMY7Df3T30GbiRzGir5kQNyimgn2Ku5xx8MdairprcYAzsP6hSRRH0P1POv4xzSQj"
    "jQ6KV8BWyIOtvF7MGQSrtHle0e0nwtnmLNMl8nLAVZFNrAmbmnKss4UGs525OKbHwaIUUR"
    "9aFOLY5UkAepz7b1dY3hsmz456ZtzSZOJsRmtmbi5WOJvhiCPQdYs2Er02JyC5aa7S4AeV"
    "rCaBK7e5JmN9HpdtJ0crA9qmTTyStY5xG1g+aNM5V0sgQOdMRxA51E2MAr+qxcyAbtyzKU"
    "HA/b826WoAxWWIrFZHRZbPkmETG2e1lDqraLMOC2e1nQbffE8OJ7iZAXHboIQD0XzAxZ4x"
    "aJ80xQpyCdAFpgT91ispZO6ExOaKQtIYWKI3iK4Y2RNA7gdqbguHZKcFw7GRynwxXEWh/X"
    "058Sg0iTNXJdzrQsp6zK79Od/yGESdhze/9vY13VDPSs/n9mwFEBAM93w9Hz4GaULQIALp"
    "YGwIoQ0UL3VGsHLlgMqA4bxINy1dpwzPKU2th4TlFp462OotDmlq8aK1gVsliepKi5UmMo"
    "0ZVkgBUw8qC7IWigspstAyElAaHqhoTjZXcUbkdYaqjjHNCG7Zs3bHtZhm1PPGx7iWFrTa"
    "dwAjVDYEXoW5YBNJOPc4KWAXyMiMsazCEPDutW7j893VOuxf6AjZl4eejfofFNWIAaQV94"
    "DS288cwVF7oeD/NPhqUJzOVxIgbsKaaqrVePB/bt00v//k75/Hx3MxgOnh5p7y25SYP8fH"
    "d9z6JsmbMdYI5TSZwz4LzUbKQa5TQvUERNCMY6sG3Bx++wloWKIZ7VsEANtT3MCpGDdU+T"
    "Au3RrZmmkimwYDKHhm7z8l5y4dS4oUmHU0oz1U5jC30gsPeEawhsnGJ/Q/pqElKlGvSsBX"
    "rU3UoUqBK7fZJq1iMNVbCqXKxKH87+LuEqH9vti4ur9tlFt3fZubq67J1t4laSt9ICWPqD"
    "77GGQwky24NaCIA55MWwffP0+uKNfY43/i+YuGpejFm6BlpWi3dhh6DlU39oKjmotw9qtD"
    "/wAntTAgVCggNaWZ21g+Sww9haS0gd1NaGpXHG8X+GT48iNX5DwmYfwImr/E8xoFOalhMr"
    "DjX2oOFC0znFjz1GfSgMEWUdTCRcsblVJ3RGAe6ATbiyJhPPtnfKDGFID5MactD15m+bGV"
    "KmiM9RIzmSPl/ZFAv8ELVXYZJga2m+JxMoY82BEwV3oWiOsukF6Mp4TSroRXYZXBWPXAkM"
    "B8q7L97l+CP44nUvxzr6C84u0ZWLS/S3A3rjL97H3tXH98lifQd8roy2r1a0vYz4CIMRs8"
    "gXbbF80a5BEMIxPQSFRyEsvTGStuZoz18BWxjxKVwgROSyylPSgetMrJyqdUhwMFWvZQZh"
    "6AcYyllWinPxSnGeWCks04AmQO+95EV/DBeaYQjHMUu70/jdae04L3f0XrSvupuBi3+kjd"
    "nhw/X9fXLgYvmE575KhzSikmDGVwEkynq5khciisOtA7qtTd0DLQSF72mRjJ1vM0vQHW7g"
    "1mgbk6khJUc7x3Q1ogLnUtgiCjl4t1fahIHhdc9wmMAxPAh6qxnGWUNiYmNLEBDDX4QLAL"
    "iRwS8svontJwvKMlvsKNligbZbQPzNT35PDUJ933CSCOU39GXWGwfkB81cjyz8N+Pg/pn0"
    "VDvjWsrAJh+mMjb26DNtPPiArsZ3Oh9IyyZcwBU/sODlb12qD3UwMTasChphYtoSHzR057"
    "blzeYRr9RwR+WWYkbXVdZs/G2rayGcIQKfQmwCbXEmrGItM3kRAgJ8zo5mKjQC/3CUmQd1"
    "cKp8Dm1gYXtH0WyAmi888ny+p6DAvjnegN9aSc9JUMfyd+kpOKKnQFSBVAissPro31egr7"
    "o5hRN0UGt7iiw1KYa+WQEFca57S31HrtOUkutV4XqIUYztiUD5yKGXn+8srSwgXB1GJ+e3"
    "jXiwW5gYTSm5XGUuhzvwOFc5SJpKxsJmjIUlSlsSZ3Ek7IZAxsFSE6qIOFiuwSKrNsujlf"
    "pXBodKwuqwp1W60SmKJ6yHhTfs8h5qVmak7z2cAmEqX3TzJM0UZ6BmVUzjk6atfU1bR63F"
    "VaEg2BJKnno6BGa+88DjNDLaIkO0hWPZHFVIuCyEzQ8nFpxVeGE4XCoKHb1RhHNwz/CNWn"
    "kImW9l3YTR5pzmLIxFgrCuQtwBoU96CAkVvfsX5CW8t2bQvME5FTyxZHMzXSzBzTaFybL5"
    "B4cPQwVTKA76nlPl2XpzFN3yUI84+wcJJQr+hg8GXEBXMYA+A7bybon+kHLfimbqCv41Md"
    "BC7Qoyikp4hhScqiU4VemY0yPnZ5ZsoPFnQX6oWTqJdQas0aKlzjUnVyVOiqiBUmsJMNfK"
    "OXsE0agRZnzwdQlRdztwmaZsoDO2SWzGn+YtdpvNNKn0ylWNzxUp1kDUoXtr8toS6Urk5s"
    "l2XckI223VlX62LXP2gWgxE8vD1fOUjYbyT2UKV0B5w02IouMouGOi2fgqDFJClfNLZQFN"
    "zwVOUksqvPc99KMqifIVsogWJfaIdaipBg3P5h1Hmp6lGqdrjCWviDxVPE3QboLmE+SUX0"
    "jfi1hauRnJzYi7GXGO/+XsSvxDgsXbEz6ZeK1qCQLpajzY6l+yxYyYksl2ngRXHG1DU1Uj"
    "5AY/rzEhNyvNgDtuGQyp1FMrt2XU1+gkY8O3sz1LRoANVtbrjhHDcUopDlZ5biNJLW/hlD"
    "iJjJLkZKkt0dMmcKkZOaurMWQS2+0RqBvMkjjnDj69gS78EzQ54pQdYfxg08TyILHNgG18"
    "VaxSEO8zmKLtYj5COzJX3abun6Qp2rbfEunFYVOpYtdpGT1JUbEJT3P772kqacdumPteal"
    "LFaFLSnb9td606lzOpUp6zW/68I1XlWvDXAY6wEubLy+BWkDhAUTEc9jyon2LaZk1dP+XF"
    "51WcC+RLU/W5AK0CNA7sQRpGvdUT3K1aBz26qqR3DIFmT+YjYC9aHK0jdvckTedwSDvVDR"
    "sWqnH81gr7JXXM2FJZzG307xsagnPXbyh1k4PpJgEXMmslQfsGBhQXn2sYDOnkeis+/jwi"
    "2fHs86phnIJpEYefy7rOsq5zdSQGUV3no4sL8dOWuRIDcxxzmtDgJy5OorbSUlmnuZ4mDe"
    "DM0xzCQNC8cbbJTpa6jx1x3cdOou7jcQs6HHuHYqoN9DKVG+il1Bvosfi+ok/LNXKD9o3E"
    "t+hqDpqu20gVzoNvjKSBELfPsiwQqJX4cL6zxBKBK9y7Hq/oWYq6ECeSCkMWhcGwzNkOOM"
    "epJNBZgLaWwESPV+eWZ+daOxKEcgXJtoKQ1Kc8SG8IGohw8dYceVpXqRJHig1CHs3TymGE"
    "KO5oHuGhMXlO5tn9vJiK4r3voTxZTDXETiY21IRmtO1mmtB8tz2zuB+dt46PT7+aal+87l"
    "V78sW76gKArky3Htu+WxfSCFQtI9AYc1HNew47TdU4k1DxR4FIk1AM3GzopsGbwJfY4glK"
    "OUCmiJqIdOHGoall42oLSObQPV6mQN+yDKCZfLiTxAzmY0RdFujhYnJY1br/9HRP1OkwKK"
    "s/GDFovzz07xAX3tMqdjIVBqM39hxoco1zW4GPkx4Q9s2V2uKuGVBz8uVLx0hksjTFhl2T"
    "pXOUXRDV1C/gyNHG1tNngjM3gWJ7YkaHpjUFqz0Vwlg01hwNpiLqMI9wR7UTuVMsHNwKzJ"
    "uvzHpEK8FXUG6ZU5GZrbjshs/LVGw5GeTMloTej8fUIRGN5jP1pVl5zZbP3oHfO1TY9pme"
    "auLxRy3HuLMZzmKzzmYEyqCbxthb5GEfpbls5DkU8hyK2k2KvLvjlnMoYjJl7iMo4vLSfs"
    "LQ9pMnAj8RZ1+MPEjb/R1vUduC01migFd5+nsVdk3B6e8p+6bo+PdGGHa7WQy7bIZnzLDb"
    "lf6Jg57osFjaYA5MB644KKfabhO00nibw3jrL+P5UoYoGpk0tD1pKNori0kbihJTaoZz1p"
    "gdaoQdOHWoeOm7GMt4rYRw/iezsng8oIoWxjH03DNrRWYrv6ukbB5eD7SBooxW18CGk3mL"
    "I50Hd1Klcy1qI+1WdVrj0yTwFbD5QZliGTFG0kAxsX15mSWo+/JSHNSN7zHOZjSpciAcNG"
    "8guqUECaEnutwijGJXfozk8K788ne8qjjtiw+y/fZ/ga8pyw=="
)
