"""`{{ article|picture:"card" }}`: the article's image as one place shows it
(articles/images/pictures.py), for templates/includes/story_picture.html."""

from django import template

from ..images.pictures import Picture
from ..images.pictures import picture as picture_for

register = template.Library()


@register.filter
def picture(article, role: str) -> Picture | None:
    return picture_for(article, role or "card")
