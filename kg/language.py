"""Language identification, offline, through py3langid."""

from __future__ import annotations

from functools import cache

SAMPLE_CHARS = 2000


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if sum(ch.isalpha() for ch in sample) < 20:
        return None
    lang, _ = _identifier().classify(sample)
    return lang
