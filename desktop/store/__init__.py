"""The library file: documents, cached analyses, highlights, bookmarks. No Qt here."""

from desktop.store.library import COLORS, Library, LibraryError, default_library_path

__all__ = ["COLORS", "Library", "LibraryError", "default_library_path"]
