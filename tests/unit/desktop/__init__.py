"""Tests of the desktop layer (OS integration without widgets)."""
