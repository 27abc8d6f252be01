// Package locale mends a C locale before Fyne reads it.
//
// Fyne's lang package looks the locale up in its own init and logs an error
// for "C.UTF-8", the default of many containers and minimal systems, before
// falling back to English. This package's init runs first: Go initialises
// packages in import-path order as soon as their imports are, and this one
// needs only os and strings, while Fyne's lang waits for go-i18n.
package locale

import (
	"os"
	"strings"
)

func init() {
	// LANGUAGE is what Fyne reads first when the locale is not plain C.
	if IsC(os.Getenv) && os.Getenv("LANGUAGE") == "" {
		os.Setenv("LANGUAGE", "en")
	}
}

// IsC reports whether the locale, read as gettext reads it (the first of
// LC_ALL, LC_MESSAGES and LANG that is set), is C or POSIX, with or without
// an encoding.
func IsC(getenv func(string) string) bool {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(k); v != "" {
			v, _, _ = strings.Cut(v, ".")
			v, _, _ = strings.Cut(v, "@")
			return v == "C" || v == "POSIX"
		}
	}
	return false
}
