// The conversation engine lives here (see STYLE.md).
