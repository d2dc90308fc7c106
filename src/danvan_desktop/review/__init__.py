"""The reviewer's tools as pure functions: syllable diffs, comment anchors, the approval slip.

Qt-free and store-free, so the services, the CLI and the review view share them and
tests run them on plain strings.
"""
