"""The ``deskapp`` command: see ``deskapp.cli.main``."""

from deskapp.cli.main import main

__all__ = ["main"]
