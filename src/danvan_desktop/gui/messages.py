"""The one place where the core's codes become words for the editor.

Services raise `DanvanError` with a stable `code`; states and roles are enums.
Here each becomes a sentence in the interface language (English source strings,
translated through Qt's `.ts` files under the fixed context "Messages", so that
lupdate sees every literal and a subclass never loses its translation).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from danvan_desktop.errors import DanvanError
from danvan_desktop.workflow import ArticleStatus, Role


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _error_texts() -> dict[str, str]:
    t = QCoreApplication.translate
    return {
        "stale_version": t(
            "Messages",
            "Someone else saved this article while you were editing it. Your text is kept "
            "in the editor: copy what you need, reload the article, and save again.",
        ),
        "changed_since_opened": t(
            "Messages",
            "The article changed after you opened it. Read the new revision before approving.",
        ),
        "bad_credentials": t("Messages", "Wrong user name or password."),
        "account_locked": t(
            "Messages", "This account is locked after repeated failures. Try again later."
        ),
        "inactive_user": t("Messages", "This account has been deactivated."),
        "role_required": t("Messages", "Your roles do not allow this action."),
        "four_eyes": t(
            "Messages",
            "You cannot approve an article you wrote or edited: another reviewer must approve it.",
        ),
        "wrong_state": t("Messages", "The article's current state does not allow this action."),
        "not_editable": t("Messages", "This article can no longer be edited in its current state."),
        "empty_title": t("Messages", "The article needs a title."),
        "multiline_title": t("Messages", "The title must be a single line."),
        "comment_required": t("Messages", "Please say what needs to change."),
        "article_not_found": t("Messages", "The article no longer exists."),
        "category_not_found": t("Messages", "The category no longer exists."),
        "media_not_found": t("Messages", "A picture of this article is missing from the database."),
        "unsupported_image": t("Messages", "Only JPEG, PNG, GIF and WebP pictures can be used."),
        "image_too_large": t("Messages", "The picture is too large (at most 25 MB)."),
        "empty_file": t("Messages", "The file is empty."),
        "empty_name": t("Messages", "A name is required."),
        "category_cycle": t("Messages", "A category cannot be moved inside itself."),
        "invalid_username": t(
            "Messages",
            "User names use 2–64 lowercase letters without diacritics, digits, '.', '_' or '-'.",
        ),
        "username_taken": t("Messages", "This user name is already taken."),
        "password_too_short": t("Messages", "The password is too short."),
        "already_initialised": t("Messages", "The database has already been set up."),
        "database_unavailable": t(
            "Messages", "Cannot open the database. Check the address and the network."
        ),
        "database_damaged": t(
            "Messages", "The database file is damaged. Restore it from a backup."
        ),
        "database_url_invalid": t("Messages", "The database address is not valid."),
    }


def error_text(error: BaseException) -> str:
    """A sentence the editor can act on, for any error a task raised."""
    if isinstance(error, DanvanError):
        text = _error_texts().get(error.code)
        if text:
            return text
        return _t("The action was refused: {reason}").format(reason=error.message)
    return _t("Unexpected error: {error}").format(error=str(error) or type(error).__name__)


def status_text(status: ArticleStatus) -> str:
    t = QCoreApplication.translate
    return {
        ArticleStatus.DRAFT: t("Messages", "Draft"),
        ArticleStatus.IN_REVIEW: t("Messages", "In review"),
        ArticleStatus.CHANGES_REQUESTED: t("Messages", "Changes requested"),
        ArticleStatus.APPROVED: t("Messages", "Approved"),
        ArticleStatus.PUBLISHED: t("Messages", "Published"),
        ArticleStatus.WITHDRAWN: t("Messages", "Withdrawn"),
    }[status]


# Badge colours (background, text) per state: calm for drafts, warm for work
# waiting on someone, green for approved, blue once it is public.
STATUS_COLOURS: dict[ArticleStatus, tuple[str, str]] = {
    ArticleStatus.DRAFT: ("#e8eaed", "#3c4043"),
    ArticleStatus.IN_REVIEW: ("#fef3c7", "#92400e"),
    ArticleStatus.CHANGES_REQUESTED: ("#fde2e1", "#9f1d1d"),
    ArticleStatus.APPROVED: ("#dcfce7", "#166534"),
    ArticleStatus.PUBLISHED: ("#dbeafe", "#1e40af"),
    ArticleStatus.WITHDRAWN: ("#ede9fe", "#5b21b6"),
}


def role_text(role: Role) -> str:
    t = QCoreApplication.translate
    return {
        Role.EDITOR: t("Messages", "editor"),
        Role.REVIEWER: t("Messages", "reviewer"),
        Role.PUBLISHER: t("Messages", "publisher"),
        Role.ADMIN: t("Messages", "administrator"),
    }[role]


def roles_text(roles: object) -> str:
    ordered = [r for r in Role if r in roles]  # type: ignore[operator]
    return ", ".join(role_text(r) for r in ordered)
