package merchant

import "lifesim/ui/merchant/forms"

// newMessageForm is forms.NewMessage once helper F has committed it.
func newMessageForm(forms.Deps) forms.Form { return nil }
