"""Numbers of the staff sign-in policy (issue 3), in one place."""

from datetime import timedelta

from usecases.identity.policy import ACCESS_TTL, APP_AUDIENCE, REFRESH_TTL

MAX_WRONG_PASSWORDS = 5
LOCK_FOR = timedelta(minutes=15)
# Staff tokens are for the same app audience as citizens' ("kind": "staff" tells them apart).
STAFF_AUDIENCE = APP_AUDIENCE
STAFF_ACCESS_TTL = ACCESS_TTL
STAFF_REFRESH_TTL = REFRESH_TTL
# Blind-index purpose for usernames that have no account (models.StaffSignInLock).
USERNAME_INDEX_PURPOSE = "staff.username"

__all__ = ["LOCK_FOR", "MAX_WRONG_PASSWORDS", "STAFF_ACCESS_TTL", "STAFF_AUDIENCE", "STAFF_REFRESH_TTL",
           "USERNAME_INDEX_PURPOSE"]
