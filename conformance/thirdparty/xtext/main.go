// golang.org/x/text: Unicode normalization, width folding, case mapping
// with language-specific rules, and language tag matching.
package main

import (
	"fmt"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"
	"golang.org/x/text/width"
)

func main() {
	s := "e\u0301cole Cafe\u0301"
	nfc := norm.NFC.String(s)
	fmt.Println(len(s), len(nfc), nfc, norm.NFC.IsNormalString(nfc), len(norm.NFD.String(nfc)))
	fmt.Println(width.Fold.String("ＡＢＣ１２３ｶﾀｶﾅ"), width.Widen.String("abc"))
	fmt.Println(cases.Upper(language.Turkish).String("istanbul"), cases.Upper(language.English).String("istanbul"))
	fmt.Println(cases.Title(language.Dutch).String("ijsland ijs"), cases.Lower(language.Und).String("ΣΑΣ"))
	m := language.NewMatcher([]language.Tag{language.English, language.German, language.French})
	tag, idx, conf := m.Match(language.MustParse("de-AT"), language.MustParse("fr"))
	fmt.Println(tag, idx, conf)
	t, err := language.Parse("zh-Hant-TW")
	base, _ := t.Base()
	script, _ := t.Script()
	region, _ := t.Region()
	fmt.Println(t, err, base, script, region)
}
