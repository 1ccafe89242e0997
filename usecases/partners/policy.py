"""Numbers and formats of partner clients (issue 3), in one place."""

from datetime import timedelta

PARTNER_AUDIENCE = "qianban-partner"  # never accepted where an app (citizen/staff) token is expected
TOKEN_TTL = timedelta(minutes=30)
CLIENT_ID_PREFIX = "pc_"
SECRET_PREFIX = "pcs_"
SECRET_BYTES = 32
MAX_SECRET_LENGTH = 256  # ours are 47 characters; longer input is refused before argon2 sees it
