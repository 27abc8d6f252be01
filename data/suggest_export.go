package data

// Suggest returns the candidate closest to s, or "" when none is close: the
// "did you mean" of the loader's messages, for readers of other formats.
func Suggest(s string, candidates []string) string { return suggest(s, candidates) }
