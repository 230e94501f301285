// learner: optimal
// idiom: moves the buffer out with `let mut owned = String::new(); mem::swap(s, &mut owned)` — String::new() allocates nothing, it is the same placeholder mem::take uses; then byte reverse + fix-up in place
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

pub fn reverse_in_place(s: &mut String) {
    let mut owned = String::new();
    std::mem::swap(s, &mut owned);
    let mut bytes = owned.into_bytes();
    bytes.reverse();
    // Each multi-byte char now reads continuation bytes first, then its lead byte.
    let mut i = 0;
    while i < bytes.len() {
        if is_continuation(bytes[i]) {
            let mut j = i;
            while is_continuation(bytes[j]) {
                j += 1;
            }
            bytes[i..=j].reverse();
            i = j + 1;
        } else {
            i += 1;
        }
    }
    *s = String::from_utf8(bytes).expect("fixed-up bytes are valid UTF-8");
}
