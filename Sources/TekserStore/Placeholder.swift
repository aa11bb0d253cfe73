// The journal lives here.
