package sshtest

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"golang.org/x/crypto/ssh"
)

// SSH returns the path of the OpenSSH client, or skips the test with a
// message when there is none.
func SSH(t testing.TB) string {
	t.Helper()
	p, err := exec.LookPath("ssh")
	if err != nil {
		t.Skip("no OpenSSH client (ssh) on PATH: the end-to-end SSH tests need one (apt-get install openssh-client)")
	}
	return p
}

// Key is a client key pair made for a test: the private key in OpenSSH's
// format for `ssh -i`, and its public half as an authorized_keys line for
// the server's --allow and --admins files.
type Key struct {
	Path       string // the private key file, mode 0600 (ssh refuses others)
	Authorized string // "ssh-ed25519 AAAA…\n"
}

// NewKey makes an ed25519 key named name in dir.
func NewKey(t testing.TB, dir, name string) Key {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := ssh.MarshalPrivateKey(priv, name)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, pem.EncodeToMemory(block), 0o600); err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return Key{Path: path, Authorized: string(ssh.MarshalAuthorizedKey(sshPub))}
}

// WriteAuthorized writes the keys as an authorized_keys file in dir and
// returns its path.
func WriteAuthorized(t testing.TB, dir, name string, keys ...Key) string {
	t.Helper()
	var b []byte
	for _, k := range keys {
		b = append(b, k.Authorized...)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}
