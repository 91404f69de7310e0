"""Rates of a header's words in texts: how much two rates tell apart (pure, no page)."""
from __future__ import annotations

import math

from .profile import DEFAULT


def _loglik(x, n):
    return x * math.log(x / n) if x else 0.0


def evidence(x1, n1, x2, n2):
    """How much better two rates (x1 in n1, x2 in n2) explain counts than one: the log
    likelihood ratio of two Poisson rates against one.

    >>> evidence(0, 300, 30, 300) > 20 > evidence(10, 300, 20, 300) > 0
    True
    >>> evidence(5, 100, 10, 200)
    0.0
    """
    return max(0.0, _loglik(x1, n1) + _loglik(x2, n2) - _loglik(x1 + x2, n1 + n2))


def words_tell(grams, text, body, profile=DEFAULT):
    """Do a header's words (``grams``) tell a text from the header's own ``body``: does the
    body hold them (every time they occur) at a higher rate per character, more than by chance
    (:attr:`~.profile.Profile.alone_evidence`)? A short headline repeated over a part that
    goes on from another page may hold none of the part's words, or one by chance; then the
    words cannot tell a stretch that lacks them from the header's own text.

    >>> words_tell(["擦亮", "亮品", "品牌"], "娄底税务系统以党建为引领" * 20, "品牌" + "基层党支部" * 30)
    False
    >>> words_tell(["党建", "娄底", "税务", "基层"], "雨湖区文明创建" * 30, "娄底税务以党建赋能基层" * 20)
    True
    """
    x_text, x_body = (sum(t.count(g) for g in grams) for t in (text, body))
    return x_text * len(body) < x_body * len(text) and \
        evidence(x_text, len(text), x_body, len(body)) >= profile.alone_evidence
