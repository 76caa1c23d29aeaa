"""What the window is connected to: an account, its OSS client and, in demo mode, the sandbox.

Everything here blocks (settings file, keyring, starting the sandbox, importing requests), so
the window calls it from workers. Qt-free on purpose: a worker thread only ever builds plain
objects; the GUI thread decides what to show.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from ..core import Endpoint, EndpointOptions
from ..services.account import Account

if TYPE_CHECKING:  # each pulls in requests, keyring or the sandbox: imported where first used
    from ..oss.client import OssClient
    from ..sandbox.server import Sandbox
    from ..services.accounts import Removal
    from ..services.profiles import ProfileStore
    from ..services.secrets import SecretStore
    from ..services.settings import SettingsNotice

DEFAULT_REGION = "cn-hangzhou"  # any region answers ListBuckets; buckets then name their own

Kind = Literal["profile", "environment", "demo"]


@dataclass(frozen=True)
class Choice:
    """One entry of the profile switcher."""

    kind: Kind
    name: str

    @property
    def key(self) -> str:
        """Stable text for the window state file."""
        return "demo" if self.kind == "demo" else f"{self.kind}:{self.name}"

    @classmethod
    def from_key(cls, key: str) -> Choice | None:
        if key == "demo":
            return cls("demo", "demo")
        kind, sep, name = key.partition(":")
        if not sep or not name:
            return None
        if kind == "profile":
            return cls("profile", name)
        if kind == "environment":
            return cls("environment", name)
        return None


@dataclass
class Connection:
    choice: Choice
    account: Account
    client: OssClient
    region: str
    endpoint: Endpoint
    sandbox: Sandbox | None = None  # the demo's, stopped by close()
    _clients: dict[str, OssClient] = field(default_factory=dict)

    def client_for(self, region: str | None, bucket: str | None = None) -> OssClient:
        """The client to use for a bucket in `region`: V4 requests must name the bucket's own
        region, whatever the endpoint. with_region() moves a region's own OSS host along and
        keeps a custom endpoint (the sandbox, a proxy) as it is. A bucket with an endpoint of
        its own in the profile (imported from ossutil) is reached there."""
        if bucket and bucket in (self.account.bucket_endpoints or {}):
            key = f"bucket:{bucket}"
            if key not in self._clients:
                options, own_region = self.account.options_for_bucket(bucket)
                signing_region = region or own_region or self.region
                endpoint = options.resolve(signing_region)
                self._clients[key] = self.client.with_region(signing_region, endpoint)
            return self._clients[key]
        if not region or region == self.region:
            return self.client
        if region not in self._clients:
            self._clients[region] = self.client.with_region(region)
        return self._clients[region]

    @property
    def endpoint_is_custom(self) -> bool:
        return bool(self.account.endpoint_options.endpoint)

    def close(self) -> None:
        if self.sandbox is not None:
            self.sandbox.stop()
            self.sandbox = None


class AccountStores:
    """The window's profile and secret stores. The SecretStore is made once, on first use in a
    worker (importing keyring is slow), and kept: it holds the session-only secrets."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._secrets: SecretStore | None = None

    def profiles(self) -> ProfileStore:
        from ..services.profiles import ProfileStore

        return ProfileStore()

    def secrets(self) -> SecretStore:
        with self._lock:
            if self._secrets is None:
                from ..services.secrets import SecretStore

                self._secrets = SecretStore()
            return self._secrets


GUI_TIMEOUT = (5.0, 15.0)  # connect, read (seconds)
GUI_RETRIES = 1


@dataclass(frozen=True)
class ChoiceList:
    choices: list[Choice]
    notices: list[SettingsNotice]  # what reading them found: settings moved aside, profiles skipped


def read_choices(environ: dict[str, str] | None = None) -> ChoiceList:
    """Saved profiles, then the environment profile when its variables are set, and the notices
    the person must be told (once: the next read no longer finds a file moved aside)."""
    from ..services.profiles import ProfileStore

    store = ProfileStore(environ=environ)
    choices: list[Choice] = []
    for profile in store.list():
        kind: Kind = "environment" if profile.source == "environment" else "profile"
        choices.append(Choice(kind, profile.name))
    return ChoiceList(choices, store.take_notices())


def list_choices(environ: dict[str, str] | None = None) -> list[Choice]:
    """The choices alone, for a list that has no room for notices."""
    return read_choices(environ).choices


def rename_profile(old: str, new: str, stores: AccountStores) -> None:
    """Move a saved profile and its secrets to `new`; the old name goes only once the new one is
    complete (a failure leaves the profile under its old name)."""
    from dataclasses import replace

    from ..services.accounts import remove_profile, save_profile
    from ..services.profiles import ProfileExists, check_profile_name

    profiles, secrets = stores.profiles(), stores.secrets()
    check_profile_name(new)
    if profiles.exists(new):
        raise ProfileExists(f"A profile named '{new}' exists already; choose another name.")
    moved = replace(profiles.get(old), name=new)
    stored = secrets.load_secret(old)
    if stored is None:
        profiles.save(moved)  # its secret was missing already: the settings move alone
    else:
        save_profile(
            moved,
            stored.secret,
            stored.token,
            stored.token_expiration,
            profiles=profiles,
            secrets=secrets,
            session_only=stored.session_only,
        )
    remove_profile(old, profiles=profiles, secrets=secrets)


def remove_profile(name: str, stores: AccountStores) -> Removal:
    """The settings entry and the keyring secrets of `name`; what was done, part by part."""
    from ..services.accounts import remove_profile as remove

    return remove(name, profiles=stores.profiles(), secrets=stores.secrets())


def account_for(choice: Choice, stores: AccountStores | None = None) -> Account:
    """The account behind a profile or the environment (reads the keyring: blocking)."""
    from ..services.accounts import account_for_cli

    stores = stores or AccountStores()
    return account_for_cli(choice.name, profiles=stores.profiles(), secrets=stores.secrets())


def connect_account(choice: Choice, account: Account, sandbox: Sandbox | None = None) -> Connection:
    from ..oss.client import OssClient

    region = account.region or DEFAULT_REGION
    endpoint = account.endpoint_options.resolve(region)
    # A person is waiting: fail within seconds rather than after the CLI's patient retries.
    client = OssClient(account.credentials, region, endpoint, timeout=GUI_TIMEOUT, retries=GUI_RETRIES)
    return Connection(choice, account, client, region, endpoint, sandbox)


def connect(choice: Choice, stores: AccountStores | None = None) -> Connection:
    if choice.kind == "demo":
        return connect_demo()
    return connect_account(choice, account_for(choice, stores))


def connect_demo() -> Connection:
    """Start the offline sandbox with its sample bucket and an in-memory credential."""
    from ..sandbox.demo import start_demo

    sandbox, credentials = start_demo()
    region = sandbox.region
    account = Account(
        credentials,
        region=region,
        endpoint_options=EndpointOptions(endpoint=sandbox.endpoint, path_style=True),
        profile_name="demo",
    )
    try:
        return connect_account(Choice("demo", "demo"), account, sandbox)
    except BaseException:
        sandbox.stop()
        raise
