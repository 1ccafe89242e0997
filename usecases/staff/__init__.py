"""Staff accounts: sign-in with username and password, roles bound to scopes, lockout."""
