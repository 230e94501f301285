// learner: optimal
// idiom: systems: two byte offsets lo/hi, decode chars manually at the boundaries, loop with explicit break
fn char_at(s: &str, i: usize) -> char {
    s[i..].chars().next().unwrap()
}

fn char_before(s: &str, end: usize) -> (char, usize) {
    // walk back over UTF-8 continuation bytes (10xxxxxx)
    let b = s.as_bytes();
    let mut start = end - 1;
    while b[start] & 0xC0 == 0x80 {
        start -= 1;
    }
    (char_at(s, start), start)
}

pub fn is_palindrome(s: &str) -> bool {
    let mut lo: usize = 0;
    let mut hi: usize = s.len(); // exclusive
    loop {
        // advance lo to the next alphanumeric char
        while lo < hi && !char_at(s, lo).is_alphanumeric() {
            lo += char_at(s, lo).len_utf8();
        }
        // retreat hi past non-alphanumerics
        let mut right = None;
        while hi > lo {
            let (c, start) = char_before(s, hi);
            if c.is_alphanumeric() {
                right = Some((c, start));
                break;
            }
            hi = start;
        }
        let (rc, rstart) = match right {
            Some(x) => x,
            None => break,
        };
        if rstart <= lo {
            break; // same char or cursors crossed
        }
        let lc = char_at(s, lo);
        if !lc.to_lowercase().eq(rc.to_lowercase()) {
            return false;
        }
        lo += lc.len_utf8();
        hi = rstart;
    }
    true
}
