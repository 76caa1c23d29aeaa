"""The bundle's entry point (PyInstaller starts from a script): the `ossshare` command itself."""

from ossshare.cli.main import entry

entry()
