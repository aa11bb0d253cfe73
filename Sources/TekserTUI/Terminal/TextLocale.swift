import Glibc

/// Whether this process's locale encodes text as UTF-8: the one check, for the screen
/// (ncursesw drops every non-ASCII character otherwise) and the command line's symbols alike.
public enum TextLocale {
    /// Takes the locale from the environment (`setlocale(LC_ALL, "")`) and asks its code set.
    public static var isUTF8: Bool {
        setlocale(LC_ALL, "")
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }
}
