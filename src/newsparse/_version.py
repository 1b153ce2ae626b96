"""The version of newsparse, read by the build backend and by ``newsparse.__version__``."""

__version__ = "0.1.0"
