"""quotes: who said what, and where the writer took it from, in Indonesian news."""
from .pipeline import SCHEMA_VERSION, extract, load

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "__version__", "extract", "load"]
