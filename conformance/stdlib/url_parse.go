// net/url: Parse into scheme, user, host, port, path, raw query and
// fragment; Query and Values (Encode sorts keys); escaping; resolving
// references; parse errors.
package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8443/a/b%20c/?q=go+lang&x=1&x=2#frag%21")
	fmt.Println(err)
	fmt.Println(u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port())
	pw, set := u.User.Password()
	fmt.Println(pw, set, u.User.String())
	fmt.Printf("%q %q %q %q %q\n", u.Path, u.RawPath, u.EscapedPath(), u.RawQuery, u.Fragment)
	fmt.Println(u.String())
	fmt.Println(u.Redacted())
	q := u.Query()
	fmt.Println(q.Get("q"), q["x"], q.Has("y"), len(q))
	q.Set("y", "a&b=c")
	q.Add("x", "3")
	q.Del("q")
	fmt.Println(q.Encode())
	u.RawQuery = q.Encode()
	fmt.Println(u.RequestURI())

	base, _ := url.Parse("http://example.com/dir/page?x=1")
	for _, ref := range []string{"other", "../up", "/abs", "?y=2", "#f", "//host2/p", "https://x.org"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "->", base.ResolveReference(r))
	}
	fmt.Println(url.QueryEscape("a b/c?d=e&f+g"), url.PathEscape("a b/c?d"))
	s, err := url.QueryUnescape("a+b%2Fc%3F")
	fmt.Println(s, err)
	_, err = url.QueryUnescape("%zz")
	fmt.Println(err)
	v, err := url.ParseQuery("a=1&b=2&a=3&c")
	fmt.Println(v, err)
	for _, bad := range []string{"http://[::1", ":nope", "http://a b.com/", "%gh"} {
		_, err := url.Parse(bad)
		fmt.Println(err)
	}
	o, _ := url.Parse("mailto:gopher@example.com")
	fmt.Println(o.Scheme, o.Opaque, o.IsAbs())
	j := url.URL{Scheme: "http", Host: "h", Path: "/p q"}
	fmt.Println(j.String(), j.JoinPath("x", "../y").String())
}
