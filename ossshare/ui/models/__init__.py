"""Item models behind the window's views; one model per module."""
