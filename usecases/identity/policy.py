"""Numbers of the sign-in policy (issue 3), in one place."""

from datetime import timedelta

CODE_TTL = timedelta(minutes=5)
CODE_INTERVAL = timedelta(minutes=1)  # one request a minute per phone
CODES_PER_DAY = 10  # per phone
CODES_PER_CLIENT_HOUR = 30  # per client address (an office NAT serves many citizens)
MAX_WRONG_CODES = 5
LOCK_FOR = timedelta(minutes=15)
ACCESS_TTL = timedelta(minutes=15)
REFRESH_TTL = timedelta(days=30)
APP_AUDIENCE = "qianban-app"
