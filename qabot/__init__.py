"""qabot: answers questions about news articles with their exact words, cited."""
from .config import Settings
from .engine import Engine
from .errors import QabotError, QuestionError, ReadError, StoreError, TemplateError
from .models import Answer, Article, ArticleRef, Chunk, Quote, Sentence, Span, Statement

__all__ = sorted([
    "Answer", "Article", "ArticleRef", "Chunk", "Engine", "QabotError", "QuestionError", "Quote",
    "ReadError", "Sentence", "Settings", "Span", "Statement", "StoreError", "TemplateError",
])
