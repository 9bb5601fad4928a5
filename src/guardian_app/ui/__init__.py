"""The PySide6 tray app. The only package that imports Qt."""
