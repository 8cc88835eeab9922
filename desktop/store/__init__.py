"""The library file: documents, cached analyses, highlights, bookmarks. No Qt here."""

from desktop.store.annotations import COLORS
from desktop.store.errors import LibraryError
from desktop.store.learners import WORD_STATUSES
from desktop.store.library import Library, default_library_path

__all__ = ["COLORS", "WORD_STATUSES", "Library", "LibraryError", "default_library_path"]
