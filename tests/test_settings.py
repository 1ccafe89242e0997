import pytest

from config.settings import Secret, env_example, load


def test_secrets_never_print():
    s = Secret("hunter2")
    assert "hunter2" not in repr(s) and "hunter2" not in str(s) and s.reveal() == "hunter2"


def test_defaults_and_dialect(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("QIANBAN_ENV", "development")
    s = load()
    assert s.dialect == "sqlite" and s.database_url.endswith("data/qianban.sqlite3")
    assert "hunter" not in repr(s)
    monkeypatch.setenv("DATABASE_URL", "postgres://u@h/db")
    assert load().dialect == "postgres"


def test_production_refuses_default_secret(monkeypatch):
    monkeypatch.setenv("QIANBAN_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(ValueError, match="SECRET_KEY"):
        load()
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    assert load().env == "production"


def test_env_example_is_current():
    from pathlib import Path

    assert (Path(__file__).resolve().parents[1] / ".env.example").read_text(encoding="utf-8") == env_example()


def test_test_phones_on_in_development_and_refused_in_production(monkeypatch):
    monkeypatch.setenv("QIANBAN_ENV", "development")
    monkeypatch.delenv("TEST_PHONES", raising=False)
    assert load().test_phones == "13800138000:246810,13800138001:246810"
    monkeypatch.setenv("TEST_PHONES", "none")
    assert load().test_phones == ""
    monkeypatch.setenv("QIANBAN_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    monkeypatch.setenv("TEST_PHONES", "13900000000:123456")
    with pytest.raises(ValueError, match="TEST_PHONES"):
        load()
    monkeypatch.delenv("TEST_PHONES")
    assert load().test_phones == ""


def test_production_without_keys_refuses_to_start(monkeypatch):
    from api.app import create_app
    from config import settings as module

    monkeypatch.setenv("QIANBAN_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", "x" * 40)
    for name in ("DATA_KEYS", "LOOKUP_KEY", "JWT_SIGNING_KEYS", "TEST_PHONES"):
        monkeypatch.delenv(name, raising=False)
    module.get_settings.cache_clear()
    try:
        with pytest.raises(Exception, match="(?i)key"):
            create_app(manage_database=False)
    finally:
        monkeypatch.undo()
        module.get_settings.cache_clear()
