"""ossshare: signed, time-limited download links for Alibaba Cloud OSS objects."""

__version__ = "0.1.0"
