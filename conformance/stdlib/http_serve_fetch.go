// net/http over loopback: http.Server on a net.Listen("tcp", "127.0.0.1:0") listener and
// a client in the same program (GET, POST, PUT, redirects, patterns, 404, a recovered panic).
package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/url"
	"os"
	"regexp"
	"sort"
	"strings"
)

// portless writes the first line of each log entry to stderr with the
// client's port replaced, so the expected output holds no port.
type portless struct{}

var port = regexp.MustCompile(`127\.0\.0\.1:\d+`)

func (portless) Write(p []byte) (int, error) {
	line, _, _ := bytes.Cut(p, []byte("\n"))
	os.Stderr.Write(append(port.ReplaceAll(line, []byte("127.0.0.1:PORT")), '\n'))
	return len(p), nil
}

func show(what string, resp *http.Response, err error) {
	if err != nil {
		fmt.Printf("%s: error %v\n", what, err)
		return
	}
	body, err := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("%s: %s %s read err %v\n", what, resp.Proto, resp.Status, err)
	var keys []string
	for k := range resp.Header {
		if k != "Date" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %s\n", k, strings.Join(resp.Header[k], ", "))
	}
	fmt.Printf("  has Date: %v, ContentLength %d\n", resp.Header.Get("Date") != "", resp.ContentLength)
	fmt.Printf("  body %q\n", body)
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("X-Goc", "hello")
		w.Header().Add("X-Multi", "a")
		w.Header().Add("X-Multi", "b")
		fmt.Fprintf(w, "hello, %s (%s %s)", r.URL.Query().Get("name"), r.Method, r.Proto)
	})
	mux.HandleFunc("POST /echo", func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.WriteHeader(http.StatusCreated)
		fmt.Fprintf(w, "%s %d %s", r.Header.Get("Content-Type"), r.ContentLength, strings.ToUpper(string(b)))
	})
	mux.HandleFunc("POST /form", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "a=%s b=%q", r.FormValue("a"), r.PostFormValue("b"))
	})
	mux.HandleFunc("GET /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "item %s", r.PathValue("id"))
	})
	mux.HandleFunc("PUT /items/{id}", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "put %s by %s", r.PathValue("id"), r.Header.Get("X-User"))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/hello?name=redirected", http.StatusFound)
	})
	mux.HandleFunc("/panic", func(w http.ResponseWriter, r *http.Request) {
		panic("handler exploded")
	})
	mux.HandleFunc("/json", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		io.WriteString(w, `{"ok":true}`)
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	srv := &http.Server{Handler: mux, ErrorLog: log.New(portless{}, "", 0)}
	served := make(chan error, 1)
	go func() { served <- srv.Serve(ln) }()

	base := "http://" + ln.Addr().String()
	resp, err := http.Get(base + "/hello?name=goc")
	show("GET /hello", resp, err)

	resp, err = http.Post(base+"/echo", "text/plain", strings.NewReader("a posted body"))
	show("POST /echo", resp, err)

	resp, err = http.PostForm(base+"/form", url.Values{"a": {"1"}, "b": {"two words"}})
	show("POST /form", resp, err)

	resp, err = http.Get(base + "/items/42")
	show("GET /items/42", resp, err)

	req, _ := http.NewRequest(http.MethodPut, base+"/items/7", nil)
	req.Header.Set("X-User", "gopher")
	resp, err = http.DefaultClient.Do(req)
	show("PUT /items/7", resp, err)

	resp, err = http.Get(base + "/echo")
	show("GET /echo", resp, err)

	resp, err = http.Get(base + "/old")
	if err == nil {
		fmt.Println("redirected to", resp.Request.URL.Path, resp.Request.URL.RawQuery)
	}
	show("GET /old", resp, err)

	resp, err = http.Get(base + "/missing")
	show("GET /missing", resp, err)

	resp, err = http.Head(base + "/json")
	show("HEAD /json", resp, err)

	// The server recovers the panic, logs it and closes the connection: the
	// client sees EOF (a fresh connection, so the request is not retried).
	tr := &http.Transport{DisableKeepAlives: true}
	resp, err = (&http.Client{Transport: tr}).Get(base + "/panic")
	if err != nil {
		fmt.Println("GET /panic: error wraps io.EOF:", errors.Is(err, io.EOF))
	} else {
		show("GET /panic", resp, err)
	}

	// The server keeps serving after the panic.
	resp, err = http.Get(base + "/json")
	show("GET /json", resp, err)

	http.DefaultClient.CloseIdleConnections()
	fmt.Println("shutdown:", srv.Shutdown(context.Background()))
	fmt.Println("serve returned:", <-served)
	_, err = http.Get(base + "/hello")
	fmt.Println("after shutdown, error:", err != nil)
}
