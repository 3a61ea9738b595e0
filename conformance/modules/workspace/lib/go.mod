module example.com/wslib

go 1.23
