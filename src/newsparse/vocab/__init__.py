"""Vocabulary as data.

Month names, time zones, share-button words, boilerplate phrases, byline words, news agencies:
code paths read these tables; to teach newsparse a new word, extend a table.
"""
