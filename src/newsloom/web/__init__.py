"""The web app: pages, JSON API and feeds over a newsloom store (`newsloom serve`)."""
from .app import create_app

__all__ = ["create_app"]
