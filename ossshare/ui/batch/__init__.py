"""Links for many objects at once: the batch dialog, its table and the QR sheet."""
