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

translate = QCoreApplication.translate  # lupdate reads translate("Messages", "…") calls


def _error_texts() -> dict[str, str]:
    return {
        "stale_version": translate(
            "Messages",
            "Someone else saved this article while you were editing it. Your text is kept "
            "in the editor: copy what you need, reload the article, and save again.",
        ),
        "changed_since_opened": translate(
            "Messages",
            "The article changed after you opened it. Read the new revision before approving.",
        ),
        "bad_credentials": translate("Messages", "Wrong user name or password."),
        "account_locked": translate(
            "Messages", "This account is locked after repeated failures. Try again later."
        ),
        "inactive_user": translate("Messages", "This account has been deactivated."),
        "role_required": translate("Messages", "Your roles do not allow this action."),
        "four_eyes": translate(
            "Messages",
            "You cannot approve an article you wrote or edited: another reviewer must approve it.",
        ),
        "wrong_state": translate(
            "Messages", "The article's current state does not allow this action."
        ),
        "not_editable": translate(
            "Messages", "This article can no longer be edited in its current state."
        ),
        "empty_title": translate("Messages", "The article needs a title."),
        "multiline_title": translate("Messages", "The title must be a single line."),
        "comment_required": translate("Messages", "Please say what needs to change."),
        "article_not_found": translate("Messages", "The article no longer exists."),
        "category_not_found": translate("Messages", "The category no longer exists."),
        "media_not_found": translate(
            "Messages", "A picture of this article is missing from the database."
        ),
        "unsupported_image": translate(
            "Messages", "Only JPEG, PNG, GIF and WebP pictures can be used."
        ),
        "image_too_large": translate("Messages", "The picture is too large (at most 25 MB)."),
        "empty_file": translate("Messages", "The file is empty."),
        "empty_name": translate("Messages", "A name is required."),
        "category_cycle": translate("Messages", "A category cannot be moved inside itself."),
        # Comments, history, users, backups, slips, team mode
        "backup_not_found": translate(
            "Messages",
            "There is no backup by that name in the backups folder.",
        ),
        "bad_anchor_field": translate(
            "Messages",
            "Comments can point only into the title, sapo or body.",
        ),
        "bad_anchor_range": translate(
            "Messages",
            "The passage the comment points to is no longer in the text.",
        ),
        "comment_not_found": translate(
            "Messages",
            "That comment no longer exists.",
        ),
        "comment_too_long": translate(
            "Messages",
            "The comment is too long: keep it short, or split it.",
        ),
        "database_file_missing": translate(
            "Messages",
            "There is no database file at that place.",
        ),
        "empty_comment": translate(
            "Messages",
            "Write something in the comment first.",
        ),
        "folder_not_found": translate(
            "Messages",
            "That folder does not exist: choose another.",
        ),
        "login_not_created": translate(
            "Messages",
            "The database server refused to create the login: connect as its owner, with the "
            "right to create roles.",
        ),
        "logins_need_postgresql": translate(
            "Messages",
            "Database logins exist only in team mode (PostgreSQL).",
        ),
        "no_database": translate(
            "Messages",
            "There is no database here yet: start the desk once, or run danvan init.",
        ),
        "no_role": translate(
            "Messages",
            "A user needs at least one role.",
        ),
        "quote_not_found": translate(
            "Messages",
            "The passage the comment quotes is not in the text any more.",
        ),
        "reply_elsewhere": translate(
            "Messages",
            "A reply belongs to the same article as the comment it answers.",
        ),
        "revision_not_found": translate(
            "Messages",
            "That revision of the article does not exist.",
        ),
        "slip_font_missing": translate(
            "Messages",
            "No font with Vietnamese letters for the approval slip: reinstall Danvan Desktop.",
        ),
        "unknown_role": translate(
            "Messages",
            "Unknown role: choose editor, reviewer, publisher or admin.",
        ),
        "user_not_found": translate(
            "Messages",
            "There is no user by that name.",
        ),
        "empty_slug": translate(
            "Messages", "The name has no letter or digit to make a web address from."
        ),
        "invalid_username": translate(
            "Messages",
            "User names use 2–64 lowercase letters without diacritics, digits, '.', '_' or '-'.",
        ),
        "username_taken": translate("Messages", "This user name is already taken."),
        "password_too_short": translate("Messages", "The password is too short."),
        "already_initialised": translate("Messages", "The database has already been set up."),
        "database_unavailable": translate(
            "Messages",
            "Cannot reach the database. Check the address and the network, then try again; "
            "text in the editor stays there.",
        ),
        "database_damaged": translate(
            "Messages", "The database file is damaged. Restore it from a backup."
        ),
        "database_url_invalid": translate("Messages", "The database address is not valid."),
        "disk_full": translate(
            "Messages",
            "The disk holding the database is full. Your text is still in the editor: free "
            "some space, then save again.",
        ),
        "disk_error": translate(
            "Messages",
            "Could not write to the disk holding the database (it may be full, removed or "
            "failing). Your text is still in the editor: check the disk, then save again.",
        ),
        "database_read_only": translate(
            "Messages",
            "The database file is read-only, so nothing can be saved. Your text is still in "
            "the editor: ask for write permission on the file, then save again.",
        ),
        "database_locked": translate(
            "Messages",
            "Another program is holding the database. Your text is still in the editor: "
            "close the other program or wait a moment, then save again.",
        ),
        "backup_needs_sqlite": translate(
            "Messages",
            "The team database is backed up on the server (pg_dump); ask the administrator.",
        ),
        "backup_failed": translate("Messages", "The backup could not be made or checked."),
        "backup_damaged": translate("Messages", "This backup is damaged too. Choose an older one."),
        "no_backup": translate("Messages", "There is no usable backup."),
        "database_in_use": translate(
            "Messages",
            "Another desk is saving to the database, so the backup was not restored. Close "
            "the other desks first, then restore again.",
        ),
        "restore_failed": translate(
            "Messages", "The backup could not be restored; the database was left as it was."
        ),
        # Importing files (importers/, services/importing.py)
        "already_imported": translate(
            "Messages", "The same file was imported before; it was skipped."
        ),
        "corrupt_document": translate(
            "Messages", "The file is damaged or not in the form its name says."
        ),
        "encrypted_document": translate(
            "Messages",
            "The Word document is password-protected: remove the password in Word "
            "(File → Info → Protect Document) and import it again.",
        ),
        "legacy_doc": translate(
            "Messages",
            "This is an old Word 97–2003 (.doc) file: open it in Word, save it as "
            "Word Document (.docx) and import that.",
        ),
        "unsupported_format": translate(
            "Messages",
            "This kind of file cannot be imported: use Word (.docx), web pages (.html), "
            "text (.txt) or Markdown (.md).",
        ),
        "zip_bomb": translate(
            "Messages", "The file expands far beyond any real document; it was not opened."
        ),
        "file_too_large": translate("Messages", "The file is too large to import."),
        "file_unreadable": translate(
            "Messages", "The file cannot be read (it may be open in another program)."
        ),
        "file_not_found": translate("Messages", "The file no longer exists."),
        "binary_file": translate("Messages", "The file is not text or a web page."),
        "no_article_text": translate("Messages", "No article text was found in the file."),
        "text_too_long": translate("Messages", "The text is too long for one article."),
        "undecodable_text": translate(
            "Messages", "The text's encoding cannot be read; save it as UTF-8 and try again."
        ),
        "too_many_files": translate(
            "Messages", "Too many files at once: import at most 5,000 in one go."
        ),
        # Editing together (services/locks.py)
        "locked_by_other": translate("Messages", "Someone else is editing this article."),
        "take_over_denied": translate(
            "Messages", "Only the article's own editor or an administrator can take it over."
        ),
        # The pre-export check (portal/checks.py, services/publishing.py): blocks
        "not_approved": translate("Messages", "Not approved: only approved articles go out."),
        "approval_voided": translate(
            "Messages",
            "Edited after approval: the approval no longer holds; it must be reviewed again.",
        ),
        "image_without_caption": translate(
            "Messages", "A picture has no caption: the portal shows every picture with one."
        ),
        "media_missing": translate(
            "Messages", "A picture of this article is missing from the database."
        ),
        "image_type_refused": translate(
            "Messages", "A picture is not JPEG, PNG, GIF or WebP and cannot be published."
        ),
        "image_unreadable": translate(
            "Messages", "A picture is damaged and cannot be cleaned of its camera data."
        ),
        "slug_invalid": translate(
            "Messages",
            "The article's web address is not one the portal accepts (too long): edit and save "
            "the article, with a shorter title if need be, to give it a new one.",
        ),
        "not_nfc": translate(
            "Messages",
            "Some text is not in standard Unicode (NFC): normalise it, then have it reviewed "
            "again.",
        ),
        "legacy_encoding": translate(
            "Messages",
            "Some text is still in an old Vietnamese font encoding (TCVN3, VNI, VIQR): convert "
            "it, then have it reviewed again.",
        ),
        # … and warnings
        "missing_sapo": translate("Messages", "No sapo (lead paragraph)."),
        "sapo_repeated": translate(
            "Messages", "The sapo is repeated as the first paragraph of the body."
        ),
        "empty_signature": translate("Messages", "The signature (author's name) is empty."),
        "unsafe_markup": translate(
            "Messages",
            "The body holds HTML the portal's pages leave out (a script, frame, form or event "
            "handler): remove it, as a portal reading the Markdown would show it.",
        ),
        # Exporting a package (services/publishing.py, portal/build.py, portal/signing.py)
        "export_blocked": translate(
            "Messages",
            "Some chosen articles cannot be published yet (the reasons are in red in the "
            "list). Nothing was written.",
        ),
        "export_cancelled": translate(
            "Messages", "Publishing was cancelled. No file was written and nothing was published."
        ),
        "changed_during_export": translate(
            "Messages",
            "An article was edited while the package was being made, so nothing was published "
            "and no file was written. Check the list and publish again.",
        ),
        "nothing_to_export": translate(
            "Messages", "Choose at least one article to publish or to withdraw."
        ),
        "out_is_folder": translate(
            "Messages", "The destination is a folder: give the package a file name (.zip)."
        ),
        "package_empty": translate(
            "Messages", "Choose at least one article to publish or to withdraw."
        ),
        "id_invalid": translate("Messages", "An article's identifier is not valid."),
        "duplicate_article": translate("Messages", "The same article is in the package twice."),
        "ambiguous_id": translate("Messages", "Several articles match; give the full identifier."),
        "passphrase_too_short": translate(
            "Messages", "The passphrase needs at least 8 characters."
        ),
        "key_exists": translate(
            "Messages", "A signing key already exists on this computer; use its passphrase."
        ),
        "key_missing": translate(
            "Messages", "There is no signing key on this computer yet: create one first."
        ),
        "key_passphrase_wrong": translate(
            "Messages", "Wrong passphrase: the signing key could not be unlocked."
        ),
        "key_invalid": translate("Messages", "The signing key file is not a valid key."),
        "public_key_invalid": translate("Messages", "The public key file is not a valid key."),
        # Reading a package (portal/reader.py, services/package_import.py)
        "package_missing": translate("Messages", "The package file does not exist."),
        "not_a_package": translate("Messages", "This file is not a portal package (.zip)."),
        "unsafe_name": translate(
            "Messages", "The package holds a file with a dangerous name; it was not opened."
        ),
        "duplicate_name": translate(
            "Messages", "The package holds two files with the same name; it was not opened."
        ),
        "symlink_entry": translate(
            "Messages", "The package holds a link to another file; it was not opened."
        ),
        "unexpected_entry": translate(
            "Messages", "The package holds a file the format does not allow; it was not opened."
        ),
        "encrypted_entry": translate(
            "Messages", "The package holds an encrypted file; it was not opened."
        ),
        "unsupported_compression": translate(
            "Messages", "The package is compressed in a way the desk does not read."
        ),
        "too_many_entries": translate("Messages", "The package holds too many files."),
        "entry_too_large": translate("Messages", "A file in the package is too large."),
        "entry_too_compressible": translate(
            "Messages", "A file in the package expands far beyond any real content; refused."
        ),
        "package_too_large": translate("Messages", "The package is too large."),
        "manifest_missing": translate(
            "Messages", "The package has no table of contents (manifest.json) or no signature."
        ),
        "signature_malformed": translate("Messages", "The package's signature is damaged."),
        "signature_wrong_key": translate(
            "Messages", "The package was signed with a key this office does not trust."
        ),
        "signature_invalid": translate(
            "Messages", "The signature does not match: the package was altered after signing."
        ),
        "json_invalid": translate("Messages", "A record in the package is not valid JSON."),
        "format_version_unsupported": translate(
            "Messages", "The package is in a format version this desk does not know."
        ),
        "schema_invalid": translate(
            "Messages", "A record in the package does not follow the package format."
        ),
        "manifest_invalid": translate("Messages", "The package's table of contents is invalid."),
        "unlisted_entry": translate(
            "Messages", "The package holds a file its table of contents does not list."
        ),
        "entry_missing": translate(
            "Messages", "A file listed in the package's table of contents is missing."
        ),
        "entry_damaged": translate("Messages", "A file in the package is damaged."),
        "size_mismatch": translate(
            "Messages", "A file in the package has the wrong size: it was altered or damaged."
        ),
        "hash_mismatch": translate(
            "Messages", "A file in the package does not match its fingerprint: altered or damaged."
        ),
        "record_invalid": translate("Messages", "An article record in the package is invalid."),
        "record_mismatch": translate(
            "Messages", "An article record disagrees with the package's table of contents."
        ),
        "import_conflict": translate(
            "Messages",
            "An article in the package already exists here with different content; nothing "
            "was imported.",
        ),
        "import_slug_taken": translate(
            "Messages",
            "An article in the package uses a web address (slug) another article has here; "
            "nothing was imported.",
        ),
    }


def error_text(error: BaseException) -> str:
    """A sentence the editor can act on, for any error a task raised."""
    if isinstance(error, DanvanError):
        text = _error_texts().get(error.code)
        if text:
            return text
        return translate("Messages", "The action was refused: {reason}").format(
            reason=error.message
        )
    return translate("Messages", "Unexpected error: {error}").format(
        error=str(error) or type(error).__name__
    )


def export_error_text(error: BaseException) -> str:
    """Why an export failed; a destination that cannot be written is the usual outside cause."""
    if isinstance(error, OSError):
        return translate(
            "Messages",
            "Cannot write the package there ({reason}). Choose another folder, such as "
            "Documents; nothing was published.",
        ).format(reason=error.strerror or type(error).__name__)
    return error_text(error)


def code_text(code: str, detail: str = "") -> str:
    """A coded outcome that is not an exception (an import report's row), in words."""
    return _error_texts().get(code) or detail or code


def import_warning_text(warning: str) -> str:
    """An importer's warning ("code: English detail") in words; unknown codes keep the detail."""
    code, _, detail = warning.partition(":")
    text = {
        "converted_legacy": translate(
            "Messages", "Text in an old Vietnamese font (TCVN3/VNI) was converted to Unicode."
        ),
        "title_from_file_name": translate(
            "Messages", "No title was found: the file name became the title."
        ),
        "picture_not_saved": translate(
            "Messages", "A picture was not found beside the file and was left out."
        ),
        "picture_linked": translate(
            "Messages", "A picture is only linked, not inserted in the document; it was left out."
        ),
        "picture_missing": translate("Messages", "A picture's data is missing from the file."),
        "picture_format": translate(
            "Messages", "A picture is not JPEG, PNG, GIF or WebP and was left out."
        ),
        "picture_too_large": translate("Messages", "A picture is too large and was left out."),
    }.get(code.strip())
    return text or detail.strip() or warning


def status_text(status: ArticleStatus) -> str:
    return {
        ArticleStatus.DRAFT: translate("Messages", "Draft"),
        ArticleStatus.IN_REVIEW: translate("Messages", "In review"),
        ArticleStatus.CHANGES_REQUESTED: translate("Messages", "Changes requested"),
        ArticleStatus.APPROVED: translate("Messages", "Approved"),
        ArticleStatus.PUBLISHED: translate("Messages", "Published"),
        ArticleStatus.WITHDRAWN: translate("Messages", "Withdrawn"),
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
    return {
        Role.EDITOR: translate("Messages", "editor"),
        Role.REVIEWER: translate("Messages", "reviewer"),
        Role.PUBLISHER: translate("Messages", "publisher"),
        Role.ADMIN: translate("Messages", "administrator"),
    }[role]


def roles_text(roles: object) -> str:
    ordered = [r for r in Role if r in roles]  # type: ignore[operator]
    return ", ".join(role_text(r) for r in ordered)
