"""Reads kind words aloud through the system's own speech; Kindling ships no voice of its own.

Linux: speech-dispatcher's ``spd-say``, spawned without a shell (``spd-say -e -w -r -30 -l
de``), so whatever voice and synthesiser the person set up (espeak-ng, RHVoice, Piper…)
speaks. The words go in on stdin (``-e``, pipe mode), never in the command line, which
other users of the computer could read in the process list. Tested for real with
Debian's speech-dispatcher and espeak-ng, the audio written to a file and checked with sox
(tests/system/test_speech.py).

macOS: ``say -r 150`` with a voice for the person's language from ``say -v ?``. Windows: SAPI
through PowerShell's System.Speech, the words on stdin (never in the command line). UNTESTED:
both written against Apple's ``say`` manual and Microsoft's ``SpeechSynthesizer`` reference
and never run; ``kindling doctor`` says so.

Privacy: nothing here opens a network connection or writes the words anywhere; they are never
logged. Speaking never blocks the caller: each utterance is its own child process.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass

SPD_RATE = "-30"  # speech-dispatcher's -100..100: noticeably slower than usual, still natural
SAY_WORDS_PER_MINUTE = "150"  # macOS default is about 175-200
SAPI_RATE = -3  # SpeechSynthesizer.Rate, -10..10

SAPI_SCRIPT = (
    "Add-Type -AssemblyName System.Speech;"
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer;"
    "$s.Rate = {rate};"
    "$v = $s.GetInstalledVoices() | Where-Object {{ $_.Enabled -and "
    "$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq '{language}' }} | Select-Object -First 1;"
    "if ($v) {{ $s.SelectVoice($v.VoiceInfo.Name) }};"
    "$s.Speak([Console]::In.ReadToEnd())"
)


@dataclass(frozen=True)
class Voice:
    """How this computer speaks: a name for people and doctor, and whether it was tested."""

    method: str
    tested: bool


def _language(code: str) -> str:
    """The two-letter language of ``de_DE``, ``de-AT`` or ``de``; English when unknown."""
    short = code.replace("-", "_").split("_")[0].lower()
    return short if len(short) == 2 and short.isalpha() else "en"


class Speaker:
    """Speaks in ``language`` (``de``, ``en_GB``…) through the first speech this system has."""

    def __init__(self, language: str, platform: str | None = None) -> None:
        self._language = _language(language)
        self._platform = platform or sys.platform
        self._speaking: list[subprocess.Popen[bytes]] = []

    @property
    def language(self) -> str:
        return self._language

    def voice(self) -> Voice | None:
        """The system's speech, or None: then Kindling says plainly that there is none."""
        if self._platform == "darwin":
            return Voice("macOS speech (say; untested)", False) if shutil.which("say") else None
        if self._platform == "win32":
            shell = shutil.which("powershell")
            return Voice("Windows speech (SAPI; untested)", False) if shell else None
        if shutil.which("spd-say"):
            return Voice("speech-dispatcher (spd-say)", True)
        return None

    def say(self, text: str) -> bool:
        """Starts speaking ``text`` and returns at once; False when there is no voice."""
        self._reap()
        if not text.strip() or self.voice() is None:
            return False
        try:
            process = self._spawn(text)
        except OSError:
            return False
        self._speaking.append(process)
        return True

    def wait(self, seconds: float) -> bool:
        """Waits for everything said so far to be spoken (tests, the "try the voice" button
        never waits); True when it all finished and succeeded."""
        ok = True
        for process in self._speaking:
            try:
                ok = process.wait(timeout=seconds) == 0 and ok
            except subprocess.TimeoutExpired:
                ok = False
        self._reap()
        return ok

    def stop(self) -> None:
        """Stops whatever is being spoken (the app quits, spoken words were switched off)."""
        for process in self._speaking:
            if process.poll() is None:
                process.terminate()
        self._reap()

    def _reap(self) -> None:
        self._speaking = [p for p in self._speaking if p.poll() is None]

    def _spawn(self, text: str) -> subprocess.Popen[bytes]:
        quiet = subprocess.DEVNULL
        if self._platform == "win32":
            script = SAPI_SCRIPT.format(rate=SAPI_RATE, language=self._language)
            process = subprocess.Popen(
                ["powershell", "-NoProfile", "-NonInteractive", "-Command", script],
                stdin=subprocess.PIPE,
                stdout=quiet,
                stderr=quiet,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
            assert process.stdin is not None
            process.stdin.write(text.encode("utf-8"))
            process.stdin.close()
            return process
        if self._platform == "darwin":
            return subprocess.Popen(
                list(self._command(text)), stdin=quiet, stdout=quiet, stderr=quiet
            )
        # Linux: pipe mode reads the words from stdin (one line) and echoes them to stdout.
        process = subprocess.Popen(
            ["spd-say", "-e", "-w", "-r", SPD_RATE, "-l", self._language],
            stdin=subprocess.PIPE,
            stdout=quiet,
            stderr=quiet,
        )
        assert process.stdin is not None
        process.stdin.write(" ".join(text.split()).encode("utf-8") + b"\n")
        process.stdin.close()
        return process

    def _command(self, text: str) -> Sequence[str]:
        """UNTESTED (macOS): ``say`` takes the words as its last argument."""
        voice = _mac_voice(self._language)
        chosen = ["-v", voice] if voice else []
        return ["say", "-r", SAY_WORDS_PER_MINUTE, *chosen, "--", text]


def _mac_voice(language: str) -> str | None:
    """UNTESTED: the first voice ``say -v ?`` lists for the language ("Anna  de_DE  # …")."""
    try:
        listing = subprocess.run(
            ["say", "-v", "?"], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return None
    for line in listing.splitlines():
        before_comment = line.split("#", 1)[0].split()
        if len(before_comment) >= 2 and _language(before_comment[-1]) == language:
            return " ".join(before_comment[:-1])
    return None
