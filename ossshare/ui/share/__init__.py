"""The share dialog: from one object to a signed link, its copy forms and its QR code."""
