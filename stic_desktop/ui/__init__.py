"""Qt widgets, pages, dialogs and item models. Talks to services only, never to the database."""

from stic_desktop.ui.source_cache import keep_source_cache_small

keep_source_cache_small()  # ~30 MB less: PySide6's import hook would keep every module's source
