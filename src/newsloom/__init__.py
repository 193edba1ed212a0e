"""newsloom: many outlets' reports of one event, woven into one story whose every sentence cites
the outlets and the exact words that back it.

The Python API is small: records, a store, and the pipeline's entry points.
"""
from .records import Article, Outlet, Removal, Story
from .store import Store, StoreError

__version__ = "0.1.0"

__all__ = ["Article", "Outlet", "Removal", "Story", "Store", "StoreError", "__version__"]
