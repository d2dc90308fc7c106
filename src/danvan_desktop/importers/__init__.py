"""Bringing existing work in: portal pages, Word files, web pages, legacy text → draft fields."""
