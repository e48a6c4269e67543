"""Desktop integration: data paths, logging, global hotkeys, single instance, tray."""
