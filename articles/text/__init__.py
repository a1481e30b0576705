"""The Arabic text engine, pure Python (it imports no Django): `normalize` (the one
normaliser and tokeniser: letter and digit folds, tashkeel, terms for the index),
`clitics` (a word's proclitic readings), `searchwords` (the index terms a query word
stands for), `lexicon` (common words, titles, kind nouns),
`matching` (the gazetteer's token automaton), `mention_rules` (when a match is a name),
`suggestions` (names the gazetteer lacks), `dates` (Arabic dates read and written) and
`diff` (word-level differences between versions)."""
