"""The article editor: Markdown text widget, highlighter, find/replace, and the form around them."""
