"""Screens of the coordinator's vault."""
