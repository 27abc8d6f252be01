// Package locale mends a C locale before Fyne reads it.
//
// Fyne's lang package looks the locale up in its own init and logs an error
// for "C.UTF-8", the default of many containers and minimal systems, before
// falling back to English. This package's init runs first. Go initialises,
// at each step, the first package by import path whose imports are done.
// Fyne's lang sorts first but waits for its imports go-locale, go-i18n and
// x/text, which sort after github.com/aicamps and need os and strings too,
// so this package (which needs only those) goes before them. A module
// rename could change that: the e2e smoke's "C locale" test would see it.
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
