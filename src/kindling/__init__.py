"""Kindling: a gentle companion for makers whose inner critic gets in the way."""

__version__ = "0.1.0"
APP_NAME = "Kindling"
APP_ID = "org.kindling.Kindling"
