"""`ossshare sandbox`: run the local OSS-compatible sandbox until interrupted."""

from __future__ import annotations

import argparse
import logging
import secrets
import signal
import threading
from pathlib import Path

from ..core import Credentials
from ..services.account import ENV_ID, ENV_SECRET
from . import common, failure


def add_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "sandbox",
        help="run a local OSS-compatible server that verifies signatures",
        description=(
            "Serve the buckets under --data (each sub-directory a bucket, each file an object) "
            "over HTTP on loopback, checking V4 and V1 signatures as OSS does. Accepted "
            "credentials come from OSS_ACCESS_KEY_ID / OSS_ACCESS_KEY_SECRET (and "
            "OSS_SESSION_TOKEN); --demo also generates a throwaway pair for this run. Objects "
            "written through the sandbox are versioned in memory; the directory is never changed. "
            "Address it path-style (http://HOST:PORT/BUCKET/KEY), as the SDK does for IP endpoints."
        ),
    )
    p.add_argument("--data", type=Path, metavar="DIR", help="directory of buckets (default: none, start empty)")
    p.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    p.add_argument("--host", default="127.0.0.1", help="loopback address to listen on (default: 127.0.0.1)")
    p.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a --host other than loopback: the sandbox then serves whoever can reach it",
    )
    p.add_argument("--region", default="cn-hangzhou", help="region the signatures must name (default: cn-hangzhou)")
    p.add_argument(
        "--demo", action="store_true", help="add the sample bucket 'ossshare-demo' and a generated credential"
    )
    p.add_argument("--verbose", "-v", action="store_true", help="log each request (signatures and tokens redacted)")
    p.set_defaults(func=run)


def _credentials(demo: bool) -> tuple[list[Credentials], Credentials | None]:
    """(accepted credentials, the generated demo pair if any)."""
    from_env = common.environment_credentials()
    accepted: list[Credentials] = [from_env] if from_env is not None else []
    generated = None
    if demo:
        generated = Credentials("LTAIdemo" + secrets.token_hex(8), secrets.token_urlsafe(24))
        accepted.append(generated)
    if not accepted:
        raise failure.CliError(f"no credentials to accept: set {ENV_ID} and {ENV_SECRET}, or use --demo")
    return accepted, generated


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def run(args: argparse.Namespace) -> int:
    from ..sandbox import Sandbox, is_loopback
    from ..sandbox.demo import seed_demo

    if not is_loopback(args.host):
        if not args.allow_remote:
            raise failure.CliError(
                f"--host {args.host}: not a loopback address; the sandbox would serve anyone who can reach it "
                "(add --allow-remote if that is what you want)"
            )
        failure.warn(
            f"listening on {args.host}: the sandbox serves whoever can reach this address, with the credentials "
            "it accepts, over plain HTTP"
        )
    if args.data is not None and not args.data.is_dir():
        raise failure.CliError(f"--data {args.data}: not a directory")
    if not 0 <= args.port <= 65535:
        raise failure.CliError(f"--port {args.port}: must be between 0 and 65535")
    accepted, generated = _credentials(args.demo)
    if args.verbose:
        failure.log_to_stderr(logging.INFO, "%(asctime)s %(message)s")
    try:
        sb = Sandbox(args.data, accepted, region=args.region, host=args.host, port=args.port)
        if args.demo:
            seed_demo(sb)
        sb.start()
    except OSError as exc:
        raise failure.CliError(f"cannot listen on {args.host}:{args.port}: {exc.strerror or exc}") from None
    print(f"endpoint: {sb.endpoint}")
    print(f"region: {args.region}")
    if generated is not None:
        # made up for this run: it opens nothing but this sandbox, so printing it is fine
        print(f"OSS_ACCESS_KEY_ID={generated.access_key_id}")
        print(f"OSS_ACCESS_KEY_SECRET={generated.access_key_secret}")
    # Before "serving" is printed: whoever waits for that line may `kill` at once, and must find
    # the process ready to stop as cleanly as on Ctrl+C.
    signal.signal(signal.SIGTERM, _interrupt)
    print("serving; press Ctrl+C to stop", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        sb.stop()
    return 0
