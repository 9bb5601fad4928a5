"""Guardian: an offline parental-awareness monitor for saved chat exports."""

__version__ = "0.1.0"
