"""HTML pages: the article list and an article with its claims highlighted in place."""
from django.shortcuts import get_object_or_404, render

from claims import selectors
from claims.models import Article


def article_list(request):
    return render(request, "claims/article_list.html", {"articles": selectors.article_list()[:200]})


def article_detail(request, article_id: int):
    article = get_object_or_404(Article.objects.select_related("newsroom"), pk=article_id)
    version = selectors.article_current_version(article=article)
    claims = list(selectors.claims_of_version(version=version)) if version else []
    return render(request, "claims/article_detail.html", {
        "article": article,
        "version": version,
        "claims": claims,
        "segments": _segments(version.normalized_text, claims) if version else [],
    })


def _segments(text: str, claims) -> list[dict]:
    """The text cut into plain runs and claim runs, for highlighting claims in place."""
    out, pos = [], 0
    for claim in claims:
        if claim.start < pos:
            continue
        if claim.start > pos:
            out.append({"text": text[pos:claim.start], "claim": None})
        out.append({"text": text[claim.start:claim.end], "claim": claim})
        pos = claim.end
    if pos < len(text):
        out.append({"text": text[pos:], "claim": None})
    return out
