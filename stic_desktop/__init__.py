"""STIC Desktop: the desktop program of Stockholms Inköpscentral."""

__version__ = "0.1.0"
APP_NAME = "STIC Desktop"
