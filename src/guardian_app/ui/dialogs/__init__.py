"""Guardian's dialogs: the first-run wizard and the alert actions."""
