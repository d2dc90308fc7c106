"""Bringing existing work in: portal pages, Word files, web pages, legacy text → draft fields.

Entry points (Qt-free, no store): `files.import_path(path)` and
`files.import_document(data, filename, resources=...)` return an
`model.ImportedArticle`, or raise `model.ImportRefused` with a code saying why
not; `files.SUPPORTED_SUFFIXES` lists what a file dialog should offer.
`services.importing.import_files` turns a batch of them into drafts.
"""
