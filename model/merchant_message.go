package model

import "strings"

// CleanMessage is an operator's message to its followers as it is sent:
// control sequences removed (newlines kept) and surrounding space
// trimmed. ValidateMessage checks the cleaned text.
func CleanMessage(text string) string { return strings.TrimSpace(CleanText(text)) }

// ValidateMessage checks a cleaned message: it says something and fits
// MaxMessageRunes. A problem is a *FieldError on the field "message".
func ValidateMessage(text string) error {
	if text == "" {
		return &FieldError{"message", "write something to send"}
	}
	return tooLong("message", text, MaxMessageRunes)
}
