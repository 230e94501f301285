// learner: optimal
// idiom: vala: g_utf8_skip-style length table, reverse each character's bytes first, then a hand-written two-pointer swap of the whole buffer
// why: the first pass visits each character once, the second swaps n/2 pairs: O(n) time; only indices are kept, O(1) extra space
//! Reverse a UTF-8 string in place: see README.md.

/// Number of bytes of the character starting with `lead` (like g_utf8_skip).
fn utf8_skip(lead: u8) -> usize {
    if lead < 0x80 {
        1
    } else if lead < 0xE0 {
        2
    } else if lead < 0xF0 {
        3
    } else {
        4
    }
}

fn swap_range(buf: &mut [u8], mut lo: usize, mut hi: usize) {
    // hi is inclusive
    while lo < hi {
        buf.swap(lo, hi);
        lo += 1;
        hi -= 1;
    }
}

/// Reverses the characters (Unicode scalar values) of `s` within its own buffer.
pub fn reverse_in_place(s: &mut String) {
    let mut buffer = std::mem::take(s).into_bytes();
    let n = buffer.len();
    if n < 2 {
        *s = String::from_utf8(buffer).unwrap();
        return;
    }
    let mut pos = 0;
    while pos < n {
        let width = utf8_skip(buffer[pos]);
        if width > 1 {
            swap_range(&mut buffer, pos, pos + width - 1);
        }
        pos += width;
    }
    swap_range(&mut buffer, 0, n - 1);
    *s = match String::from_utf8(buffer) {
        Ok(text) => text,
        Err(e) => panic!("reverse produced invalid UTF-8: {e}"),
    };
}
