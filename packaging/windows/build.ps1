# Builds Kindling for Windows. RUN ON WINDOWS ONLY; NOT YET TESTED: no Windows machine has run
# it, and CI builds only the Linux bundle. Needs Python 3.11 from python.org (the "py" launcher).
# From the repository root, in PowerShell:
#
#     powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1
#
# It makes dist\kindling\ with kindling.exe (the app, no console window) and kindling-cli.exe
# (the same program for a terminal: `kindling-cli critic` prints and returns its exit code).
# Then packaging\windows\sign.ps1 signs them.

param([string]$Python = "py -3.11")
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")

Invoke-Expression "$Python -m venv .venv"
& .venv\Scripts\python.exe -m pip install --quiet --upgrade pip
& .venv\Scripts\python.exe -m pip install --quiet -e ".[dev]"
if ($LASTEXITCODE -ne 0) { throw "installing the build tools failed" }
& .venv\Scripts\pyinstaller.exe --noconfirm packaging\kindling.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
# The same self-test CI runs on Linux: window, Qt plugins, journal, then exit 0.
$data = Join-Path $env:TEMP ("kindling-selftest-" + [guid]::NewGuid())
& dist\kindling\kindling-cli.exe --self-test --data-dir $data
if ($LASTEXITCODE -ne 0) { throw "the self-test failed" }
Write-Host "Built dist\kindling"
