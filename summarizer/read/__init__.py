"""Stage 1, reading: files, folders and JSONL into Articles of numbered sentences, with
each article's own date and place, and its time references read by stated rules."""
