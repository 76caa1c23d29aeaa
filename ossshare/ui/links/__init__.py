"""The link history in the window: recording links as they are given out, and the Links window."""
