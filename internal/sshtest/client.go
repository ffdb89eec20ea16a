package sshtest

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// Client is how a test reaches the server: the `ssh` binary, the port on
// 127.0.0.1 and the key it offers.
type Client struct {
	SSH  string // path of the OpenSSH client (SSH)
	Port int
	Key  Key
}

// Args is the command line for `ssh` as user, with opts (such as "-tt" or
// "-T") before the host and the remote command after it. The options make
// it a quiet, non-interactive client that trusts a new host key and keeps
// no record of it, and offers only the test's key.
func (c Client) Args(user string, opts []string, command ...string) []string {
	args := []string{c.SSH,
		"-F", "/dev/null", // no user or system config (ControlMaster, other keys)
		"-p", strconv.Itoa(c.Port), "-i", c.Key.Path,
		"-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes",
		"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
		"-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10",
	}
	args = append(args, opts...)
	args = append(args, user+"@127.0.0.1")
	return append(args, command...)
}

// Result is what one non-interactive `ssh` run printed and returned.
type Result struct {
	Stdout, Stderr string
	Code           int
}

// Run runs `ssh -T` as user with the remote command (none: ask for the
// app without a terminal), stdin empty, and waits for it at most timeout.
func (c Client) Run(t testing.TB, timeout time.Duration, user string, command ...string) Result {
	t.Helper()
	argv := c.Args(user, []string{"-T"}, command...)
	cmd := exec.Command(argv[0], argv[1:]...)
	cmd.Env = c.env()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	timer := time.AfterFunc(timeout, func() { _ = cmd.Process.Kill() })
	err := cmd.Wait()
	if !timer.Stop() {
		t.Fatalf("%v still running after %v\nstderr: %s", command, timeout, errb.String())
	}
	r := Result{Stdout: out.String(), Stderr: errb.String()}
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		r.Code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return r
}

// env is the client's environment: the terminal a participant would have
// (TERM, COLORTERM), HOME in the key's directory and no ssh-agent, so the
// client reads no one's ~/.ssh and offers only the test's key.
func (c Client) env() []string {
	env := []string{"TERM=xterm-256color", "COLORTERM=truecolor", "HOME=" + filepath.Dir(c.Key.Path)}
	if p, ok := os.LookupEnv("PATH"); ok {
		env = append(env, "PATH="+p)
	}
	return env
}
