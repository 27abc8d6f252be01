package app

import (
	"os"
	"runtime"
	"strings"
	"text/template"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	// Mends a C locale before Fyne's lang reads it (see the package).
	_ "github.com/aicamps/aicamps/app/locale"
	"github.com/aicamps/aicamps/assets"
	"github.com/aicamps/aicamps/views/words"
)

// Languages the UI speaks, in menu order.
var languages = []struct{ code, name string }{{"zh", "中文"}, {"en", "English"}}

// translator looks up the app's UI strings in the current language. The
// strings are assets/translations/*.json, also handed to Fyne's lang package;
// Fyne's lang picks the system language once and cannot switch at run time,
// so our own strings go through this small lookup.
type translator struct {
	lang string                       // "zh" or "en"
	msgs map[string]map[string]string // lang -> key -> text
}

func newTranslator(lang string) (*translator, error) {
	t := &translator{lang: normLang(lang), msgs: map[string]map[string]string{}}
	for l, m := range words.All() { // the views' reader of the same files
		t.msgs[l] = m
	}
	return t, nil
}

// normLang maps a locale ("zh-CN", "zh_Hans", "en-GB") to "zh" or "en".
func normLang(l string) string {
	if strings.HasPrefix(strings.ToLower(l), "zh") {
		return "zh"
	}
	return "en"
}

// systemLang is the user's language if the app speaks it, else English.
func systemLang() string { return normLang(lang.SystemLocale().LanguageString()) }

// L returns the text for key in the current language (falling back to
// English, then to the key), filled in from data like a text/template.
func (t *translator) L(key string, data ...any) string {
	s, ok := t.msgs[t.lang][key]
	if !ok {
		if s, ok = t.msgs["en"][key]; !ok {
			s = key
		}
	}
	if len(data) == 0 || !strings.Contains(s, "{{") {
		return s
	}
	tpl, err := template.New(key).Option("missingkey=zero").Parse(s)
	if err != nil {
		return s
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data[0]); err != nil {
		return s
	}
	return b.String()
}

// useFyneLang registers our translations with Fyne and, where the locale
// comes from the environment (Linux, BSD), points Fyne's own strings (file
// dialog buttons…) at lang too.
func useFyneLang(l string) {
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" && os.Getenv("LANG") != "" {
		if l == "zh" {
			os.Setenv("LANGUAGE", "zh_CN")
		} else {
			os.Setenv("LANGUAGE", "en")
		}
	}
	if err := lang.AddTranslationsFS(assets.Translations, "translations"); err != nil {
		fyne.LogError("translations", err)
	}
}
