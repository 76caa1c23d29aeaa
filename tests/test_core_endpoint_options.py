"""EndpointOptions: the typed, frozen form of resolve_endpoint()'s options that profiles, the
command line and the window pass around."""

from __future__ import annotations

import dataclasses
from itertools import product

import pytest

from ossshare.core import EndpointOptions, ValidationError, resolve_endpoint

FLAGS = ("internal", "accelerate", "dualstack", "http", "path_style", "cname")


@pytest.mark.parametrize("endpoint", [None, "oss.example.com:8443", "http://127.0.0.1:9000"])
def test_resolve_is_resolve_endpoint_with_the_same_options(endpoint: str | None) -> None:
    for values in product((False, True), repeat=len(FLAGS)):
        flags = dict(zip(FLAGS, values, strict=True))
        options = EndpointOptions(endpoint=endpoint, **flags)
        assert options.resolve("cn-hangzhou") == resolve_endpoint("cn-hangzhou", endpoint, **flags)


def test_frozen_and_compared_by_value() -> None:
    options = EndpointOptions(internal=True)
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.internal = False  # refused: frozen
    assert options == EndpointOptions(internal=True) and hash(options) == hash(EndpointOptions(internal=True))
    assert dataclasses.replace(options, http=True) == EndpointOptions(internal=True, http=True)


def test_without_a_region_or_an_endpoint_it_is_refused_as_resolve_endpoint_refuses() -> None:
    with pytest.raises(ValidationError, match="a region or an endpoint is required"):
        EndpointOptions().resolve(None)
    assert EndpointOptions(endpoint="oss.example.com").resolve(None).netloc == "oss.example.com"
