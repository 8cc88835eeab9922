"""The library file: documents, cached analyses, highlights, bookmarks. No Qt here."""

from desktop.store.library import COLORS, WORD_STATUSES, Library, LibraryError, default_library_path

__all__ = ["COLORS", "WORD_STATUSES", "Library", "LibraryError", "default_library_path"]
