"""Dialogs: modal or floating windows opened from the menus."""
