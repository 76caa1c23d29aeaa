"""A local OSS-compatible server that checks signatures as OSS does: the demo and the tests.

It sits beside the client, not under it: it imports the core (signing, endpoints) and the
client's log redaction, and nothing below it imports the sandbox.
"""

from .faults import Faults
from .server import Sandbox, is_loopback

__all__ = ["Faults", "Sandbox", "is_loopback"]
