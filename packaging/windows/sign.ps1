# Signs Kindling's Windows build. RUN ON WINDOWS ONLY, after building it there with
#     .venv\Scripts\pyinstaller --noconfirm packaging\kindling.spec
# It cannot run on the Linux machines that build and test Kindling day to day, and has not
# been run by CI: it needs a code-signing certificate and the Windows SDK's signtool.exe.
#
# Usage (PowerShell, at the repository root):
#     $env:KINDLING_SIGN_CERT_SHA1 = "<thumbprint of the certificate in the user store>"
#     powershell -ExecutionPolicy Bypass -File packaging\windows\sign.ps1
#
# Signs kindling.exe and every DLL and .pyd in dist\kindling that is not already signed
# (Python and Qt ship theirs signed), with an RFC 3161 timestamp so the signature outlives
# the certificate, then verifies each one.

param(
    [string]$Dist = "dist\kindling",
    [string]$Thumbprint = $env:KINDLING_SIGN_CERT_SHA1,
    [string]$TimestampUrl = "http://timestamp.digicert.com"
)
$ErrorActionPreference = "Stop"

if (-not $Thumbprint) {
    throw "Set KINDLING_SIGN_CERT_SHA1 to the thumbprint of your code-signing certificate."
}
$signtool = Get-ChildItem "${env:ProgramFiles(x86)}\Windows Kits\10\bin\*\x64\signtool.exe" |
    Sort-Object FullName -Descending | Select-Object -First 1
if (-not $signtool) { throw "signtool.exe not found: install the Windows 10/11 SDK." }

$files = Get-ChildItem $Dist -Recurse -Include *.exe, *.dll, *.pyd |
    Where-Object { (Get-AuthenticodeSignature $_.FullName).Status -ne "Valid" }

foreach ($file in $files) {
    & $signtool.FullName sign /sha1 $Thumbprint /fd SHA256 /tr $TimestampUrl /td SHA256 `
        /d "Kindling" $file.FullName
    if ($LASTEXITCODE -ne 0) { throw "signing failed: $($file.FullName)" }
}
& $signtool.FullName verify /pa /all "$Dist\kindling.exe"
if ($LASTEXITCODE -ne 0) { throw "kindling.exe does not verify" }
Write-Host "Signed $($files.Count) files in $Dist."
