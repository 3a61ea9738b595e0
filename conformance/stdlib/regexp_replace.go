// regexp from GOROOT: ReplaceAllString with $1 and ${name} templates,
// ReplaceAllLiteralString, ReplaceAllStringFunc, FindAllStringSubmatch(Index),
// named groups, Expand, Split, Longest, QuoteMeta, MatchString, and the
// compile errors' texts.
package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?P<key>\w+)=(?P<value>\d+)`)
	s := "a=1, bb=22, c=x, dd=444"
	fmt.Println(re.ReplaceAllString(s, "$value:$key"))
	fmt.Println(re.ReplaceAllString(s, "${key}_${value}"))
	fmt.Println(re.ReplaceAllString(s, "$1x"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"))
	fmt.Println(re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Println(re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, 2))
	fmt.Println(re.SubexpNames(), re.NumSubexp(), re.SubexpIndex("value"))
	var out []byte
	for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
		out = re.ExpandString(out, "[$key->$value]", s, m)
	}
	fmt.Println(string(out))

	fmt.Printf("%q\n", regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,  d", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).Split("axxbxc", -1))
	lazy := regexp.MustCompile(`a+?`)
	fmt.Println(lazy.FindString("aaa"))
	lazy.Longest()
	fmt.Println(lazy.FindString("aaa"))
	fmt.Println(regexp.QuoteMeta("1.5*[x]"), regexp.MustCompile(regexp.QuoteMeta("a.b")).MatchString("axb"))
	ok, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(ok, err)
	fmt.Println(regexp.MustCompile(`(?i)héllo`).FindStringIndex("Say HÉLLO!"))
	fmt.Println(regexp.MustCompile(`\bgo\b`).ReplaceAllString("go gopher ago go", "GO"))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))
	b := regexp.MustCompile(`[aeiou]`).ReplaceAllFunc([]byte("banana"), func(m []byte) []byte { return []byte{m[0] - 32} })
	fmt.Println(string(b))
	for _, bad := range []string{`a(b`, `*a`, `a{2,1}`, `[z-a]`, `\8`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`(`)
}
