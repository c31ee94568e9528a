"""marsad: a sourced knowledge base of armed actors from Arabic and English reports."""

__version__ = "0.1.0"
