"""Partner apps: registered OAuth2 clients with a hashed secret and scopes."""
