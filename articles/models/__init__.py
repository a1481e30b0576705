"""The newsroom's data: names (`names`), articles (`articles`), the front page's choices
(`front`), and what is derived from them for readers' pages (`derived`). Nothing here
imports beyond Django and the text engine.
"""

from .articles import (
    PREVIEW_PERMISSION,
    TRASH_PERMISSION,
    Article,
    ArticleAuthor,
    ArticleEntity,
    ArticleEntityQuerySet,
    ArticleHistory,
    ArticleQuerySet,
    Correction,
    TrashedArticle,
    preview_rights,
    split_paragraphs,
)
from .derived import (
    ArticleRendering,
    ListingEntry,
    RenderEpoch,
    SearchEntry,
    SiteSections,
    StoredCard,
    StoredFrontPage,
    StoredPage,
    StoredPanels,
    TsVectorField,
)
from .front import MAX_STORIES, FrontPageSection, LeadStory
from .names import (
    Author,
    Entity,
    EntityKind,
    NamedModel,
    NamedQuerySet,
    Source,
    Tag,
    clean_aliases,
)

__all__ = [
    "MAX_STORIES",
    "PREVIEW_PERMISSION",
    "TRASH_PERMISSION",
    "Article",
    "ArticleAuthor",
    "ArticleEntity",
    "ArticleEntityQuerySet",
    "ArticleHistory",
    "ArticleQuerySet",
    "ArticleRendering",
    "Author",
    "Correction",
    "Entity",
    "EntityKind",
    "FrontPageSection",
    "LeadStory",
    "ListingEntry",
    "NamedModel",
    "NamedQuerySet",
    "RenderEpoch",
    "SearchEntry",
    "SiteSections",
    "Source",
    "StoredCard",
    "StoredFrontPage",
    "StoredPage",
    "StoredPanels",
    "Tag",
    "TrashedArticle",
    "TsVectorField",
    "clean_aliases",
    "preview_rights",
    "split_paragraphs",
]
