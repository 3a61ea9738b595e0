// Whole program: an HTTP request loop over loopback.
//
// An http.Server on 127.0.0.1 (a port the kernel picks) answers GET /n/{k}
// with k bytes of text and POST /sum with the byte sum of the request body;
// 4 client goroutines, each with a keep-alive connection of the default
// Transport (MaxIdleConnsPerHost raised to 4), send requests in turn (3 GETs, 1 POST of 512 bytes) and add
// up the bodies they read.  net/http, net and the netpoller end to end:
// request parsing, header maps, bufio, goroutine hand-offs through epoll.
// Usage: run <scale> (scale 1000: 20,000 requests).
//
// bench: run
package main

import (
	"bytes"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
)

const clients = 4

func main() {
	scale, _ := strconv.Atoi(os.Args[2])
	requests := 20 * scale
	mux := http.NewServeMux()
	mux.HandleFunc("GET /n/{k}", func(w http.ResponseWriter, r *http.Request) {
		k, _ := strconv.Atoi(r.PathValue("k"))
		w.Header().Set("Content-Type", "text/plain")
		io.WriteString(w, strings.Repeat("x", k))
	})
	mux.HandleFunc("POST /sum", func(w http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		s := 0
		for _, c := range b {
			s += int(c)
		}
		fmt.Fprint(w, s)
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	base := "http://" + ln.Addr().String()
	http.DefaultTransport.(*http.Transport).MaxIdleConnsPerHost = clients // one connection each
	post := bytes.Repeat([]byte("0123456789abcdef"), 32)

	var wg sync.WaitGroup
	sums := make([]int, clients)
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := c; i < requests; i += clients {
				var resp *http.Response
				var err error
				if i%4 == 3 {
					resp, err = http.Post(base+"/sum", "application/octet-stream", bytes.NewReader(post))
				} else {
					resp, err = http.Get(base + "/n/" + strconv.Itoa(i%97))
				}
				if err != nil {
					fmt.Println(err)
					os.Exit(1)
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				sums[c] += len(b) + resp.StatusCode
			}
		}()
	}
	wg.Wait()
	total := 0
	for _, s := range sums {
		total += s
	}
	srv.Close()
	fmt.Println("requests", requests, "checksum", total)
}
