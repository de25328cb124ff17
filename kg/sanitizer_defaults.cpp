// Built into `kg` in the sanitizer build only (KG_SANITIZE): what the
// sanitizer runtimes read at start-up, so that every run of the binary, by
// the tests or by hand, behaves the same without environment variables.

extern "C" {

// LeakSanitizer: libedit keeps the name and help text of each function added
// with el_set(EL_ADDFN) in wcsdup'ed strings that el_end() never frees; a leak
// inside the library, once per shell. libedit has no frame pointers, so the
// recorded stack often ends at wcsdup: both are named. kg never calls wcsdup.
const char* __lsan_default_suppressions() { return "leak:libedit.so\nleak:wcsdup\n"; }

}  // extern "C"
