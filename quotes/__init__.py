"""quotes: who said what, and where the writer took it from, in Indonesian news."""
from .pipeline import SCHEMA_VERSION, extract, load
from .htmlview import View, render

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "View", "__version__", "extract", "load", "render", "view"]


def view(text: str, doc_id: str = "doc", **kwargs) -> View:
    """Extract and show: in Jupyter, the HTML view of the article's quotes."""
    return View(extract(text, doc_id, **kwargs), text)
