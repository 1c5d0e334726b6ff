"""The Discord front end (``qabot discord``): slash commands, mention threads, cited embeds.

``bot.py`` holds the bot and ``run_bot``; ``cogs/qa.py`` the commands, mentions and buttons;
``views.py`` the persistent buttons; ``format.py`` the embeds and Discord's limits;
``ratelimit.py`` the per-user and per-channel limits. See docs/discord.md.
"""
