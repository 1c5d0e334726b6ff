"""The bot's cogs: ``qa.QA`` (the only one)."""
