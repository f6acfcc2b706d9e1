"""The suite runs against the installed wheel, not the source tree."""

from __future__ import annotations

import sys
from importlib import metadata
from pathlib import Path

import umf
import umf._native


def test_imported_from_the_installed_wheel() -> None:
    package = Path(umf.__file__).resolve().parent
    assert "site-packages" in package.parts, package
    assert Path(sys.prefix).resolve() in package.parents
    native = Path(umf._native.__file__)
    assert native.parent == package and ".abi3." in native.name, native.name
    assert (package / "py.typed").is_file() and (package / "_native.pyi").is_file()


def test_the_wheel_does_its_rsa_in_openssl() -> None:
    # pyproject.toml builds the wheel with umf-core's vendored-openssl feature.
    assert umf._native.RSA_BACKEND.startswith("OpenSSL "), umf._native.RSA_BACKEND


def test_the_wheel_carries_its_version_and_license_texts() -> None:
    # One version: the workspace's, compiled into the module and written into the metadata.
    assert umf.__version__ == metadata.version("umf-sdk")
    assert metadata.metadata("umf-sdk")["License-Expression"] == "MIT OR Apache-2.0"
    shipped = {Path(str(f)).name: f for f in metadata.files("umf-sdk") or []}
    for name, first_line in [("LICENSE-MIT", "MIT License"), ("LICENSE-APACHE", "Apache License")]:
        assert name in shipped, sorted(shipped)
        assert shipped[name].read_text().lstrip().startswith(first_line)


def test_public_names() -> None:
    for name in umf.__all__:
        assert hasattr(umf, name), name
    assert umf.ENCRYPTED_MARKER == "$encrypted"
    assert umf.TOKEN_PATH == "/oauth/authorize"
    assert umf.PrivateKey.__module__ == "umf"
