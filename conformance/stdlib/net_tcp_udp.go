// net over loopback: a TCP echo server on port 0 with several goroutine
// clients, read/accept/write deadlines ("i/o timeout"), EOF and ErrClosed, a UDP round trip.
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync"
	"time"
)

// echo answers each line of c with its upper-case form until the client closes.
func echo(c net.Conn) {
	defer c.Close()
	r := bufio.NewReader(c)
	for {
		line, err := r.ReadString('\n')
		if err != nil {
			return
		}
		if _, err := io.WriteString(c, strings.ToUpper(line)); err != nil {
			return
		}
	}
}

// describe prints what a gc program can rely on about a network error.
func describe(what string, err error) {
	var op *net.OpError
	if errors.As(err, &op) {
		fmt.Printf("%s: op=%s net=%s err=%q timeout=%v deadline=%v\n", what, op.Op, op.Net, op.Err.Error(),
			op.Timeout(), errors.Is(err, os.ErrDeadlineExceeded))
		return
	}
	fmt.Printf("%s: %v (EOF %v, closed %v)\n", what, err, err == io.EOF, errors.Is(err, net.ErrClosed))
}

func tcpEcho() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	addr := ln.Addr().(*net.TCPAddr)
	fmt.Println("listener:", ln.Addr().Network(), addr.IP, addr.Port != 0)
	var served sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				describe("accept after close", err)
				served.Done()
				return
			}
			go echo(c)
		}
	}()
	served.Add(1)

	const clients, lines = 6, 4
	replies := make([][]string, clients)
	var wg sync.WaitGroup
	for i := 0; i < clients; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				replies[i] = []string{"dial: " + err.Error()}
				return
			}
			defer c.Close()
			if c.RemoteAddr().String() != ln.Addr().String() {
				replies[i] = append(replies[i], "remote address differs")
			}
			r := bufio.NewReader(c)
			for j := 0; j < lines; j++ {
				fmt.Fprintf(c, "client %d line %d\n", i, j)
				got, err := r.ReadString('\n')
				if err != nil {
					replies[i] = append(replies[i], "read: "+err.Error())
					return
				}
				replies[i] = append(replies[i], strings.TrimSuffix(got, "\n"))
			}
		}()
	}
	wg.Wait()
	for i, rs := range replies {
		fmt.Printf("client %d: %s\n", i, strings.Join(rs, " | "))
	}

	// A large write comes back whole through io.ReadFull.
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	big := strings.Repeat("abcdefgh", 64<<10) + "\n"
	go io.WriteString(c, big)
	buf := make([]byte, len(big))
	_, err = io.ReadFull(c, buf)
	fmt.Println("256 KiB echoed:", err == nil && string(buf) == strings.ToUpper(big))
	c.(*net.TCPConn).CloseWrite()
	n, err := c.Read(buf)
	fmt.Println("after CloseWrite:", n, err == io.EOF)
	c.Close()
	_, err = c.Read(buf)
	describe("read on closed conn", err)

	ln.Close()
	served.Wait()
}

func deadlines() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	defer ln.Close()

	// Accept with a deadline and nobody dialing.
	start := time.Now() // before the deadline is computed: a timer never fires early
	ln.(*net.TCPListener).SetDeadline(start.Add(20 * time.Millisecond))
	_, err = ln.Accept()
	describe("accept", err)
	fmt.Println("accept waited >= 20ms:", time.Since(start) >= 20*time.Millisecond)
	ln.(*net.TCPListener).SetDeadline(time.Time{})

	// A peer that accepts and never writes.
	accepted := make(chan net.Conn, 1)
	go func() {
		c, err := ln.Accept()
		if err == nil {
			accepted <- c
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println("dial:", err)
		return
	}
	defer c.Close()
	peer := <-accepted
	defer peer.Close()

	buf := make([]byte, 16)
	start = time.Now()
	c.SetReadDeadline(start.Add(30 * time.Millisecond))
	n, err := c.Read(buf)
	fmt.Println("read returned", n, "after >= 30ms:", time.Since(start) >= 30*time.Millisecond)
	describe("read", err)
	full := err.Error()
	fmt.Println("message ends in i/o timeout:", strings.HasSuffix(full, ": i/o timeout"),
		"names both ends:", strings.Contains(full, c.LocalAddr().String()+"->"+c.RemoteAddr().String()))

	// A deadline in the past fails at once; clearing it lets data through.
	c.SetDeadline(time.Now().Add(-time.Second))
	_, err = c.Write([]byte("x"))
	describe("write past deadline", err)
	c.SetDeadline(time.Time{})
	go peer.Write([]byte("late data"))
	n, err = c.Read(buf)
	fmt.Printf("after clearing: %q %v\n", buf[:n], err)

	// A deadline extended while a read waits: the read keeps waiting and gets the data.
	c.SetReadDeadline(time.Now().Add(50 * time.Millisecond))
	go func() {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		time.Sleep(80 * time.Millisecond)
		peer.Write([]byte("in time"))
	}()
	n, err = c.Read(buf)
	fmt.Printf("extended: %q %v\n", buf[:n], err)

	// Closing a conn wakes the goroutine blocked reading it.
	done := make(chan error)
	go func() {
		_, err := peer.Read(buf)
		done <- err
	}()
	time.Sleep(10 * time.Millisecond)
	peer.Close()
	describe("read woken by close", <-done)
	// The other end sees EOF.
	_, err = c.Read(buf)
	describe("read after peer closed", err)
}

func udp() {
	srv, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen udp:", err)
		return
	}
	defer srv.Close()
	go func() {
		buf := make([]byte, 64)
		for {
			n, from, err := srv.ReadFrom(buf)
			if err != nil {
				return
			}
			srv.WriteTo([]byte("pong:"+string(buf[:n])), from)
		}
	}()
	raddr := srv.LocalAddr().(*net.UDPAddr)
	c, err := net.DialUDP("udp", nil, raddr)
	if err != nil {
		fmt.Println("dial udp:", err)
		return
	}
	defer c.Close()
	buf := make([]byte, 64)
	for i := 0; i < 3; i++ {
		c.Write([]byte(fmt.Sprintf("ping %d", i)))
		c.SetReadDeadline(time.Now().Add(2 * time.Second))
		n, from, err := c.ReadFromUDP(buf)
		if err != nil {
			fmt.Println("udp read:", err)
			return
		}
		fmt.Printf("udp %q from server: %v\n", buf[:n], from.String() == raddr.String())
	}
	// Nothing more arrives: the read times out.
	c.SetReadDeadline(time.Now().Add(20 * time.Millisecond))
	_, _, err = c.ReadFromUDP(buf)
	describe("udp read", err)
}

func main() {
	tcpEcho()
	deadlines()
	udp()
	ip := net.ParseIP("127.0.0.1")
	fmt.Println("loopback:", ip.IsLoopback(), ip.To4() != nil, net.JoinHostPort("::1", "80"))
	host, port, err := net.SplitHostPort("127.0.0.1:8080")
	fmt.Println(host, port, err)
}
