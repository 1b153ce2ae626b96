"""Helpers for testing newsparse and its plugins (needs the ``test`` extra: hypothesis)."""
