"""Language identification, offline, through py3langid."""

from __future__ import annotations

from functools import cache
from itertools import islice

SAMPLE_CHARS = 2000
MIN_LETTERS = 20  # fewer in the sample: too little text to tell


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def identify(text: str) -> str | None:
    """ISO 639-1 code of the text's language, or None when there is too little text to tell."""
    sample = text[:SAMPLE_CHARS]
    if next(islice(filter(str.isalpha, sample), MIN_LETTERS - 1, None), None) is None:  # stops at the twentieth
        return None
    lang, _ = _identifier().classify(sample)
    return lang
