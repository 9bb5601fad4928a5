"""Reusable widgets of the Guardian window."""
