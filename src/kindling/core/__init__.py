"""The domain: plain data, reframe choice, summaries and codecs. Standard library only."""
