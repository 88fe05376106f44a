"""Watchlists: standing queries over merged events, and the alerts they send.

``watches`` stores the watches, decides which merged events match (one function, so a sector or
place filter joins it there) and remembers which reports were already alerted; ``sinks`` sends
alerts to the terminal, a JSON Lines file or a webhook.
"""
