"""Deciding which participant of each conversation is the child (the export's owner)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ..domain import Conversation


def _norm(name: str) -> str:
    return " ".join(name.casefold().split())


def infer_children(conversations: Sequence[Conversation],
                   given: Sequence[str] = ()) -> list[tuple[str | None, str]]:
    """For each conversation, (child's name or None, how that was decided in plain words)."""
    if given:
        wanted = {_norm(n) for n in given}
        out: list[tuple[str | None, str]] = []
        for conv in conversations:
            match = next((p for p in conv.participants if _norm(p) in wanted), None)
            if match:
                out.append((match, f"{match} was named as the child."))
            else:
                out.append((None, "None of the names given as the child ("
                            + ", ".join(given) + ") take part in this chat; every participant was checked."))
        return out

    # A name that appears in several exports is most likely the phone's owner.
    seen = Counter(_norm(p) for conv in conversations for p in set(conv.participants))
    n_convs = len(conversations)
    results: list[tuple[str | None, str]] = []
    for conv in conversations:
        results.append(_infer_one(conv, seen, n_convs))
    return results


def _infer_one(conv: Conversation, seen: Counter[str], n_convs: int) -> tuple[str | None, str]:
    if conv.contact_hint:
        others = [p for p in conv.participants if _norm(p) != _norm(conv.contact_hint)]
        if len(others) == 1 and len(conv.participants) == 2:
            return others[0], (f"The file is the chat with {conv.contact_hint}, so {others[0]}, the other "
                               "person in it, is taken to be the child who exported it.")
    if conv.owner and conv.owner in conv.participants:
        return conv.owner, f"The export records {conv.owner} as the account owner."
    if n_convs > 1:
        common = [p for p in conv.participants if seen[_norm(p)] == n_convs]
        if len(common) == 1:
            return common[0], (f"{common[0]} takes part in all {n_convs} chats that were checked together, "
                               "so they are taken to be the child who owns the phone.")
    return None, ("Guardian could not tell which participant is the child, so it checked every "
                  "participant. Say who the child is with --child NAME.")
