"""summarizer: several news articles about one armed-conflict episode -> one grounded briefing."""
