// text/template executes actions, pipelines, range/with/if/else, variables,
// functions (built-in and a FuncMap), nested templates and method calls;
// html/template escapes the same data by context (HTML text, attributes,
// URLs, JavaScript); execution and parse errors keep Go's text.
package main

import (
	htmpl "html/template"
	"os"
	"strings"
	"text/template"
)

type item struct {
	Name  string
	Price float64
	Tags  []string
}

func (i item) Expensive() bool { return i.Price > 10 }

func main() {
	funcs := template.FuncMap{"upper": strings.ToUpper, "add": func(a, b int) int { return a + b }, "join": strings.Join}
	t := template.Must(template.New("list").Funcs(funcs).Parse(
		`{{define "row"}}{{.Name | upper | printf "%-8s"}} {{printf "%6.2f" .Price}}{{if .Expensive}} !{{end}}{{end}}` +
			`Items ({{len .}}):
{{range $i, $it := .}}{{add $i 1}}. {{template "row" $it}}{{with .Tags}} [{{join . ","}}]{{else}} -{{end}}
{{end}}{{/* a comment */ -}}
total: {{index . 0 | print}} {{eq (len .) 3}} {{and 1 0}} {{or 0 "x"}} {{not true}} {{html "<a&b>"}} {{js "it's"}} {{urlquery "a b&c"}}
`))
	items := []item{{"apple", 1.5, []string{"fruit", "red"}}, {"caviar", 99, nil}, {"bread", 3.25, []string{"bakery"}}}
	if err := t.Execute(os.Stdout, items); err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
	}
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	template.Must(template.New("m").Parse("{{range $k, $v := .}}{{$k}}={{$v}};{{end}}\n")).Execute(os.Stdout, m)

	_, err := template.New("bad").Parse("{{.Name")
	os.Stdout.WriteString(err.Error() + "\n")
	err = template.Must(template.New("x").Parse("{{.Missing}}")).Execute(os.Stdout, item{})
	os.Stdout.WriteString("\n" + err.Error() + "\n")
	err = template.Must(template.New("y").Option("missingkey=error").Parse("{{.k}}")).Execute(os.Stdout, map[string]int{})
	os.Stdout.WriteString(err.Error() + "\n")

	h := htmpl.Must(htmpl.New("page").Parse(`<p title="{{.T}}">{{.T}}</p><a href="/s?q={{.Q}}">x</a><script>var v = {{.T}};</script>{{.Safe}}
`))
	h.Execute(os.Stdout, map[string]any{"T": `<b>"Tom" & 'Jerry'</b>`, "Q": "a b&c=d", "Safe": htmpl.HTML("<i>ok</i>")})
}
