"""Placeholder replaced by its owner during this session."""

from __future__ import annotations


def add_export_parser(kinds, common) -> None:
    pass
