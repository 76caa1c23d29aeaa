"""Expiry rules and host choices behind the share dialog (no Qt)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ossshare.core import AddressStyle, Credentials, EndpointOptions, ValidationError
from ossshare.services.account import Account
from ossshare.services.share import Limit, LinkTime, default_link, link_time, plan_expiry, split_remaining
from ossshare.services.share_hosts import HostKind, host_choices

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)


def test_default_is_fifteen_minutes_under_the_v4_limit() -> None:
    plan = plan_expiry(NOW)
    assert plan.expiration == NOW + timedelta(minutes=15)
    assert plan.limit is Limit.V4_SEVEN_DAYS and plan.latest == NOW + timedelta(days=7) and not plan.capped


def test_instant_wins_over_duration() -> None:
    at = NOW + timedelta(hours=2)
    assert plan_expiry(NOW, duration=timedelta(hours=5), instant=at).expiration == at


def test_exactly_seven_days_is_allowed_one_second_more_is_not() -> None:
    assert plan_expiry(NOW, duration=timedelta(days=7)).expiration == NOW + timedelta(days=7)
    with pytest.raises(ValidationError) as err:
        plan_expiry(NOW, duration=timedelta(days=7, seconds=1))
    assert err.value.field == "expiry" and "7 days" in err.value.rule


def test_past_instant_is_refused() -> None:
    with pytest.raises(ValidationError, match="already have expired"):
        plan_expiry(NOW, instant=NOW - timedelta(seconds=1))


def test_sts_token_caps_and_says_so() -> None:
    token = NOW + timedelta(hours=1)
    plan = plan_expiry(NOW, duration=timedelta(days=1), token_expiration=token)
    assert plan.expiration == token and plan.capped and plan.limit is Limit.STS_TOKEN
    short = plan_expiry(NOW, duration=timedelta(minutes=15), token_expiration=token)
    assert not short.capped and short.limit is Limit.STS_TOKEN and short.latest == token


def test_sts_token_later_than_seven_days_leaves_the_v4_limit() -> None:
    plan = plan_expiry(NOW, token_expiration=NOW + timedelta(days=30))
    assert plan.limit is Limit.V4_SEVEN_DAYS


def test_expired_token_is_refused() -> None:
    with pytest.raises(ValidationError, match="STS token has expired"):
        plan_expiry(NOW, token_expiration=NOW)


def test_v1_has_no_limit() -> None:
    plan = plan_expiry(NOW, duration=timedelta(days=400), v4=False)
    assert plan.limit is Limit.NONE_V1 and plan.latest is None
    assert plan_expiry(NOW, duration=timedelta(days=400), v4=False, token_expiration=NOW + timedelta(hours=1)).capped


def test_split_remaining() -> None:
    assert split_remaining(timedelta(days=1, hours=2, minutes=3, seconds=4)) == (1, 2, 3, 4)
    assert split_remaining(timedelta(seconds=-5)) == (0, 0, 0, 0)


def _account(**kw: object) -> Account:
    return Account(Credentials("AKID", "secret"), region="cn-hangzhou", **kw)  # type: ignore[arg-type]


def test_host_choices_resolve_to_their_hosts() -> None:
    account = _account(endpoint_options=EndpointOptions(http=True), cnames={"b1": "files.example.com"})
    choices = {c.kind: c for c in host_choices(account, "b1")}
    assert set(choices) == {HostKind.DEFAULT, HostKind.INTERNAL, HostKind.ACCELERATE, HostKind.CNAME}
    assert (
        choices[HostKind.DEFAULT].resolve("cn-hangzhou").url_for("b1", "k")
        == "http://b1.oss-cn-hangzhou.aliyuncs.com/k"
    )
    assert (
        choices[HostKind.INTERNAL].resolve("cn-hangzhou").host_for("b1") == "b1.oss-cn-hangzhou-internal.aliyuncs.com"
    )
    assert choices[HostKind.ACCELERATE].resolve("cn-hangzhou").host_for("b1") == "b1.oss-accelerate.aliyuncs.com"
    cname = choices[HostKind.CNAME].resolve("cn-hangzhou")
    assert cname.style is AddressStyle.CNAME and cname.url_for("b1", "a b") == "http://files.example.com/a%20b"


def test_no_cname_for_other_buckets() -> None:
    account = _account(cnames={"b1": "files.example.com"})
    assert HostKind.CNAME not in {c.kind for c in host_choices(account, "b2")}


def test_duration_past_the_calendar_is_a_validation_error() -> None:
    with pytest.raises(ValidationError, match="too far in the future"):
        plan_expiry(NOW, duration=timedelta(days=99_999_999), v4=False)


def test_link_time_uses_the_profiles_default_else_fifteen_minutes() -> None:
    assert link_time(_account(), NOW) == LinkTime(timedelta(minutes=15), None, None)
    assert link_time(_account(default_expires_seconds=3600), NOW).expires == timedelta(hours=1)
    given = link_time(_account(default_expires_seconds=3600), NOW, expires=timedelta(minutes=5))
    assert given.expires == timedelta(minutes=5)


def test_link_time_caps_at_the_sts_token_whichever_way_the_expiry_is_given() -> None:
    token = NOW + timedelta(minutes=10)
    account = _account(token_expiration=token)
    assert link_time(account, NOW) == LinkTime(None, token, token)
    assert link_time(account, NOW, expiration=NOW + timedelta(hours=2)) == LinkTime(None, token, token)
    short = link_time(account, NOW, expires=timedelta(minutes=5))
    assert short == LinkTime(timedelta(minutes=5), None, None)


def test_default_link_signs_for_the_planned_time() -> None:
    result = default_link(_account(default_expires_seconds=600), "cn-hangzhou", "bkt-1", "k", now=NOW)
    assert result.expiration == NOW + timedelta(minutes=10)
    assert result.url.startswith("https://bkt-1.oss-cn-hangzhou.aliyuncs.com/k?")
