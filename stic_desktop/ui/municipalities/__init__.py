"""Kommuner: the municipality list page and its dialog."""
