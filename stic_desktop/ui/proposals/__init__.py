"""Förslag and Workshoppar: the proposal list page and dialogs, workshops."""
