@echo off
rem Windows equivalent of "make test": set up .venv on first use, then run the whole test suite.
if not exist .venv\Scripts\python.exe py -3 -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install -q -e .[dev] || exit /b 1
.venv\Scripts\python scripts\build_translations.py || exit /b 1
.venv\Scripts\python -m pytest
