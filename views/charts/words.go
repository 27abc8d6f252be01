package charts

import "github.com/aicamps/aicamps/views/words"

// word is one of the few labels the charts write themselves, from
// assets/translations ("charts." keys, or the views' shared "views." ones).
// They are words, not figures: every number comes from the data.
func word(lang, key string) string { return words.In(lang, "charts", key) }
