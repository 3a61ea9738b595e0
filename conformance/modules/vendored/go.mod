module example.com/vendored

go 1.23

require example.com/vlib v1.4.0
