"""Importing ossutil (1 and 2) and aliyun CLI configuration files."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from ossshare.services.ossutil_import import (
    EndpointFacts,
    ImportFailed,
    apply_plan,
    endpoint_facts,
    read_aliyun_config,
    read_ossutil_config,
)
from ossshare.services.profiles import Profile, ProfileStore
from ossshare.services.secrets import KeyringUnavailable, SecretStore, StoredSecret
from tests.fixtures.keyring import LockedKeyring, unique_profile_name

OSSUTIL_V1 = """\
[Credentials]
language=EN
endpoint=oss-cn-shanghai-internal.aliyuncs.com
accessKeyID=LTAIv1KeyId
accessKeySecret=v1-secret-value
stsToken=v1-sts-token
[Bucket-Endpoint]
far-bucket=oss-eu-central-1.aliyuncs.com
[Bucket-Cname]
photos=img.example.com
Bad_Bucket!=x.example.com
"""

OSSUTIL_V2 = """\
# ossutil 2.0
[default]
accessKeyId = LTAIdefault
accessKeySecret = default-secret
region = cn-hangzhou

[profile dev]
mode = StsToken
access-key-id = STS.devkey
access_key_secret = dev-secret
sts-token = dev-token
region = cn-beijing
endpoint = http://oss-cn-beijing.aliyuncs.com
addressing-style = path
sign-version = v1

[profile child]
source_profile = default
region = ap-southeast-1

[profile role]
mode = RamRoleArn
role-arn = acs:ram::1:role/x

[profile nokey]
region = cn-hangzhou

[profile custom]
accessKeyId = LTAIcustom
accessKeySecret = custom-secret
endpoint = https://oss.internal.example.com:8443

[buckets mybucket]
region = cn-shenzhen
"""

ALIYUN = {
    "current": "default",
    "profiles": [
        {"name": "default", "mode": "AK", "access_key_id": "LTAIaliyun", "access_key_secret": "aliyun-secret",
         "sts_token": "", "region_id": "cn-qingdao", "output_format": "json", "language": "en"},
        {"name": "temp", "mode": "StsToken", "access_key_id": "STS.temp", "access_key_secret": "temp-secret",
         "sts_token": "temp-token", "sts_expiration": 1893456000, "region_id": "cn-hongkong"},
        {"name": "ecs", "mode": "EcsRamRole", "ram_role_name": "r", "region_id": "cn-hangzhou"},
        {"name": "empty", "mode": "AK", "access_key_id": "", "access_key_secret": "", "region_id": "cn-hangzhou"},
        {"name": "noregion", "mode": "AK", "access_key_id": "LTAInr", "access_key_secret": "nr-secret"},
    ],
}


@pytest.mark.parametrize(
    ("endpoint", "facts"),
    [
        ("oss-cn-hangzhou.aliyuncs.com", EndpointFacts(region="cn-hangzhou")),
        ("https://oss-cn-hangzhou.aliyuncs.com", EndpointFacts(region="cn-hangzhou")),
        ("http://oss-cn-hangzhou.aliyuncs.com/", EndpointFacts(region="cn-hangzhou", http=True)),
        ("oss-cn-shanghai-internal.aliyuncs.com", EndpointFacts(region="cn-shanghai", internal=True)),
        ("cn-beijing.oss.aliyuncs.com", EndpointFacts(region="cn-beijing", dualstack=True)),
        ("oss-accelerate.aliyuncs.com", EndpointFacts(accelerate=True)),
        ("OSS-US-WEST-1.ALIYUNCS.COM", EndpointFacts(region="us-west-1")),
        ("oss.example.com", EndpointFacts(endpoint="oss.example.com")),
        ("http://10.0.0.5:9000", EndpointFacts(endpoint="http://10.0.0.5:9000", http=True)),
    ],
)
def test_endpoint_facts(endpoint: str, facts: EndpointFacts) -> None:
    assert endpoint_facts(endpoint) == facts


def test_ossutil_v1(tmp_path: Path) -> None:
    path = tmp_path / ".ossutilconfig"
    path.write_text(OSSUTIL_V1)
    plan = read_ossutil_config(path)
    (candidate,) = plan.candidates
    assert candidate.profile == Profile(
        name="ossutil",
        access_key_id="LTAIv1KeyId",
        region="cn-shanghai",
        internal=True,
        cnames={"photos": "img.example.com"},
        bucket_endpoints={"far-bucket": "oss-eu-central-1.aliyuncs.com"},
    )
    assert (candidate.secret, candidate.token) == ("v1-secret-value", "v1-sts-token")
    assert any("Bad_Bucket!" in note for note in candidate.notes)
    assert plan.skipped == []
    assert "v1-secret-value" not in repr(plan) and "v1-sts-token" not in repr(plan)


def test_ossutil_v2_profiles_and_skips(tmp_path: Path) -> None:
    path = tmp_path / "cfg"
    path.write_text(OSSUTIL_V2)
    plan = read_ossutil_config(path)
    by_name = {c.profile.name: c for c in plan.candidates}
    assert sorted(by_name) == ["child", "custom", "default", "dev"]
    assert by_name["default"].profile == Profile(name="default", access_key_id="LTAIdefault", region="cn-hangzhou")
    dev = by_name["dev"]
    assert dev.profile == Profile(
        name="dev", access_key_id="STS.devkey", region="cn-beijing", http=True, path_style=True, signature_version=1
    )
    assert (dev.secret, dev.token) == ("dev-secret", "dev-token")
    child = by_name["child"]
    assert (child.profile.access_key_id, child.profile.region, child.secret) == (
        "LTAIdefault",
        "ap-southeast-1",
        "default-secret",
    )
    custom = by_name["custom"]
    assert custom.profile.endpoint == "https://oss.internal.example.com:8443" and custom.profile.region is None
    assert any("region is unknown" in note for note in custom.notes)
    reasons = {s.origin: s.reason for s in plan.skipped}
    assert "RamRoleArn" in reasons["ossutil [profile role]"]
    assert "no AccessKey ID and secret" in reasons["ossutil [profile nokey]"]
    assert "buckets" in reasons["ossutil [buckets mybucket]"]


def test_fallback_region(tmp_path: Path) -> None:
    path = tmp_path / "cfg"
    path.write_text("[Credentials]\nendpoint=oss.example.com\naccessKeyID=AK\naccessKeySecret=S\n")
    (candidate,) = read_ossutil_config(path, fallback_region="cn-wulanchabu").candidates
    assert candidate.profile.region == "cn-wulanchabu"
    assert candidate.profile.endpoint == "oss.example.com"


@pytest.mark.parametrize("content", ["no section header\n", "[Credentials]\nkey\n"])
def test_unparsable_ossutil_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "cfg"
    path.write_text(content)
    with pytest.raises(ImportFailed, match="not an ossutil configuration file"):
        read_ossutil_config(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="could not be read"):
        read_ossutil_config(tmp_path / "absent")
    with pytest.raises(ImportFailed, match="could not be read"):
        read_aliyun_config(tmp_path / "absent")


def test_aliyun_config(tmp_path: Path) -> None:
    path = tmp_path / "config.json"
    path.write_text(json.dumps(ALIYUN))
    plan = read_aliyun_config(path)
    by_name = {c.profile.name: c for c in plan.candidates}
    assert sorted(by_name) == ["default", "noregion", "temp"]
    assert by_name["default"].profile == Profile(name="default", access_key_id="LTAIaliyun", region="cn-qingdao")
    assert by_name["default"].token is None
    temp = by_name["temp"]
    assert (temp.secret, temp.token) == ("temp-secret", "temp-token")
    assert temp.token_expiration == datetime(2030, 1, 1, tzinfo=UTC)
    reasons = {s.origin: s.reason for s in plan.skipped}
    assert "EcsRamRole" in reasons["aliyun profile 'ecs'"]
    assert "no AccessKey" in reasons["aliyun profile 'empty'"]


@pytest.mark.parametrize("content", ["not json", "[]", '{"profiles": {}}'])
def test_unparsable_aliyun_file(tmp_path: Path, content: str) -> None:
    path = tmp_path / "config.json"
    path.write_text(content)
    with pytest.raises(ImportFailed, match="not an aliyun CLI configuration file"):
        read_aliyun_config(path)


def test_apply_puts_secrets_in_the_keyring_only(tmp_path: Path, any_keyring: KeyringBackend) -> None:
    path = tmp_path / "cfg"
    path.write_text(OSSUTIL_V1)
    profiles, secrets = ProfileStore(), SecretStore()
    prefix = unique_profile_name("imp") + "-"
    report = apply_plan(read_ossutil_config(path), profiles=profiles, secrets=secrets, prefix=prefix)
    (done,) = report.imported
    assert done.profile.name == prefix + "ossutil"
    assert profiles.get(prefix + "ossutil").cnames == {"photos": "img.example.com"}
    assert secrets.load_secret(prefix + "ossutil") == StoredSecret("v1-secret-value", "v1-sts-token")
    settings_text = profiles.path.read_text("utf-8")
    assert "v1-secret-value" not in settings_text and "v1-sts-token" not in settings_text


def test_apply_skips_existing_names_unless_replacing() -> None:
    profiles, secrets = ProfileStore(), SecretStore()
    profiles.save(Profile(name="ossutil", access_key_id="OLD"))
    secrets.store_secret("ossutil", "old-secret")
    path = Path.home() / ".ossutilconfig"
    path.write_text(OSSUTIL_V1)
    report = apply_plan(read_ossutil_config(path), profiles=profiles, secrets=secrets)
    assert report.imported == []
    assert "exists already" in report.skipped[-1].reason
    assert secrets.load_secret("ossutil") == StoredSecret("old-secret")
    report = apply_plan(read_ossutil_config(path), profiles=profiles, secrets=secrets, replace_existing=True)
    assert [c.profile.name for c in report.imported] == ["ossutil"]
    assert profiles.get("ossutil").access_key_id == "LTAIv1KeyId"


def test_apply_refuses_without_a_keyring_and_saves_nothing(tmp_path: Path) -> None:
    keyring.set_keyring(fail.Keyring())
    path = tmp_path / "cfg"
    path.write_text(OSSUTIL_V2)
    profiles = ProfileStore()
    with pytest.raises(KeyringUnavailable, match="Nothing was imported"):
        apply_plan(read_ossutil_config(path), profiles=profiles, secrets=SecretStore())
    assert profiles.list() == []


def test_apply_stops_on_a_locked_keyring(tmp_path: Path) -> None:
    keyring.set_keyring(LockedKeyring())
    path = tmp_path / "cfg"
    path.write_text(OSSUTIL_V2)
    profiles = ProfileStore()
    with pytest.raises(Exception, match="locked"):
        apply_plan(read_ossutil_config(path), profiles=profiles, secrets=SecretStore())
    assert profiles.list() == []


def test_invalid_names_are_skipped(tmp_path: Path) -> None:
    path = tmp_path / "cfg"
    path.write_text(
        "[profile environment]\naccessKeyId=A\naccessKeySecret=S\n"
        "[profile has space]\naccessKeyId=A\naccessKeySecret=S\n"
    )
    report = apply_plan(read_ossutil_config(path), profiles=ProfileStore(), secrets=SecretStore())
    assert report.imported == []
    reasons = " | ".join(s.reason for s in report.skipped)
    assert "environment" in reasons and "profile name" in reasons
