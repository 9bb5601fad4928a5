@echo off
rem Windows equivalent of "make run": set up .venv on first use, then start Guardian.
if not exist .venv\Scripts\python.exe py -3 -m venv .venv || exit /b 1
.venv\Scripts\python -m pip install -q -e . || exit /b 1
.venv\Scripts\python scripts\build_translations.py || exit /b 1
.venv\Scripts\guardian-app.exe
