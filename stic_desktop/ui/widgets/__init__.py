"""Widgets every area shares: the form dialog helpers, the table model and list page, messages, the
label translation, the job runner, pickers, the archive box, history and record windows, PDF preview.
"""
