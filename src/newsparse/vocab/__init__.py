"""Vocabulary as data: month names, time zones, share-button words, boilerplate phrases,
news agencies. Code paths read these tables; to teach newsparse a new word, extend a table.
"""
