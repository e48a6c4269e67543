"""The views: windows, dialogs, the toast and charts. Layout and small slots; no SQL, no files."""
