from guardian_app.analysis.child import infer_children
from guardian_app.domain import Conversation


def conv(participants, hint=None, owner=None):
    return Conversation(key="k", source="s", format="whatsapp", title="t", participants=participants,
                        messages=[], owner=owner, contact_hint=hint)


def test_the_file_name_names_the_contact_so_the_other_is_the_child():
    (child, reason), = infer_children([conv(["Emma", "Jake"], hint="Jake")])
    assert child == "Emma" and "Jake" in reason


def test_a_name_common_to_all_exports_is_the_owner():
    results = infer_children([conv(["Emma", "Jake"]), conv(["Liam", "Emma"]), conv(["Emma", "Zoe"])])
    assert [c for c, _ in results] == ["Emma", "Emma", "Emma"]
    assert "all 3 chats" in results[0][1]


def test_given_names_win_and_match_case_insensitively():
    (child, reason), = infer_children([conv(["Emma", "Jake"], hint="Emma")], ["emma"])
    assert child == "Emma" and "named" in reason


def test_unknown_child_is_said_plainly():
    (child, reason), = infer_children([conv(["A", "B"])])
    assert child is None and "--child" in reason


def test_recorded_owner_is_used():
    (child, _), = infer_children([conv(["A", "B"], owner="B")])
    assert child == "B"
