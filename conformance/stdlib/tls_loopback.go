// crypto/tls over loopback: a self-signed ECDSA certificate made by crypto/x509, TLS 1.3
// and 1.2 handshakes, ALPN, an echo, a verification failure, and HTTPS through net/http.
package main

import (
	"bufio"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net"
	"net/http"
	"strings"
	"time"
)

func certificate() (tls.Certificate, *x509.CertPool, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(42),
		Subject:               pkix.Name{CommonName: "goc loopback", Organization: []string{"goc"}},
		NotBefore:             time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC),
		NotAfter:              time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC),
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
		IPAddresses:           []net.IP{net.IPv4(127, 0, 0, 1)},
		DNSNames:              []string{"localhost"},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	parsed, err := x509.ParseCertificate(der)
	if err != nil {
		return tls.Certificate{}, nil, err
	}
	fmt.Println("certificate:", parsed.Subject, parsed.SerialNumber, parsed.SignatureAlgorithm, parsed.IPAddresses, parsed.DNSNames)
	pool := x509.NewCertPool()
	pool.AddCert(parsed)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key, Leaf: parsed}, pool, nil
}

func echoServer(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go func() {
			defer c.Close()
			r := bufio.NewReader(c)
			for {
				line, err := r.ReadString('\n')
				if err != nil {
					return
				}
				io.WriteString(c, strings.ToUpper(line))
			}
		}()
	}
}

func dial(addr string, cfg *tls.Config, msg string) {
	c, err := tls.Dial("tcp", addr, cfg)
	if err != nil {
		fmt.Println("dial error:", err)
		var uerr x509.UnknownAuthorityError
		fmt.Println("  unknown authority:", errors.As(err, &uerr))
		return
	}
	defer c.Close()
	st := c.ConnectionState()
	fmt.Printf("%s %s alpn=%q complete=%v peer=%q\n", tls.VersionName(st.Version), tls.CipherSuiteName(st.CipherSuite),
		st.NegotiatedProtocol, st.HandshakeComplete, st.PeerCertificates[0].Subject.CommonName)
	fmt.Fprintf(c, "%s\n", msg)
	line, err := bufio.NewReader(c).ReadString('\n')
	fmt.Printf("  echo %q %v\n", line, err)
}

func main() {
	cert, pool, err := certificate()
	if err != nil {
		fmt.Println(err)
		return
	}
	ln, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{
		Certificates: []tls.Certificate{cert},
		NextProtos:   []string{"echo/1", "http/1.1"},
	})
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	go echoServer(ln)
	addr := ln.Addr().String()

	dial(addr, &tls.Config{RootCAs: pool, NextProtos: []string{"echo/1"}}, "over tls 1.3")
	dial(addr, &tls.Config{RootCAs: pool, MaxVersion: tls.VersionTLS12}, "over tls 1.2")
	dial(addr, &tls.Config{RootCAs: pool, ServerName: "localhost",
		CipherSuites: []uint16{tls.TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256}, MaxVersion: tls.VersionTLS12}, "chacha")
	dial(addr, &tls.Config{RootCAs: x509.NewCertPool()}, "untrusted")
	dial(addr, &tls.Config{RootCAs: pool, ServerName: "example.com"}, "wrong name")

	// HTTPS: net/http's server and client over crypto/tls.
	hln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println("listen:", err)
		return
	}
	srv := &http.Server{
		Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			fmt.Fprintf(w, "secure=%v %s", r.TLS != nil, tls.VersionName(r.TLS.Version))
		}),
		TLSConfig: &tls.Config{Certificates: []tls.Certificate{cert}},
	}
	go srv.ServeTLS(hln, "", "")
	client := &http.Client{Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}}}
	resp, err := client.Get("https://" + hln.Addr().String() + "/")
	if err != nil {
		fmt.Println("https:", err)
		return
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	fmt.Printf("https: %s %s %q\n", resp.Status, tls.VersionName(resp.TLS.Version), body)
}
