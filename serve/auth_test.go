package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

func newKey(t *testing.T) (gossh.Signer, string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	s, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return s, string(gossh.MarshalAuthorizedKey(s.PublicKey()))
}

func TestReadKeys(t *testing.T) {
	dir := t.TempDir()
	a, aLine := newKey(t)
	b, _ := newKey(t)
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	keys, err := ReadKeys(write("ok", "# admins\n\n"+aLine))
	if err != nil || len(keys) != 1 {
		t.Fatalf("keys %v, err %v", keys, err)
	}
	acc := access{admins: keys}
	if !listed(acc.admins, a.PublicKey()) || listed(acc.admins, b.PublicKey()) {
		t.Fatal("listed is wrong")
	}
	if !acc.letIn(b.PublicKey()) {
		t.Fatal("with no allow list every key is let in")
	}
	if (access{allow: keys}).letIn(b.PublicKey()) {
		t.Fatal("a key not in --allow was let in")
	}
	for name, text := range map[string]string{"bad": aLine + "ssh-ed25519 AAAA-not-base64 x\n", "empty": "# nobody\n"} {
		_, err := ReadKeys(write(name, text))
		if err == nil {
			t.Fatalf("%s: no error", name)
		}
		if name == "bad" && !strings.Contains(err.Error(), name+":2: not a public key") {
			t.Fatalf("bad: %v", err)
		}
	}
}
